/**
 * The ways into a bad-buzz capture that the browser owns: the keyboard
 * command and the context menu. Their listeners call these functions, which
 * the e2e tests call too (puppeteer cannot press browser shortcuts or open
 * native menus).
 */
import { browser } from 'wxt/browser';
import type { CaptureResult } from '../messages/protocol';
import type { CaptureRequest } from './capture';

export const BAD_BUZZ_COMMAND = 'log-bad-buzz';
export const BAD_BUZZ_MENU = 'vigie-log-bad-buzz';

type Capture = (request: CaptureRequest) => Promise<CaptureResult>;

export async function onCommand(command: string, capture: Capture): Promise<CaptureResult | null> {
  if (command !== BAD_BUZZ_COMMAND) return null;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  return capture({ tabId: tab.id, source: 'command' });
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  linkUrl?: string;
  srcUrl?: string;
}

export async function onMenuClicked(
  info: MenuClick,
  tabId: number | undefined,
  capture: Capture,
): Promise<CaptureResult | null> {
  if (info.menuItemId !== BAD_BUZZ_MENU || tabId === undefined) return null;
  return capture({
    tabId,
    source: 'menu',
    selectionText: info.selectionText,
    linkUrl: info.linkUrl,
    srcUrl: info.srcUrl,
  });
}

/** The menu entry on pages, selections, links and images. Recreated on install and update. */
export async function createMenus(title: string): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: BAD_BUZZ_MENU,
    title,
    contexts: ['page', 'selection', 'link', 'image'],
  });
}
