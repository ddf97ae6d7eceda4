/**
 * The toolbar badge, one rule for its three signals (most urgent first):
 *
 * 1. Red: a spike of risky mentions waits to be acknowledged. A tab that
 *    holds mentions shows their count, any other tab shows `!`.
 * 2. Orange: mentions of the active workspace are past their network's
 *    response target (SLA): every tab shows how many are late, because
 *    overdue work matters more than what one page holds.
 * 3. Blue: otherwise, the number of mentions on the current tab's page.
 *
 * A number keeps one meaning per colour. The tooltip (`action.setTitle`)
 * always spells out every signal that applies: the page's count, the late
 * count, the spike.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { getTabMentionIds } from './tab-mentions';

/** Chrome MV3 has `action`; Firefox MV2 builds have `browserAction`. */
function actionApi() {
  return browser.action ?? browser.browserAction;
}

export const CALM = '#1d4ed8';
export const LATE = '#c2410c';
export const ALERT = '#dc2626';

/** Red while a spike of risky mentions waits for the CM to acknowledge it. */
let alerting = false;
/** Mentions of the active workspace past their response target. */
let late = 0;
/** Mentions on each tab's page, as last reported. */
const tabCounts = new Map<number, number>();

const shortCount = (count: number) => (count > 999 ? '999+' : String(count));

/** What the badge shows on a tab holding `count` mentions (0 for the global badge). */
export function badgeLook(
  state: { alerting: boolean; late: number },
  count: number,
): { text: string; color: string } {
  if (state.alerting) return { text: count > 0 ? shortCount(count) : '!', color: ALERT };
  if (state.late > 0) return { text: shortCount(state.late), color: LATE };
  return { text: count > 0 ? shortCount(count) : '', color: CALM };
}

function badgeTitle(count: number): string {
  const lines = [t('extName')];
  if (alerting) lines.push(t('badge_title_spike'));
  if (late > 0) lines.push(t('badge_title_late', late));
  if (count > 0) lines.push(t('badge_title_page', count));
  return lines.join('\n');
}

async function paint(tabId: number | undefined, count: number): Promise<void> {
  const action = actionApi();
  const look = badgeLook({ alerting, late }, count);
  const target = tabId === undefined ? {} : { tabId };
  await action.setBadgeBackgroundColor({ color: look.color, ...target });
  await action.setBadgeText({ text: look.text, ...target });
  await action.setTitle({ title: badgeTitle(count), ...target });
}

/** Repaints the global badge and every open tab's (after a spike or late change). */
async function paintAll(): Promise<void> {
  await paint(undefined, 0);
  const tabs = await browser.tabs.query({});
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    // A worker that slept lost its counts: the tab lists live in session storage.
    const count = tabCounts.get(tab.id) ?? (await getTabMentionIds(tab.id)).length;
    await paint(tab.id, count).catch(() => undefined);
  }
}

export async function setSpikeAlert(on: boolean): Promise<void> {
  if (alerting === on) return paint(undefined, 0);
  alerting = on;
  await paintAll();
}

/** The number of late mentions changed (the SLA check runs every minute). */
export async function setLateCount(count: number): Promise<void> {
  if (late === count) return;
  late = count;
  await paintAll();
}

/** The toolbar badge of a tab counts the mentions its page holds. */
export async function showMentionCount(tabId: number, count: number): Promise<void> {
  tabCounts.set(tabId, count);
  await paint(tabId, count);
}

export function forgetTabCount(tabId: number): void {
  tabCounts.delete(tabId);
}
