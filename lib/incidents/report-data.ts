/**
 * What a crisis report holds, shared by its HTML and JSON forms: the
 * incidents of the period with their linked mentions and screenshots, and
 * the counts of the summary.
 */
import type { Incident, Mention } from '../store/schema';
import { linkedMentions } from './evidence';
import {
  INCIDENT_CATEGORIES,
  INCIDENT_STATUSES,
  type IncidentCategory,
  type IncidentStatus,
  type Translate,
} from './labels';

export interface Period {
  /** Inclusive, ms since the epoch. */
  from: number;
  /** Inclusive, ms since the epoch (the end of the last day the CM picked). */
  to: number;
}

export interface CrisisReportInput {
  incidents: readonly Incident[];
  /** The workspace's mentions, or only the linked ones: those not linked are ignored. */
  mentions: readonly Mention[];
  /** Watchlist names by id, for "matched watchlists"; ids without a name are left out. */
  watchlistNames?: Readonly<Record<string, string>>;
  /** Screenshot data URLs (`data:image/png;base64,…`) by blob id. */
  screenshots: Readonly<Record<string, string>>;
  /** Only incidents created within it; all given incidents when absent. */
  period?: Period;
  t: Translate;
  /** 'fr', 'en'…: the document's language and the format of dates and numbers. */
  locale: string;
  generatedAt: number;
  /** IANA zone for times; the runtime's when absent (tests pass "UTC"). */
  timeZone?: string;
}

export interface ReportEntry {
  incident: Incident;
  mentions: Mention[];
  /** Absent when the incident has no screenshot or its blob was not found. */
  screenshot?: string;
}

export interface ReportSummary {
  incidents: number;
  byCategory: Partial<Record<IncidentCategory, number>>;
  /** Keys "1"…"4". */
  bySeverity: Record<string, number>;
  byStatus: Partial<Record<IncidentStatus, number>>;
  /** Category × severity: grid[category][severity - 1]. */
  grid: Partial<Record<IncidentCategory, [number, number, number, number]>>;
}

/** An incident belongs to a period when it was created within it (bounds included). */
export function inPeriod(
  incident: Pick<Incident, 'createdAt'>,
  period: Period | undefined,
): boolean {
  return !period || (incident.createdAt >= period.from && incident.createdAt <= period.to);
}

/** The incidents of the period, oldest first, each with its evidence. */
export function reportEntries(input: CrisisReportInput): ReportEntry[] {
  return input.incidents
    .filter((incident) => inPeriod(incident, input.period))
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .map((incident) => {
      const screenshot = incident.screenshotId
        ? input.screenshots[incident.screenshotId]
        : undefined;
      return {
        incident,
        mentions: linkedMentions(incident, input.mentions),
        ...(screenshot ? { screenshot } : {}),
      };
    });
}

export function reportSummary(entries: readonly ReportEntry[]): ReportSummary {
  const summary: ReportSummary = {
    incidents: entries.length,
    byCategory: {},
    bySeverity: { '1': 0, '2': 0, '3': 0, '4': 0 },
    byStatus: {},
    grid: {},
  };
  for (const { incident } of entries) {
    const { category, status, severity } = incident;
    summary.byCategory[category] = (summary.byCategory[category] ?? 0) + 1;
    summary.byStatus[status] = (summary.byStatus[status] ?? 0) + 1;
    summary.bySeverity[String(severity)] = (summary.bySeverity[String(severity)] ?? 0) + 1;
    const row = summary.grid[category] ?? [0, 0, 0, 0];
    row[severity - 1] = (row[severity - 1] ?? 0) + 1;
    summary.grid[category] = row;
  }
  return summary;
}

/** Categories and statuses in the vocabulary's order, for tables that read the same every time. */
export const CATEGORY_ORDER: readonly IncidentCategory[] = INCIDENT_CATEGORIES;
export const STATUS_ORDER: readonly IncidentStatus[] = INCIDENT_STATUSES;
