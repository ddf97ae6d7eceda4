import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { MentionList } from '@/components/mentions/MentionList';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messages/client';
import type { Mention } from '@/lib/store/schema';
import { onBroadcast } from '@/lib/ui/boot';

/** A `?tabId=` pins the panel to one tab (opened as a page: demo, tests, a detached window). */
function pinnedTabId(): number | undefined {
  const pinned = Number(new URLSearchParams(location.search).get('tabId'));
  return Number.isInteger(pinned) && pinned > 0 ? pinned : undefined;
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The side panel: the working list of the current tab's mentions, live, in page order. */
export function App() {
  const pinned = pinnedTabId();
  const [tabId, setTabId] = useState<number | undefined>(pinned);
  const [mentions, setMentions] = useState<Mention[]>([]);

  const load = useCallback(async (id: number | undefined) => {
    setMentions(id === undefined ? [] : await send('mentions.forTab', { tabId: id }));
  }, []);

  useEffect(() => {
    if (pinned !== undefined) return;
    void activeTabId().then(setTabId);
    const onActivated = ({ tabId: id }: { tabId: number }) => setTabId(id);
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [pinned]);

  useEffect(() => {
    void load(tabId);
    return onBroadcast((message) => {
      if (message.event === 'mentions.changed' && message.tabId === tabId) void load(tabId);
    });
  }, [load, tabId]);

  const focus = (mention: Mention) => {
    if (tabId !== undefined) void send('mentions.focus', { tabId, id: mention.id });
  };

  return (
    <main>
      <h1>{t('sidepanel_title')}</h1>
      <p class="muted" data-testid="mention-count">
        {t('sidepanel_count', mentions.length)}
      </p>
      <MentionList mentions={mentions} onSelect={focus} />
    </main>
  );
}
