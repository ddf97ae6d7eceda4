/**
 * The crisis report files as the CM downloads them: the HTML (built in a
 * page, DOMPurify needs a window) and the JSON of the same data, with file
 * names that say what they hold.
 */
import type { Incident, Mention } from '../store/schema';
import { dayOf } from './filter';
import type { Translate } from './labels';
import { crisisReportHtml } from './report';
import type { Period } from './report-data';
import { crisisReportJson } from './report-json';

/** What the background gathers for a report (`incidents.report`). */
export interface CrisisReportData {
  incidents: Incident[];
  /** The linked mentions of those incidents. */
  mentions: Mention[];
  /** Screenshot data URLs by blob id. */
  screenshots: Record<string, string>;
  watchlistNames: Record<string, string>;
  period?: Period;
}

export interface CrisisReportFiles {
  html: string;
  json: string;
  /** Without extension: `vigie-crisis-report-2025-03-01-2025-03-31`. */
  baseName: string;
}

export function crisisReportFiles(
  data: CrisisReportData,
  options: { t: Translate; locale: string; generatedAt: number; timeZone?: string },
): CrisisReportFiles {
  const input = { ...data, ...options };
  return { html: crisisReportHtml(input), json: crisisReportJson(input), baseName: baseName(data) };
}

function baseName(data: CrisisReportData): string {
  if (data.period) {
    const from = dayOf(data.period.from);
    const to = dayOf(data.period.to);
    return `vigie-crisis-report-${from === to ? from : `${from}-${to}`}`;
  }
  const [only] = data.incidents;
  if (data.incidents.length === 1 && only) {
    return `vigie-incident-${dayOf(only.createdAt)}-${slug(only.title)}`;
  }
  return 'vigie-crisis-report';
}

/** A file-name-safe few words of a title. */
export function slug(title: string): string {
  return (
    title
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-+|-+$/gu, '')
      .slice(0, 40)
      .replace(/-+$/u, '') || 'incident'
  );
}
