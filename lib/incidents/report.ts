/**
 * The crisis report: one self-contained HTML file (or the same data as
 * JSON) for one incident or a period, to send to management or keep as
 * evidence. It opens anywhere, offline: inline style, screenshots as data
 * URLs, a Content-Security-Policy that forbids scripts and any fetch.
 *
 * Everything that came from a page (titles, excerpts, authors, notes,
 * comments, addresses) is escaped with `sanitizeText`, links are written only
 * for http(s) addresses, and the whole body then goes through `sanitizeHtml`
 * (DOMPurify, strict allow-list) as the last gate. Needs a DOM window: call
 * it from an extension page.
 */
import { sanitizeText as esc, isImageDataUrl, sanitizeHtml } from '../sanitize';
import type { Incident, Mention } from '../store/schema';
import {
  formatCount,
  formatTime,
  matchedWatchlists,
  REACH_KEYS,
  reachOf,
  trimExcerpt,
} from './evidence';
import {
  categoryLabelKey,
  networkKey,
  SEVERITY_LEVELS,
  severityHelpKey,
  severityLabelKey,
  statusLabelKey,
} from './labels';
import {
  CATEGORY_ORDER,
  type CrisisReportInput,
  type ReportEntry,
  reportEntries,
  reportSummary,
  STATUS_ORDER,
} from './report-data';
import { REPORT_CSS } from './report-style';
import { webHref } from './text';

/** Scripts, fetches, frames and forms are all refused by the file itself. */
const CSP =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** A mention's text in the table: enough to recognise it, the link has the rest. */
const MENTION_EXCERPT_LENGTH = 280;

export function crisisReportHtml(input: CrisisReportInput): string {
  const { t } = input;
  const entries = reportEntries(input);
  const title = t('incident_report_title');
  const body = [
    '<header>',
    `<h1>${esc(title)}</h1>`,
    `<p class="meta">${esc(t('incident_report_generated', time(input.generatedAt, input)))}</p>`,
    input.period
      ? `<p class="meta">${esc(t('incident_report_period', time(input.period.from, input), time(input.period.to, input)))}</p>`
      : '',
    '</header>',
    '<main>',
    summarySection(entries, input),
    entries.length > 1 ? contents(entries) : '',
    ...entries.map((entry, index) => incidentArticle(entry, index, input)),
    '</main>',
    `<footer><p>${esc(t('incident_report_footer'))}</p></footer>`,
  ].join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(input.locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Vigie">',
    `<title>${esc(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    `<body>\n${sanitizeHtml(body)}\n</body>`,
    '</html>',
    '',
  ].join('\n');
}

function time(ms: number, input: CrisisReportInput): string {
  return formatTime(ms, { locale: input.locale, timeZone: input.timeZone });
}

function timeTag(ms: number, input: CrisisReportInput): string {
  return `<time datetime="${new Date(ms).toISOString()}">${esc(time(ms, input))}</time>`;
}

function count(n: number, input: CrisisReportInput): string {
  return esc(formatCount(n, { locale: input.locale }));
}

function summarySection(entries: readonly ReportEntry[], input: CrisisReportInput): string {
  const { t } = input;
  if (entries.length === 0) {
    return `<section class="summary"><h2>${esc(t('incident_report_summary'))}</h2><p>${esc(t('incident_report_none'))}</p></section>`;
  }
  const summary = reportSummary(entries);
  const severityHeads = SEVERITY_LEVELS.map(
    (level) =>
      `<th scope="col" class="count" title="${esc(t(level.helpKey))}">${esc(`${level.level} — ${t(level.labelKey)}`)}</th>`,
  ).join('');
  const rows = CATEGORY_ORDER.flatMap((category) => {
    const row = summary.grid[category];
    if (!row) return [];
    const cells = row.map((n) => `<td class="count">${count(n, input)}</td>`).join('');
    const total = summary.byCategory[category] ?? 0;
    return [
      `<tr><th scope="row">${esc(t(categoryLabelKey(category)))}</th>${cells}<td class="count">${count(total, input)}</td></tr>`,
    ];
  });
  const totals = SEVERITY_LEVELS.map(
    (level) =>
      `<td class="count">${count(summary.bySeverity[String(level.level)] ?? 0, input)}</td>`,
  ).join('');
  const statuses = STATUS_ORDER.flatMap((status) => {
    const n = summary.byStatus[status];
    return n
      ? [
          `<tr><th scope="row">${esc(t(statusLabelKey(status)))}</th><td class="count">${count(n, input)}</td></tr>`,
        ]
      : [];
  });
  return [
    '<section class="summary">',
    `<h2>${esc(t('incident_report_summary'))}</h2>`,
    `<p>${esc(t('incident_label_value', t('incident_report_incidents'), formatCount(summary.incidents, input)))}</p>`,
    `<table><caption>${esc(t('incident_report_by_category'))}</caption>`,
    `<thead><tr><th scope="col">${esc(t('incident_field_category'))}</th>${severityHeads}<th scope="col" class="count">${esc(t('incident_report_total'))}</th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    `<tfoot><tr><th scope="row">${esc(t('incident_report_total'))}</th>${totals}<td class="count">${count(summary.incidents, input)}</td></tr></tfoot>`,
    '</table>',
    `<table><caption>${esc(t('incident_report_by_status'))}</caption><tbody>${statuses.join('')}</tbody></table>`,
    '</section>',
  ].join('\n');
}

function anchor(index: number): string {
  return `incident-${index + 1}`;
}

function contents(entries: readonly ReportEntry[]): string {
  const items = entries.map(
    ({ incident }, index) => `<li><a href="#${anchor(index)}">${esc(incident.title)}</a></li>`,
  );
  return `<nav><ol>${items.join('')}</ol></nav>`;
}

/** A link when the address is a web one; the address as plain text otherwise (never `javascript:`). */
function address(url: string): string {
  const href = webHref(url);
  return href
    ? `<a href="${esc(href)}" rel="noopener noreferrer nofollow">${esc(url)}</a>`
    : esc(url);
}

function fact(label: string, valueHtml: string): string {
  return `<dt>${esc(label)}</dt><dd>${valueHtml}</dd>`;
}

function incidentArticle(entry: ReportEntry, index: number, input: CrisisReportInput): string {
  const { t } = input;
  const { incident } = entry;
  const level = incident.severity;
  const watchlists = matchedWatchlists(incident, entry.mentions, input.watchlistNames ?? {});
  const facts = [
    fact(t('incident_field_category'), esc(t(categoryLabelKey(incident.category)))),
    fact(
      t('incident_field_severity'),
      `<span class="severity severity-${level}">${esc(`${t(severityLabelKey(level))} (${level}/4)`)}</span> — ${esc(t(severityHelpKey(level)))}`,
    ),
    fact(t('incident_field_status'), esc(t(statusLabelKey(incident.status)))),
    incident.network ? fact(t('incident_field_network'), esc(t(networkKey(incident.network)))) : '',
    incident.author ? fact(t('incident_field_author'), `<bdi>${esc(incident.author)}</bdi>`) : '',
    incident.permalink ? fact(t('incident_field_link'), address(incident.permalink)) : '',
    incident.url && incident.url !== incident.permalink
      ? fact(t('incident_field_page'), address(incident.url))
      : '',
    watchlists.length > 0 ? fact(t('incident_field_watchlists'), esc(watchlists.join(', '))) : '',
    fact(t('incident_field_reach'), reachLine(incident, entry.mentions, input)),
    fact(t('incident_field_created'), timeTag(incident.createdAt, input)),
    fact(t('incident_field_updated'), timeTag(incident.updatedAt, input)),
  ];
  return [
    `<article class="incident" id="${anchor(index)}">`,
    `<h2 dir="auto">${esc(incident.title)}</h2>`,
    `<dl class="facts">${facts.join('')}</dl>`,
    incident.excerpt
      ? `<h3>${esc(t('incident_field_excerpt'))}</h3><blockquote dir="auto">${esc(incident.excerpt)}</blockquote>`
      : '',
    incident.notes.trim()
      ? `<h3>${esc(t('incident_field_notes'))}</h3><p class="notes" dir="auto">${esc(incident.notes.trim())}</p>`
      : '',
    screenshot(entry, input),
    `<h3>${esc(t('incident_report_timeline'))}</h3>`,
    timeline(incident, input),
    mentionsSection(entry.mentions, input),
    '</article>',
  ].join('\n');
}

function screenshot(entry: ReportEntry, input: CrisisReportInput): string {
  const { t } = input;
  if (!entry.incident.screenshotId) return '';
  const heading = `<h3>${esc(t('incident_report_screenshot'))}</h3>`;
  if (!entry.screenshot || !isImageDataUrl(entry.screenshot)) {
    return `${heading}<p class="meta">${esc(t('incident_report_screenshot_missing'))}</p>`;
  }
  const alt = t('incident_report_screenshot_alt', entry.incident.title);
  return `${heading}<figure><img src="${esc(entry.screenshot)}" alt="${esc(alt)}"></figure>`;
}

function timeline(incident: Incident, input: CrisisReportInput): string {
  const items = incident.timeline.map((event) => {
    const parts = [timeTag(event.at, input), esc(input.t(statusLabelKey(event.status)))];
    if (event.by.trim()) parts.push(`<bdi>${esc(event.by)}</bdi>`);
    const comment = event.comment.trim()
      ? `<div class="comment" dir="auto">${esc(event.comment)}</div>`
      : '';
    return `<li>${parts.join(' — ')}${comment}</li>`;
  });
  return `<ol class="timeline">${items.join('')}</ol>`;
}

/** "Likes: 1,234 · Replies: 56 · Linked mentions: 3 · Distinct authors: 2". */
function reachLine(
  incident: Incident,
  mentions: readonly Mention[],
  input: CrisisReportInput,
): string {
  const { t } = input;
  const reach = reachOf(incident, mentions);
  const items: (readonly [string, number])[] = REACH_KEYS.flatMap((key) => {
    const total = reach.totals[key];
    return total === undefined ? [] : [[t(`incident_reach_${key}`), total] as const];
  });
  items.push(
    [t('incident_reach_mentions'), reach.mentions],
    [t('incident_reach_authors'), reach.authors],
  );
  return items
    .map(([label, n]) => esc(t('incident_label_value', label, formatCount(n, input))))
    .join(' · ');
}

function mentionsSection(mentions: readonly Mention[], input: CrisisReportInput): string {
  const { t } = input;
  const heading = `<h3>${esc(t('incident_report_mentions'))}</h3>`;
  if (mentions.length === 0) {
    return `${heading}<p class="meta">${esc(t('incident_report_no_mentions'))}</p>`;
  }
  const head = [
    t('incident_report_col_seen'),
    t('incident_report_col_posted'),
    t('incident_field_network'),
    t('incident_field_author'),
    t('incident_report_col_text'),
    t('incident_field_link'),
  ]
    .map((label) => `<th scope="col">${esc(label)}</th>`)
    .join('');
  const rows = mentions.map((mention) => {
    const who = [mention.author.name, mention.author.handle].filter(Boolean).join(' ');
    const link = mention.permalink || mention.url;
    return [
      '<tr>',
      `<td>${timeTag(mention.firstSeenAt, input)}</td>`,
      `<td>${mention.postedAt === undefined ? '' : timeTag(mention.postedAt, input)}</td>`,
      `<td>${esc(t(networkKey(mention.network)))}</td>`,
      `<td><bdi>${esc(who)}</bdi></td>`,
      `<td class="mention-text" dir="auto">${esc(trimExcerpt(mention.text, MENTION_EXCERPT_LENGTH))}</td>`,
      `<td>${link ? address(link) : ''}</td>`,
      '</tr>',
    ].join('');
  });
  return [
    heading,
    `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`,
  ].join('\n');
}
