import { useState } from 'preact/hooks';
import { previewTemplate } from '@/lib/editors/preview';
import { t } from '@/lib/i18n';
import type { Network } from '@/lib/sites/types';
import type { Template } from '@/lib/store/schema';
import { LengthCounter } from './LengthCounter';
import { networkLabel, VARIANT_NETWORKS } from './networks';

/** The reply as it would read on a network, filled with a sample mention. */
export function TemplatePreview({
  template,
  network,
  onNetwork,
  brand,
  agent,
}: {
  template: Pick<Template, 'body' | 'variants' | 'language'>;
  network: Network;
  onNetwork: (network: Network) => void;
  brand: string;
  agent: string;
}) {
  const [fills, setFills] = useState<Record<string, string>>({});
  const preview = previewTemplate(template, network, fills, {
    brand,
    agent,
    now: Date.now(),
    networkLabel: t(networkLabel(network)),
  });
  return (
    <section class="template-preview" aria-labelledby="preview-title">
      <h4 id="preview-title">{t('editor_preview_title')}</h4>
      <label>
        {t('editor_preview_network')}{' '}
        <select
          data-testid="preview-network"
          value={network}
          onChange={(event) => onNetwork(event.currentTarget.value as Network)}
        >
          {VARIANT_NETWORKS.map((entry) => (
            <option key={entry} value={entry}>
              {t(networkLabel(entry))}
            </option>
          ))}
        </select>
      </label>{' '}
      <LengthCounter network={network} measure={preview.length} />
      <p class="muted small">{t('editor_preview_sample')}</p>
      <blockquote data-testid="template-preview">{preview.text}</blockquote>
      {preview.unfilled.length > 0 && (
        <div class="field-row">
          {preview.unfilled.map((name) => (
            <label key={name}>
              <code>{`{${name}}`}</code>
              <input
                data-testid={`preview-fill-${name}`}
                value={fills[name] ?? ''}
                onInput={(event) => {
                  const value = event.currentTarget.value;
                  setFills((current) => ({ ...current, [name]: value }));
                }}
              />
            </label>
          ))}
        </div>
      )}
    </section>
  );
}
