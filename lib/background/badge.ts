import { browser } from 'wxt/browser';

/** Chrome MV3 has `action`; Firefox MV2 builds have `browserAction`. */
function actionApi() {
  return browser.action ?? browser.browserAction;
}

/** The toolbar badge of a tab shows how many mentions that page holds. */
export async function showMentionCount(tabId: number, count: number): Promise<void> {
  const action = actionApi();
  await action.setBadgeBackgroundColor({ color: '#1d4ed8', tabId });
  await action.setBadgeText({ text: count > 0 ? String(Math.min(count, 999)) : '', tabId });
}
