import './sla.css';
import { t } from '@/lib/i18n';
import { type SlaMention, type SlaTargets, slaLabel, slaState } from '@/lib/sla';

/** "Late by 1 h 20" (or "Due in 12 min" in the target's last quarter); nothing otherwise. */
export function SlaBadge({
  mention,
  targets,
  now,
  answered,
}: {
  mention: SlaMention;
  targets: SlaTargets;
  now: number;
  answered: boolean;
}) {
  const state = slaState(mention, targets, now, answered);
  const label = slaLabel(state, t);
  if (label === null) return null;
  return (
    <span class={`tag sla ${state.kind}`} data-testid="sla-badge" data-sla={state.kind}>
      {label}
    </span>
  );
}
