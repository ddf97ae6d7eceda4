/**
 * Vigie on sites without a dedicated adapter. The CM turns it on for one page
 * (activeTab: injected now, forgotten on reload) or for a whole origin
 * (optional host permission: a content script registered for that origin).
 */
import { browser } from 'wxt/browser';

export const ON_DEMAND_SCRIPT_ID = 'vigie-on-demand';
const FILES = { js: ['content-scripts/on-demand.js'], css: ['content-scripts/on-demand.css'] };

/** The scripting calls this module needs (a seam for unit tests). */
export interface ScriptingApi {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string }[]>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  updateContentScripts(scripts: RegisteredScript[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  css: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

/** `https://blog.example.com/a/b?c` → `https://blog.example.com`; null for non-web pages. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** Makes the registered on-demand content script cover exactly `origins`. */
export async function syncOnDemandScript(
  origins: readonly string[],
  scripting: ScriptingApi = browser.scripting as unknown as ScriptingApi,
): Promise<void> {
  const existing = await scripting.getRegisteredContentScripts({ ids: [ON_DEMAND_SCRIPT_ID] });
  if (origins.length === 0) {
    if (existing.length > 0)
      await scripting.unregisterContentScripts({ ids: [ON_DEMAND_SCRIPT_ID] });
    return;
  }
  const script: RegisteredScript = {
    id: ON_DEMAND_SCRIPT_ID,
    matches: origins.map((origin) => `${origin}/*`),
    ...FILES,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
}

/** Runs the on-demand content script in one tab now. */
export async function injectOnDemand(tabId: number): Promise<void> {
  // WXT types `files` as the built paths it knows; ours is built from entrypoints/on-demand.content.ts.
  const files = (list: string[]) => list as never[];
  await browser.scripting.insertCSS({ target: { tabId }, files: files(FILES.css) });
  await browser.scripting.executeScript({ target: { tabId }, files: files(FILES.js) });
}
