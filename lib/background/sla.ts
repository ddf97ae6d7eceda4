/**
 * The periodic SLA check (an alarm every minute, and after the targets
 * change): how many mentions of the active workspace are late, and a
 * notification, when the CM asked for them, for each mention that just went
 * late — once per mention (lib/sla/notify.ts).
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import {
  clockStart,
  formatDuration,
  type KnownLate,
  MAX_SINGLE_NOTIFICATIONS,
  slaState,
  updateKnownLate,
} from '../sla';
import { readDateRange } from '../store/chunked';
import type { VigieDB } from '../store/db';
import { getSettings } from '../store/repos/settings';
import type { Mention, Settings } from '../store/schema';

export const SLA_ALARM = 'vigie-sla';
export const SLA_NOTIFICATION_PREFIX = 'vigie-sla-';
const KNOWN_KEY = 'sla-known-late';
const DAY_MS = 24 * 60 * 60_000;
/**
 * Mentions first seen longer ago than this no longer count: a month-old
 * unanswered post is history, not a queue (and the check stays cheap).
 */
export const SLA_LOOKBACK_MS = 30 * DAY_MS;

/**
 * Mention ids answered by an interaction created since `since`. Kept between
 * checks while the worker lives: a check then reads only the interactions
 * logged since the last one (with a margin for clocks), not every request
 * per mention (thousands of IndexedDB round trips).
 */
let answeredCache: {
  workspaceId: string;
  since: number;
  through: number;
  ids: Set<string>;
} | null = null;
const CLOCK_MARGIN_MS = 5 * 60_000;

async function answeredSince(
  db: VigieDB,
  workspaceId: string,
  since: number,
  now: number,
): Promise<ReadonlySet<string>> {
  const cache = answeredCache;
  const reuse = cache !== null && cache.workspaceId === workspaceId && cache.since <= since;
  const from = reuse ? cache.through - CLOCK_MARGIN_MS : since;
  const interactions = await readDateRange(
    db,
    'interactions',
    workspaceId,
    from,
    Number.MAX_SAFE_INTEGER,
  );
  const ids = reuse ? cache.ids : new Set<string>();
  for (const interaction of interactions) {
    if (interaction.mentionId !== undefined) ids.add(interaction.mentionId);
  }
  answeredCache = { workspaceId, since: reuse ? cache.since : since, through: now, ids };
  return ids;
}

/** Forget what the checks learnt (tests; a store emptied by hand). */
export function resetSlaCache(): void {
  answeredCache = null;
}

/** Late mentions of the workspace, most overdue first. */
export async function findLateMentions(
  db: VigieDB,
  settings: Pick<Settings, 'activeWorkspaceId' | 'slaMinutes'>,
  now: number,
): Promise<Mention[]> {
  const workspaceId = settings.activeWorkspaceId;
  const since = now - SLA_LOOKBACK_MS;
  const recent = await readDateRange(db, 'mentions', workspaceId, since, now);
  const candidates = recent.filter(
    (mention) => slaState(mention, settings.slaMinutes, now).kind === 'late',
  );
  if (candidates.length === 0) return [];
  // An inserted or copied reply answers a mention even while its status says "seen";
  // it was logged after the mention was posted (or seen), hence within the look-back.
  const oldest = candidates.reduce((min, mention) => Math.min(min, clockStart(mention)), since);
  const answered = await answeredSince(db, workspaceId, oldest, now);
  return candidates
    .filter((mention) => !answered.has(mention.id))
    .sort((a, b) => clockStart(a) - clockStart(b));
}

/** Mention ids among `ids` that some interaction points at. */
export async function answeredMentionIds(db: VigieDB, ids: readonly string[]): Promise<string[]> {
  const tx = db.transaction('interactions', 'readonly');
  const byMention = tx.store.index('byMention');
  const counts = await Promise.all(ids.map((id) => byMention.count(id)));
  await tx.done;
  return ids.filter((_, at) => (counts[at] ?? 0) > 0);
}

export interface SlaCheck {
  late: number;
  /** Mentions that went late since the last check. */
  fresh: string[];
}

export async function checkSla(db: VigieDB, now = Date.now()): Promise<SlaCheck> {
  const settings = await getSettings(db);
  const late = await findLateMentions(db, settings, now);
  const stored = await browser.storage.local.get(KNOWN_KEY);
  const known = (stored[KNOWN_KEY] as KnownLate | undefined) ?? {};
  const update = updateKnownLate(
    known,
    late.map((mention) => mention.id),
    now,
  );
  await browser.storage.local.set({ [KNOWN_KEY]: update.known });
  if (settings.slaNotify && update.fresh.length > 0) {
    await notifyLate(
      late.filter((mention) => update.fresh.includes(mention.id)),
      settings,
      now,
    );
  }
  return { late: late.length, fresh: update.fresh };
}

async function notifyLate(fresh: readonly Mention[], settings: Settings, now: number) {
  // WXT types getURL's path as the public files it knows at build time.
  const iconUrl = browser.runtime.getURL('/icon/128.png' as never);
  const notify = (id: string, title: string, message: string) =>
    browser.notifications
      .create(`${SLA_NOTIFICATION_PREFIX}${id}`, { type: 'basic', iconUrl, title, message })
      .catch(() => undefined);
  if (fresh.length > MAX_SINGLE_NOTIFICATIONS) {
    await notify(`batch-${now}`, t('sla_notify_many_title', fresh.length), t('sla_notify_many'));
    return;
  }
  for (const mention of fresh) {
    const state = slaState(mention, settings.slaMinutes, now);
    const by = state.kind === 'late' ? formatDuration(state.lateByMs, t) : '';
    const who = mention.author.name ?? mention.author.handle ?? '—';
    await notify(
      mention.id,
      t('sla_notify_title', who, t(`network_${mention.network.replace('-', '_')}`), by),
      mention.text.slice(0, 200),
    );
  }
}
