/** Durations as a CM reads them on a badge: "12 min", "1 h 05", "2 d 3 h". */
import { MINUTE_MS, type SlaState } from './late';

export type Translate = (key: string, ...substitutions: (string | number)[]) => string;

export function formatDuration(ms: number, t: Translate): string {
  // Rounded up: "due in 0 min" would read as "already late".
  const minutes = Math.max(1, Math.ceil(ms / MINUTE_MS));
  if (minutes < 60) return t('sla_dur_min', minutes);
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = minutes % 60;
    return rest === 0
      ? t('sla_dur_h', hours)
      : t('sla_dur_hmin', hours, String(rest).padStart(2, '0'));
  }
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  return restHours === 0 ? t('sla_dur_d', days) : t('sla_dur_dh', days, restHours);
}

/** The badge text for a state, or null when nothing is worth showing. */
export function slaLabel(state: SlaState, t: Translate): string | null {
  if (state.kind === 'late') return t('sla_late_by', formatDuration(state.lateByMs, t));
  if (state.kind === 'due-soon') return t('sla_due_in', formatDuration(state.leftMs, t));
  return null;
}
