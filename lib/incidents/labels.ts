/**
 * The incident vocabularies as data for the UI: message keys of every
 * category, status and severity, and what each severity level means. The
 * words themselves live in messages.ts (English and French).
 */
import { INCIDENT_CATEGORIES, INCIDENT_STATUSES } from '../store/constants';

export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export type Severity = 1 | 2 | 3 | 4;

/** A `t`-shaped translator: a message key, then its substitutions. */
export type Translate = (key: string, ...substitutions: string[]) => string;

export interface SeverityLevel {
  level: Severity;
  /** A stable name for styling (`severity-high`) and for code that reads better than a digit. */
  name: 'low' | 'moderate' | 'high' | 'critical';
  /** "Low", "Moderate"… */
  labelKey: string;
  /** The one-line description shown next to the choice in the capture form. */
  helpKey: string;
}

/** Lowest first, as the capture form lists them. */
export const SEVERITY_LEVELS: readonly SeverityLevel[] = (
  [
    [1, 'low'],
    [2, 'moderate'],
    [3, 'high'],
    [4, 'critical'],
  ] as const
).map(([level, name]) => ({
  level,
  name,
  labelKey: severityLabelKey(level),
  helpKey: severityHelpKey(level),
}));

export function severityLabelKey(level: number): string {
  return `incident_severity_${level}`;
}

export function severityHelpKey(level: number): string {
  return `incident_severity_${level}_help`;
}

/** "High (3/4) — Spreading: …": the level's name, its rank and what it means. */
export function severityText(level: number, t: Translate): string {
  return `${t(severityLabelKey(level))} (${level}/4) — ${t(severityHelpKey(level))}`;
}

export function categoryLabelKey(category: IncidentCategory): string {
  return `incident_category_${category.replaceAll('-', '_')}`;
}

export function statusLabelKey(status: IncidentStatus): string {
  return `incident_status_${status.replaceAll('-', '_')}`;
}

/** The network's display name key, as the rest of Vigie names it (`network_google_maps`). */
export function networkKey(network: string): string {
  return `network_${network.replaceAll('-', '_')}`;
}

export { INCIDENT_CATEGORIES, INCIDENT_STATUSES };
