import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { MentionList } from '@/components/mentions/MentionList';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messages/client';
import type { Mention } from '@/lib/store/schema';
import { onBroadcast } from '@/lib/ui/boot';

/**
 * The tab whose mentions the panel lists: the active one, or the one named by
 * `?tabId=` when the panel is opened as a page (demo, tests, a detached window).
 */
async function activeTabId(): Promise<number | undefined> {
  const pinned = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(pinned) && pinned > 0) return pinned;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The side panel: the working list of the current tab's mentions. */
export function App() {
  const [tabId, setTabId] = useState<number | undefined>();
  const [mentions, setMentions] = useState<Mention[]>([]);

  const load = useCallback(async (id: number | undefined) => {
    setTabId(id);
    setMentions(id === undefined ? [] : await send('mentions.forTab', { tabId: id }));
  }, []);

  useEffect(() => {
    void activeTabId().then(load);
    const onActivated = ({ tabId: id }: { tabId: number }) => void load(id);
    browser.tabs.onActivated.addListener(onActivated);
    const unsubscribe = onBroadcast((message) => {
      if (message.event === 'mentions.changed' && message.tabId === tabId) void load(tabId);
    });
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      unsubscribe();
    };
  }, [load, tabId]);

  return (
    <main>
      <h1>{t('sidepanel_title')}</h1>
      <p class="muted">{t('sidepanel_count', mentions.length)}</p>
      <MentionList mentions={mentions} />
    </main>
  );
}
