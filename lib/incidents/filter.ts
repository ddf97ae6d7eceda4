/**
 * The incidents list's filters and the period picker of the crisis report:
 * pure, shared by the options screen and the side panel.
 */
import type { Incident } from '../store/schema';
import type { IncidentCategory, IncidentStatus } from './labels';
import type { Period } from './report-data';

export interface IncidentFilter {
  status: IncidentStatus | 'all' | 'active';
  category: IncidentCategory | 'all';
  /** The minimum severity, 1 (all) to 4. */
  minSeverity: number;
}

/** What a CM wants first: what is still burning. */
export const DEFAULT_INCIDENT_FILTER: IncidentFilter = {
  status: 'all',
  category: 'all',
  minSeverity: 1,
};

/** Still to handle: not resolved, no post-mortem yet. */
export function isActive(incident: Pick<Incident, 'status'>): boolean {
  return incident.status !== 'resolved' && incident.status !== 'post-mortem';
}

/** Newest first, whatever order they came in. */
export function filterIncidents(
  incidents: readonly Incident[],
  filter: IncidentFilter,
): Incident[] {
  return incidents
    .filter(
      (incident) =>
        (filter.status === 'all' ||
          (filter.status === 'active' ? isActive(incident) : incident.status === filter.status)) &&
        (filter.category === 'all' || incident.category === filter.category) &&
        incident.severity >= filter.minSeverity,
    )
    .sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}

/** `YYYY-MM-DD` of a time, in the local zone (what a date input shows). */
export function dayOf(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The period from the start of the first day to the end of the last one, in
 * the local zone; null when a date is missing or the range is reversed.
 */
export function periodOfDays(from: string, to: string): Period | null {
  const parse = (day: string) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(day);
    return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
  };
  const start = parse(from);
  const end = parse(to);
  if (!start || !end) return null;
  end.setDate(end.getDate() + 1);
  const period = { from: start.getTime(), to: end.getTime() - 1 };
  return period.from <= period.to ? period : null;
}
