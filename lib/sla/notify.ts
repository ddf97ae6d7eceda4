/**
 * "Notify once per mention that goes late": every mention ever seen late is
 * remembered (with when), whether or not notifications are on, so turning
 * them on later does not flood the CM with the whole backlog, and a mention
 * never alerts twice. Entries are forgotten after a while to stay small.
 */

/** Mention id → when it was first seen late (ms). */
export type KnownLate = Record<string, number>;

/** Longer than the longest target (30 days) plus the look-back of the check. */
export const KNOWN_LATE_TTL_MS = 90 * 24 * 60 * 60_000;

export interface LateUpdate {
  /** Mentions late now that were never late before. */
  fresh: string[];
  known: KnownLate;
}

export function updateKnownLate(
  known: KnownLate,
  lateIds: readonly string[],
  now: number,
): LateUpdate {
  const next: KnownLate = {};
  for (const [id, at] of Object.entries(known)) {
    if (now - at < KNOWN_LATE_TTL_MS) next[id] = at;
  }
  const fresh: string[] = [];
  for (const id of lateIds) {
    if (next[id] !== undefined) continue;
    next[id] = now;
    fresh.push(id);
  }
  return { fresh, known: next };
}

/** Up to this many fresh late mentions get one notification each; more get one summary. */
export const MAX_SINGLE_NOTIFICATIONS = 3;
