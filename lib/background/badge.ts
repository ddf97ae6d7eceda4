import { browser } from 'wxt/browser';

/** Chrome MV3 has `action`; Firefox MV2 builds have `browserAction`. */
function actionApi() {
  return browser.action ?? browser.browserAction;
}

const CALM = '#1d4ed8';
const ALERT = '#dc2626';

/** Red while a spike of risky mentions waits for the CM to acknowledge it. */
let alerting = false;

export async function setSpikeAlert(on: boolean): Promise<void> {
  alerting = on;
  const action = actionApi();
  await action.setBadgeBackgroundColor({ color: on ? ALERT : CALM });
  if (on) await action.setBadgeText({ text: '!' });
  else await action.setBadgeText({ text: '' });
}

/** The toolbar badge of a tab shows how many mentions that page holds. */
export async function showMentionCount(tabId: number, count: number): Promise<void> {
  const action = actionApi();
  await action.setBadgeBackgroundColor({ color: alerting ? ALERT : CALM, tabId });
  await action.setBadgeText({ text: count > 0 ? String(Math.min(count, 999)) : '', tabId });
}
