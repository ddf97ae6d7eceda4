/**
 * Response-time targets (SLA): when a mention is due, and whether it is late.
 * A mention waits for an answer while its status is `new` or `seen` and no
 * interaction (an inserted, copied or marked reply) points at it; its clock
 * starts when it was posted when the page said so, else when Vigie first saw
 * it. Networks without a target are never late, nor are posts that were
 * already a week old when Vigie first saw them.
 */
import type { Mention, Settings } from '../store/schema';

export const MINUTE_MS = 60_000;
/** The last quarter of the target: the mention is "due soon". */
export const DUE_SOON_SHARE = 0.25;

export type SlaTargets = Settings['slaMinutes'];
export type SlaMention = Pick<Mention, 'status' | 'network' | 'postedAt' | 'firstSeenAt'>;

export type SlaState =
  /** Answered, handled otherwise (ignored, escalated), or no target for its network. */
  | { kind: 'none' }
  | { kind: 'ok'; dueAt: number; leftMs: number }
  | { kind: 'due-soon'; dueAt: number; leftMs: number }
  | { kind: 'late'; dueAt: number; lateByMs: number };

const WAITING: ReadonlySet<Mention['status']> = new Set(['new', 'seen']);

/**
 * A post already this old when Vigie first saw it is history the CM scrolled
 * through (a profile's timeline, last year's thread), not a queue: it is never
 * counted late, or browsing an archive would fill the badge.
 */
export const HISTORY_AT_SIGHT_MS = 7 * 24 * 60 * MINUTE_MS;

/** Whether the mention still waits for an answer. */
export function isWaiting(mention: Pick<Mention, 'status'>, answered: boolean): boolean {
  return !answered && WAITING.has(mention.status);
}

/**
 * When the clock started. A `postedAt` in the future (a page's clock, a
 * time zone misread) cannot make a mention wait longer than since it was seen.
 */
export function clockStart(mention: SlaMention): number {
  const posted = mention.postedAt;
  return posted !== undefined && posted <= mention.firstSeenAt ? posted : mention.firstSeenAt;
}

export function targetMinutes(targets: SlaTargets, network: Mention['network']): number | null {
  const minutes = targets[network];
  return minutes !== undefined && minutes > 0 ? minutes : null;
}

export function slaState(
  mention: SlaMention,
  targets: SlaTargets,
  now: number,
  answered = false,
): SlaState {
  if (!isWaiting(mention, answered)) return { kind: 'none' };
  if (mention.firstSeenAt - clockStart(mention) > HISTORY_AT_SIGHT_MS) return { kind: 'none' };
  const minutes = targetMinutes(targets, mention.network);
  if (minutes === null) return { kind: 'none' };
  const target = minutes * MINUTE_MS;
  const dueAt = clockStart(mention) + target;
  const leftMs = dueAt - now;
  if (leftMs < 0) return { kind: 'late', dueAt, lateByMs: -leftMs };
  if (leftMs <= target * DUE_SOON_SHARE) return { kind: 'due-soon', dueAt, leftMs };
  return { kind: 'ok', dueAt, leftMs };
}

export function isLate(
  mention: SlaMention,
  targets: SlaTargets,
  now: number,
  answered = false,
): boolean {
  return slaState(mention, targets, now, answered).kind === 'late';
}
