import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messages/client';
import type { Settings, Workspace } from '@/lib/store/schema';

/** The popup: quick status of the current page and the way to the working list. */
export function App({ settings }: { settings: Settings }) {
  const [workspace, setWorkspace] = useState<Workspace | undefined>();
  const [count, setCount] = useState(0);

  useEffect(() => {
    void (async () => {
      const workspaces = await send('workspaces.list', null);
      setWorkspace(workspaces.find((w) => w.id === settings.activeWorkspaceId));
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id !== undefined) {
        setCount((await send('mentions.forTab', { tabId: tab.id })).length);
      }
    })();
  }, [settings.activeWorkspaceId]);

  const openSidePanel = async () => {
    const current = await browser.windows.getCurrent();
    // Chrome: the side panel; Firefox: the sidebar. Both need this click's user gesture.
    if (browser.sidePanel && current.id !== undefined) {
      await browser.sidePanel.open({ windowId: current.id });
    } else {
      // Firefox-only API, absent from the Chrome-shaped types.
      const firefox = browser as unknown as { sidebarAction?: { open(): Promise<void> } };
      await firefox.sidebarAction?.open();
    }
    window.close();
  };

  return (
    <main>
      <h1>{t('popup_title')}</h1>
      <p data-testid="popup-workspace">{t('popup_workspace', workspace?.name ?? '…')}</p>
      <p data-testid="popup-count">{t('popup_mentions_on_page', count)}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void openSidePanel()}>
          {t('popup_open_sidepanel')}
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_open_options')}
        </button>
      </div>
    </main>
  );
}
