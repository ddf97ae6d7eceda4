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

/** Late mentions of the workspace, most overdue first. */
export async function findLateMentions(
  db: VigieDB,
  settings: Pick<Settings, 'activeWorkspaceId' | 'slaMinutes'>,
  now: number,
): Promise<Mention[]> {
  const workspaceId = settings.activeWorkspaceId;
  const range = IDBKeyRange.bound([workspaceId, now - SLA_LOOKBACK_MS], [workspaceId, now]);
  const recent = await db.getAllFromIndex('mentions', 'byWorkspaceFirstSeen', range);
  const candidates = recent.filter(
    (mention) => slaState(mention, settings.slaMinutes, now).kind === 'late',
  );
  if (candidates.length === 0) return [];
  // An inserted or copied reply answers a mention even while its status says "seen".
  const tx = db.transaction('interactions', 'readonly');
  const byMention = tx.store.index('byMention');
  const counts = await Promise.all(candidates.map((mention) => byMention.count(mention.id)));
  await tx.done;
  return candidates
    .filter((_, at) => counts[at] === 0)
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
