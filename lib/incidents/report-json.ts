/**
 * The crisis report as data: the same incidents, linked mentions,
 * screenshots and summary as the HTML, for archives and other tools. Keys
 * are sorted at every level, so two exports of the same data are identical
 * byte for byte and diff cleanly. Times are ms since the epoch, as Vigie
 * stores them. The text is the page's, unescaped: JSON is data, whoever
 * renders it escapes it.
 */
import { type CrisisReportInput, reportEntries, reportSummary } from './report-data';

export const CRISIS_REPORT_FORMAT = 'vigie-crisis-report';
export const CRISIS_REPORT_VERSION = 1;

export function crisisReportJson(input: CrisisReportInput): string {
  const entries = reportEntries(input);
  const document = {
    format: CRISIS_REPORT_FORMAT,
    version: CRISIS_REPORT_VERSION,
    generatedAt: input.generatedAt,
    locale: input.locale,
    period: input.period,
    summary: reportSummary(entries),
    incidents: entries.map(({ incident, mentions, screenshot }) => ({
      ...incident,
      linkedMentions: mentions,
      screenshot,
    })),
  };
  return `${JSON.stringify(sortKeys(document), null, 2)}\n`;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A copy with object keys in code-point order at every level; undefined fields dropped. */
export function sortKeys(value: unknown): Json {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? value
      : null;
  }
  if (Array.isArray(value)) return value.map(sortKeys);
  const sorted: { [key: string]: Json } = {};
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record).sort()) {
    if (record[key] !== undefined) sorted[key] = sortKeys(record[key]);
  }
  return sorted;
}
