import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { IncidentsScreen } from '@/components/incidents/IncidentsScreen';
import { MentionFilters } from '@/components/mentions/MentionFilters';
import { MentionList } from '@/components/mentions/MentionList';
import { useSla } from '@/components/mentions/useSla';
import { ReplyPane } from '@/components/replies/ReplyPane';
import { WorkspaceSwitcher } from '@/components/workspaces/WorkspaceSwitcher';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messages/client';
import { filterMentions, NO_FILTER } from '@/lib/replies/filter';
import type {
  Interaction,
  Mention,
  Settings,
  Template,
  Watchlist,
  Workspace,
} from '@/lib/store/schema';
import { createSuggester } from '@/lib/suggest';
import { onBroadcast } from '@/lib/ui/boot';
import { uiLocale } from '@/lib/ui/locale';

/** A `?tabId=` pins the panel to one tab (opened as a page: demo, tests, a detached window). */
function pinnedTabId(): number | undefined {
  const pinned = Number(new URLSearchParams(location.search).get('tabId'));
  return Number.isInteger(pinned) && pinned > 0 ? pinned : undefined;
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * The side panel: the working list of the current tab's mentions (live, in
 * page order, filtered), and for the selected one the approved replies that
 * fit, ready to insert. Keyboard: ↑/↓ move, Enter opens, Esc goes back.
 */
export function App({ initialSettings }: { initialSettings: Settings }) {
  const pinned = pinnedTabId();
  const [settings, setSettings] = useState(initialSettings);
  const [tabId, setTabId] = useState<number | undefined>(pinned);
  const [mentions, setMentions] = useState<Mention[]>([]);
  const [watchlists, setWatchlists] = useState<Watchlist[]>([]);
  const [templates, setTemplates] = useState<Template[]>([]);
  const [recent, setRecent] = useState<Interaction[]>([]);
  const [brand, setBrand] = useState('');
  const [workspaces, setWorkspaces] = useState<Workspace[]>([]);
  const [filter, setFilter] = useState(NO_FILTER);
  const [cursor, setCursor] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const [view, setView] = useState<'mentions' | 'incidents'>('mentions');

  const loadLibrary = useCallback(async () => {
    const [nextSettings, lists, tpl, workspaces] = await Promise.all([
      send('settings.get', null),
      send('watchlists.list', null),
      send('templates.list', null),
      send('workspaces.list', null),
    ]);
    setSettings(nextSettings);
    setWatchlists(lists);
    setTemplates(tpl);
    setBrand(workspaces.find((w) => w.id === nextSettings.activeWorkspaceId)?.name ?? '');
    setWorkspaces(workspaces);
    setRecent(await send('interactions.recent', { days: nextSettings.duplicateWindowDays }));
  }, []);

  const loadMentions = useCallback(async (id: number | undefined) => {
    setMentions(id === undefined ? [] : await send('mentions.forTab', { tabId: id }));
  }, []);

  useEffect(() => {
    void loadLibrary();
    if (pinned !== undefined) return;
    void activeTabId().then(setTabId);
    const onActivated = ({ tabId: id }: { tabId: number }) => {
      setTabId(id);
      setOpenId(null);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [pinned, loadLibrary]);

  useEffect(() => {
    void loadMentions(tabId);
    return onBroadcast((message) => {
      if (message.event === 'mentions.changed' && message.tabId === tabId) void loadMentions(tabId);
      if (message.event === 'config.changed') {
        // Another workspace: its mentions of this page, not the last one's.
        void loadLibrary();
        void loadMentions(tabId);
      }
      if (message.event === 'interactions.changed') {
        void send('interactions.recent', { days: settings.duplicateWindowDays }).then(setRecent);
        void loadMentions(tabId);
      }
    });
  }, [loadMentions, loadLibrary, tabId, settings.duplicateWindowDays]);

  // Brand and competitor names are in every mention: they must not decide the ranking.
  const suggester = useMemo(
    () =>
      createSuggester(templates, {
        ignoreWords: watchlists.filter((w) => w.kind !== 'topic').map((w) => w.name),
      }),
    [templates, watchlists],
  );
  const sla = useSla(mentions, settings.slaMinutes);
  const shown = useMemo(
    () => filterMentions(mentions, filter, sla.isLate),
    [mentions, filter, sla],
  );
  const open = shown.find((mention) => mention.id === openId) ?? null;

  const openMention = (mention: Mention) => {
    setOpenId(mention.id);
    if (tabId !== undefined) void send('mentions.focus', { tabId, id: mention.id });
    if (mention.status === 'new')
      void send('mentions.setStatus', { id: mention.id, status: 'seen' });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (view === 'incidents') return;
    if (event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLInputElement) {
      if (event.key === 'Escape') setOpenId(null);
      return;
    }
    if (event.key === 'Escape') setOpenId(null);
    if (open) return;
    if (event.key === 'ArrowDown') setCursor((c) => Math.min(c + 1, shown.length - 1));
    else if (event.key === 'ArrowUp') setCursor((c) => Math.max(c - 1, 0));
    else if (event.key === 'Enter' && shown[cursor]) openMention(shown[cursor]);
    else return;
    event.preventDefault();
  };

  // On the document: keys work wherever the focus fell (a button disabled while busy drops it to <body>).
  useEffect(() => {
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  return (
    <main>
      <h1>{t('sidepanel_title')}</h1>
      <WorkspaceSwitcher
        workspaces={workspaces}
        activeId={settings.activeWorkspaceId}
        onSwitch={(id) => {
          setOpenId(null);
          void send('workspace.switch', { id });
        }}
      />
      <nav class="view-switch" aria-label={t('sidepanel_views_label')}>
        {(['mentions', 'incidents'] as const).map((name) => (
          <button
            key={name}
            type="button"
            data-testid={`view-${name}`}
            aria-pressed={view === name}
            onClick={() => setView(name)}
          >
            {t(`sidepanel_view_${name}`)}
          </button>
        ))}
      </nav>
      {view === 'incidents' ? (
        <IncidentsScreen compact tabId={tabId} locale={uiLocale(settings.locale)} />
      ) : open ? (
        <ReplyPane
          key={open.id}
          mention={open}
          suggestions={suggester.suggest(open, { limit: 5 })}
          watchlistNames={Object.fromEntries(watchlists.map((w) => [w.id, w.name]))}
          settings={settings}
          brand={brand}
          recent={recent}
          tabId={tabId}
          onBack={() => setOpenId(null)}
        />
      ) : (
        <>
          <MentionFilters filter={filter} watchlists={watchlists} onChange={setFilter} />
          <p class="muted" data-testid="mention-count">
            {t('sidepanel_count', shown.length)}
          </p>
          <MentionList mentions={shown} cursor={cursor} onSelect={openMention} sla={sla} />
        </>
      )}
    </main>
  );
}
