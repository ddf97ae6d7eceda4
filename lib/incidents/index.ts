/**
 * Bad buzz: incidents, their workflow, linked mentions, the spike detector,
 * the escalation packet and the crisis report. Pure logic: no browser
 * extension API, nothing touches the DOM when imported. Only the crisis
 * report's HTML needs a window (DOMPurify, through lib/sanitize.ts): build it
 * in an extension page. Storage is in lib/store/repos/incidents.ts.
 *
 * Vocabularies (labels.ts)
 * - `SEVERITY_LEVELS`: `{ level 1–4, name low|moderate|high|critical, labelKey, helpKey }`.
 * - Message keys: `categoryLabelKey(c)` → `incident_category_<c with _>`,
 *   `statusLabelKey(s)`, `severityLabelKey(n)`, `severityHelpKey(n)`,
 *   `severityText(n, t)` → "High (3/4) — Spreading: …", `networkKey(n)`.
 *
 * Workflow (workflow.ts) — open → escalated → holding → resolved → post-mortem
 * - `INCIDENT_TRANSITIONS` (from, to, action), `canTransitionIncident(from, to)`,
 *   `allowedIncidentTransitions(from)`, `actionLabelKey(action)`.
 * - `createIncident(draft, by, now)` → Incident, validated; timeline starts
 *   with `open` (then `escalated` when `draft.escalate`).
 * - `transitionIncident(incident, to, { by, comment }, now)` → a new incident
 *   with the event appended; throws `IncidentTransitionError` (code
 *   `illegal_transition`, `from`, `to`) on an illegal move.
 * - `commentIncident(incident, { by, comment }, now)`: an event, same status.
 *
 * Linked mentions (links.ts)
 * - `suggestLinks(incident, mentions, options?)` →
 *   `{ mention, reasons: ('url'|'author'|'terms')[], score }[]`, best first;
 *   options `termOverlap` (0.3), `minSharedTerms` (2), `since`, `limit`.
 *   Reason labels: `incident_link_reason_<reason>`.
 *
 * Spike detector (spike.ts)
 * - `hourlyCounts(mentions, now, hours = 49)` → `{ watchlistId, hourStart, risky }[]`.
 * - `detectSpikes(counts, now, settings, acknowledged)` → new spikes to alert;
 *   store `acknowledged[spike.watchlistId] = spike.hourStart` once alerted.
 * - `activeSpikes(counts, now, settings)`: every spike in progress (badge).
 * - `spikeMessage(spike, watchlistName, t, locale?)` → `{ title, body }`.
 * - `DEFAULT_SPIKE_SETTINGS` = `{ multiple: 3, minimum: 5 }`.
 *
 * Escalation packet (packet.ts)
 * - `escalationPacket(incident, { mentions, watchlistNames, holdingStatement?, t, locale?, timeZone? })`
 *   → `{ text, markdown }`; page text escaped in the Markdown (markdown.ts).
 *
 * Crisis report (report.ts, report-json.ts)
 * - `crisisReportHtml({ incidents, mentions, screenshots, period?, t, locale, generatedAt,
 *   watchlistNames?, timeZone? })` → one self-contained HTML document. Needs a
 *   real browser DOM: lib/sanitize.ts throws SanitizerUnavailableError where
 *   DOMPurify is unsound (happy-dom).
 * - `crisisReportJson(sameInput)` → JSON, keys sorted at every level.
 * - Screenshots as data URLs: `screenshotDataUrls(db, incidents)` in the repository.
 *
 * Evidence (evidence.ts): `linkedMentions(incident, mentions)`,
 * `reachOf(incident, linked)` (the captured post's counts plus the linked
 * mentions', one post counted once), `matchedWatchlists(incident, linked, names)`.
 *
 * Messages (messages.ts): `INCIDENT_MESSAGES`, `incidentsLocaleEntries(lang)`.
 */
export {
  EXCERPT_LENGTH,
  type FormatOptions,
  formatCount,
  formatTime,
  linkedMentions,
  matchedWatchlists,
  REACH_KEYS,
  type Reach,
  type ReachKey,
  reachOf,
  trimExcerpt,
} from './evidence';
export {
  categoryLabelKey,
  INCIDENT_CATEGORIES,
  INCIDENT_STATUSES,
  type IncidentCategory,
  type IncidentStatus,
  networkKey,
  SEVERITY_LEVELS,
  type Severity,
  type SeverityLevel,
  severityHelpKey,
  severityLabelKey,
  severityText,
  statusLabelKey,
  type Translate,
} from './labels';
export {
  authorKeys,
  type LinkOptions,
  type LinkReason,
  type LinkSuggestion,
  suggestLinks,
} from './links';
export { escapeMarkdown, escapeMarkdownLine, markdownLink, markdownQuote } from './markdown';
export {
  INCIDENT_MESSAGES,
  type IncidentMessageKey,
  incidentsLocaleEntries,
} from './messages';
export { type EscalationPacket, escalationPacket, type PacketContext } from './packet';
export { crisisReportHtml } from './report';
export {
  type CrisisReportInput,
  inPeriod,
  type Period,
  type ReportEntry,
  type ReportSummary,
  reportEntries,
  reportSummary,
} from './report-data';
export { CRISIS_REPORT_FORMAT, CRISIS_REPORT_VERSION, crisisReportJson } from './report-json';
export {
  activeSpikes,
  DEFAULT_SPIKE_SETTINGS,
  detectSpikes,
  HOUR_MS,
  type HourlyCount,
  hourlyCounts,
  hourStartOf,
  isRisky,
  type Spike,
  type SpikeSettings,
  spikeMessage,
} from './spike';
export {
  fold,
  isWebUrl,
  linksIn,
  normalizeAuthor,
  normalizeUrl,
  significantWords,
  webHref,
} from './text';
export {
  actionLabelKey,
  allowedIncidentTransitions,
  canTransitionIncident,
  commentIncident,
  createIncident,
  cutAtWord,
  deriveTitle,
  INCIDENT_TRANSITIONS,
  type IncidentAction,
  type IncidentDraft,
  type IncidentTransition,
  IncidentTransitionError,
  type TimelineEntryInput,
  transitionIncident,
} from './workflow';
