import { t } from '@/lib/i18n';
import type { Network } from '@/lib/sites/types';
import type { LengthMeasure } from '@/lib/templates/length';
import { networkLabel } from './networks';

/** "123 / 280" in the network's own unit; near the limit amber, over it red. */
export function LengthCounter({ network, measure }: { network: Network; measure: LengthMeasure }) {
  const near = measure.limit !== null && !measure.over && measure.length * 10 >= measure.limit * 9;
  const state = measure.over ? 'over' : near ? 'near' : 'ok';
  return (
    <span
      class={`length-counter length-${state}`}
      data-testid={`length-${network}`}
      data-over={String(measure.over)}
      title={
        measure.limit === null
          ? t('editor_length_no_limit', t(networkLabel(network)))
          : t('editor_length_title', t(networkLabel(network)), measure.length, measure.limit)
      }
    >
      {measure.limit === null ? measure.length : `${measure.length} / ${measure.limit}`}
    </span>
  );
}
