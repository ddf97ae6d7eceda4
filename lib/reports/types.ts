/**
 * What a report holds: small tables computed in the background from the
 * records of a date range (never the records themselves). Plain JSON, so it
 * crosses extension messaging as is and exports as is.
 */
import type { IncidentCategory } from '../incidents/labels';
import type { Network } from '../sites/types';
import type { InteractionColumns, MentionColumns } from './columns';

/** The fields of a mention a report reads. */
export interface ReportMention {
  id: string;
  network: Network;
  watchlistIds: readonly string[];
  risk: { level: string };
  status: string;
  firstSeenAt: number;
  postedAt?: number;
}

/** The fields of an interaction a report reads. */
export interface ReportInteraction {
  mentionId?: string;
  templateId?: string;
  templateVersion?: number;
  network: Network;
  status: 'inserted' | 'sent' | 'marked-replied' | 'marked-ignored';
  createdAt: number;
  sentAt?: number;
}

export interface ReportIncident {
  category: IncidentCategory;
  severity: number;
  createdAt: number;
}

export interface ReportInput {
  /** Inclusive start, exclusive end (ms). */
  from: number;
  to: number;
  /** IANA zone the days are counted in (the CM's). */
  timeZone: string;
  /** "Now", for mentions still within their target (not late yet). */
  now: number;
  /** In chunks (a day each from the cache); records outside the range are skipped. */
  mentions: readonly MentionColumns[];
  /** Interactions created from `from` on (replies after `to` still answer mentions of the range). */
  interactions: readonly InteractionColumns[];
  incidents: readonly ReportIncident[];
  watchlists: readonly { id: string; name: string }[];
  /** Template titles: `titleOf(id, version)` is the wording's title at that version, if known. */
  templateTitle: (templateId: string, version: number | undefined) => string | undefined;
  slaMinutes: Partial<Record<Network, number>>;
}

/** One series per row, one value per day (`days` of the report). */
export interface DailyTable<K extends string = string> {
  rows: { key: K; label?: string; values: number[]; total: number }[];
}

export interface ResponseRow {
  network: Network;
  mentions: number;
  /** Mentions ignored (by status or a "marked ignored" interaction): no response expected. */
  ignored: number;
  responded: number;
  /** responded / (mentions − ignored); null when nothing needed a response. */
  rate: number | null;
  /** Minutes from publication (or first sight) to the first reply. */
  medianMinutes: number | null;
  p90Minutes: number | null;
  targetMinutes: number | null;
  /**
   * Share of the mentions needing a response that got one within the target;
   * unanswered mentions count as misses once past the target. Null without a target.
   */
  withinTarget: number | null;
  /** Unanswered mentions past the target (late now). */
  late: number;
}

export interface TemplateRow {
  templateId: string;
  version: number | null;
  title: string | null;
  inserted: number;
  sent: number;
  markedReplied: number;
  total: number;
}

export interface IncidentSeries {
  granularity: 'day' | 'week';
  /** The first day of each bucket (`YYYY-MM-DD`). */
  buckets: string[];
  byCategory: { category: IncidentCategory; values: number[]; total: number }[];
  /** Severity 1–4, one row each (all four always present). */
  bySeverity: { severity: number; values: number[]; total: number }[];
}

export interface Report {
  from: number;
  to: number;
  timeZone: string;
  /** `YYYY-MM-DD` of every day of the range, empty days included. */
  days: string[];
  totals: {
    mentions: number;
    risky: number;
    replies: number;
    interactions: number;
    incidents: number;
  };
  mentionsByNetwork: DailyTable<Network>;
  /** A mention in two watchlists counts in both; `(none)` holds mentions in none. */
  mentionsByWatchlist: DailyTable;
  /** Per day: every mention, and the risky ones (medium or high). */
  risk: { total: number[]; risky: number[] };
  response: ResponseRow[];
  templates: TemplateRow[];
  incidents: IncidentSeries;
}

/** Above this many days, incidents are counted per week. */
export const INCIDENT_DAY_LIMIT = 45;
/** The watchlist key of mentions in no watchlist. */
export const NO_WATCHLIST = '(none)';
