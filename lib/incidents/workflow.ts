/**
 * The life of an incident, from capture to the lessons learnt:
 *
 *   open ──▶ escalated ──▶ holding ──▶ resolved ──▶ post-mortem
 *
 * plus the moves a real crisis needs:
 * - open → holding / resolved: small cases a junior closes alone (an approved
 *   crisis template is already a holding statement);
 * - escalated → resolved: the senior settled it without a public statement;
 * - escalated → open: the senior hands it back ("no need for me, answer it");
 * - holding → escalated: it flares up again after the statement;
 * - resolved → open: re-opened when it resurfaces.
 * post-mortem is final: a crisis that comes back after its post-mortem is a
 * new incident (the post-mortem is a written conclusion; re-opening would
 * rewrite history). Every move appends an event (time, who, comment) to the
 * timeline; an illegal one throws IncidentTransitionError.
 */
import { newId } from '../ids';
import { type Incident, incidentEventSchema, incidentSchema } from '../store/schema';
import type { IncidentCategory, IncidentStatus } from './labels';

export type IncidentAction =
  | 'escalate'
  | 'publish-holding'
  | 'resolve'
  | 'de-escalate'
  | 'reopen'
  | 'post-mortem';

export interface IncidentTransition {
  from: IncidentStatus;
  to: IncidentStatus;
  action: IncidentAction;
}

export const INCIDENT_TRANSITIONS: readonly IncidentTransition[] = [
  { from: 'open', to: 'escalated', action: 'escalate' },
  { from: 'open', to: 'holding', action: 'publish-holding' },
  { from: 'open', to: 'resolved', action: 'resolve' },
  { from: 'escalated', to: 'holding', action: 'publish-holding' },
  { from: 'escalated', to: 'resolved', action: 'resolve' },
  { from: 'escalated', to: 'open', action: 'de-escalate' },
  { from: 'holding', to: 'escalated', action: 'escalate' },
  { from: 'holding', to: 'resolved', action: 'resolve' },
  { from: 'resolved', to: 'post-mortem', action: 'post-mortem' },
  { from: 'resolved', to: 'open', action: 'reopen' },
];

/** The button label of an action (`incident_action_publish_holding`). */
export function actionLabelKey(action: IncidentAction): string {
  return `incident_action_${action.replaceAll('-', '_')}`;
}

export function canTransitionIncident(from: IncidentStatus, to: IncidentStatus): boolean {
  return INCIDENT_TRANSITIONS.some((move) => move.from === from && move.to === to);
}

/** The moves offered from `from`, in the table's order, for the buttons to show. */
export function allowedIncidentTransitions(from: IncidentStatus): IncidentTransition[] {
  return INCIDENT_TRANSITIONS.filter((move) => move.from === from);
}

export class IncidentTransitionError extends Error {
  readonly code = 'illegal_transition';
  constructor(
    readonly from: IncidentStatus,
    readonly to: IncidentStatus,
  ) {
    super(`An incident cannot move from ${from} to ${to}.`);
    this.name = 'IncidentTransitionError';
  }
}

export interface TimelineEntryInput {
  /** The agent's name; empty when the CM has not set one. */
  by: string;
  comment?: string;
}

/**
 * Moves `incident` to `to` at `now`, appending the event to its timeline.
 * Returns a new incident; throws IncidentTransitionError on an illegal move
 * and a ZodError when the comment is too long to store.
 */
export function transitionIncident<T extends Incident>(
  incident: T,
  to: IncidentStatus,
  entry: TimelineEntryInput,
  now: number,
): T {
  if (!canTransitionIncident(incident.status, to)) {
    throw new IncidentTransitionError(incident.status, to);
  }
  const event = incidentEventSchema.parse({
    at: now,
    status: to,
    by: entry.by.trim(),
    comment: (entry.comment ?? '').trim(),
  });
  return { ...incident, status: to, timeline: [...incident.timeline, event], updatedAt: now };
}

/**
 * A comment on the timeline without a change of status ("the journalist
 * called back"): the event carries the current status.
 */
export function commentIncident<T extends Incident>(
  incident: T,
  entry: TimelineEntryInput,
  now: number,
): T {
  const event = incidentEventSchema.parse({
    at: now,
    status: incident.status,
    by: entry.by.trim(),
    comment: (entry.comment ?? '').trim(),
  });
  return { ...incident, timeline: [...incident.timeline, event], updatedAt: now };
}

/** What the capture form and the page give; the rest is derived. */
export interface IncidentDraft {
  workspaceId: string;
  /** When absent: the excerpt's first words, else the page address. */
  title?: string;
  category: IncidentCategory;
  severity: number;
  url: string;
  permalink?: string;
  network?: Incident['network'];
  author?: string;
  excerpt?: string;
  notes?: string;
  mentionIds?: string[];
  screenshotId?: string;
  /** Watchlists that matched the captured post. */
  watchlistIds?: string[];
  /** Counts the page showed next to the captured post. */
  engagement?: Record<string, number>;
  /** "Escalate to senior" was ticked. */
  escalate?: boolean;
  /** The comment of the first timeline event. */
  comment?: string;
  /** Given by the caller when it must know the id before saving (a draft kept across navigation). */
  id?: string;
}

/** The schema's limits: captured text is cut to them rather than losing the capture. */
const LIMITS = { title: 300, url: 2_000, author: 300, excerpt: 50_000, notes: 20_000 } as const;
const TITLE_WORDS_LENGTH = 80;

/**
 * A new incident from a capture, validated with the schema. The timeline
 * starts with an `open` event, then an `escalated` one at the same time when
 * the draft asks for the senior. Throws a ZodError on a bad category,
 * severity or id.
 */
export function createIncident(draft: IncidentDraft, by: string, now: number): Incident {
  const who = by.trim();
  const timeline: Incident['timeline'] = [
    { at: now, status: 'open', by: who, comment: (draft.comment ?? '').trim() },
  ];
  if (draft.escalate) timeline.push({ at: now, status: 'escalated', by: who, comment: '' });
  const excerpt = clip(draft.excerpt?.trim(), LIMITS.excerpt);
  return incidentSchema.parse({
    id: draft.id ?? newId(),
    workspaceId: draft.workspaceId,
    title: clip(draft.title?.trim() || deriveTitle(excerpt, draft.url), LIMITS.title) ?? '',
    category: draft.category,
    severity: draft.severity,
    status: draft.escalate ? 'escalated' : 'open',
    url: clip(draft.url.trim(), LIMITS.url) ?? '',
    permalink: clip(draft.permalink?.trim() || undefined, LIMITS.url),
    network: draft.network,
    author: clip(draft.author?.trim() || undefined, LIMITS.author),
    excerpt: excerpt || undefined,
    notes: clip(draft.notes?.trim(), LIMITS.notes) ?? '',
    mentionIds: [...new Set(draft.mentionIds ?? [])],
    screenshotId: draft.screenshotId,
    watchlistIds: draft.watchlistIds && [...new Set(draft.watchlistIds)],
    engagement: draft.engagement,
    timeline,
    createdAt: now,
    updatedAt: now,
  } satisfies Incident);
}

function clip(text: string | undefined, max: number): string | undefined {
  if (text === undefined) return undefined;
  return text.length <= max ? text : text.slice(0, max);
}

/** The excerpt's first words on one line, cut at a word; else the page address without scheme. */
export function deriveTitle(excerpt: string | undefined, url: string): string {
  const line = (excerpt ?? '').replace(/\s+/gu, ' ').trim();
  if (line) return cutAtWord(line, TITLE_WORDS_LENGTH);
  const address = url.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  return address ? cutAtWord(address, TITLE_WORDS_LENGTH) : '—';
}

/** At most `max` characters, cut at the last space when there is one late enough, with "…". */
export function cutAtWord(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > head.length * 0.6 ? head.slice(0, space) : head).trimEnd()}…`;
}
