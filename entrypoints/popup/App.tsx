import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { IncidentForm } from '@/components/incident-form/IncidentForm';
import { SiteSwitch } from '@/components/site/SiteSwitch';
import { WorkspaceSwitcher } from '@/components/workspaces/WorkspaceSwitcher';
import { t } from '@/lib/i18n';
import type { Spike } from '@/lib/incidents/spike';
import { send } from '@/lib/messages/client';
import type { IncidentFormFields, IncidentFormPrefill } from '@/lib/messages/content-commands';
import type { SiteStatus } from '@/lib/messages/protocol';
import type { Settings, Workspace } from '@/lib/store/schema';
import { onBroadcast } from '@/lib/ui/boot';

/** The popup: quick status of the current page, the site switch, and the way to the working list. */
export function App({ settings }: { settings: Settings }) {
  const [workspace, setWorkspace] = useState<Workspace | undefined>();
  const [workspaces, setWorkspaces] = useState<Workspace[]>([]);
  const [activeId, setActiveId] = useState(settings.activeWorkspaceId);
  const [tabId, setTabId] = useState<number | undefined>();
  const [count, setCount] = useState(0);
  const [site, setSite] = useState<SiteStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [incident, setIncident] = useState<IncidentFormPrefill | null>(null);
  const [spikes, setSpikes] = useState<Spike[]>([]);
  const [watchlistNames, setWatchlistNames] = useState<Record<string, string>>({});
  const [fields, setFields] = useState<IncidentFormFields | null>(null);

  const refresh = useCallback(async (id: number) => {
    setSite(await send('sites.status', { tabId: id }));
    setCount((await send('mentions.forTab', { tabId: id })).length);
  }, []);

  useEffect(() => {
    void send('spikes.status', null).then(setSpikes);
    void send('watchlists.list', null).then((lists) =>
      setWatchlistNames(Object.fromEntries(lists.map((w) => [w.id, w.name]))),
    );
  }, []);

  // A capture on a page that cannot host its form waits here.
  useEffect(() => {
    void send('incident.pending', null).then((pending) => {
      if (!pending) return;
      setIncident(pending);
      setFields({ ...pending, notes: '', escalate: false });
    });
  }, []);

  useEffect(() => {
    void (async () => {
      const list = await send('workspaces.list', null);
      setWorkspaces(list);
      setWorkspace(list.find((w) => w.id === activeId));
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      setTabId(tab.id);
      await refresh(tab.id);
    })();
  }, [activeId, refresh]);

  // The count follows the page live (a page turned on just now reports its mentions a moment later).
  useEffect(
    () =>
      onBroadcast((message) => {
        if (
          message.event === 'mentions.changed' &&
          message.tabId === tabId &&
          tabId !== undefined
        ) {
          void refresh(tabId);
        }
      }),
    [tabId, refresh],
  );

  const act = async (work: () => Promise<unknown>) => {
    if (tabId === undefined) return;
    setBusy(true);
    try {
      await work();
      await refresh(tabId);
    } finally {
      setBusy(false);
    }
  };

  const onAlways = (enabled: boolean) =>
    act(async () => {
      const origin = site?.origin;
      if (!origin) return;
      // Asked here, in the click that shows the browser's own prompt.
      if (enabled && !(await browser.permissions.request({ origins: [`${origin}/*`] }))) return;
      await send('sites.setAlways', { origin, enabled, tabId });
    });

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

  if (incident && fields) {
    const done = () => {
      setIncident(null);
      setFields(null);
    };
    return (
      <main class="incident-popup">
        <IncidentForm
          prefill={incident}
          fields={fields}
          onChange={(next) => {
            setFields(next);
            void send('incident.update', { id: incident.id, ...next });
          }}
          onSave={() => void send('incident.update', { id: incident.id, ...fields }).then(done)}
          onCancel={() => void send('incident.discard', { id: incident.id }).then(done)}
        />
      </main>
    );
  }

  return (
    <main>
      <h1>{t('popup_title')}</h1>
      <p data-testid="popup-workspace">
        {workspaces.length > 1 ? (
          <WorkspaceSwitcher
            workspaces={workspaces}
            activeId={activeId}
            busy={busy}
            onSwitch={(id) =>
              void send('workspace.switch', { id }).then((result) => {
                if (result.ok) setActiveId(result.settings.activeWorkspaceId);
              })
            }
          />
        ) : (
          t('popup_workspace', workspace?.name ?? '…')
        )}
      </p>
      {spikes.length > 0 && (
        <div class="notice error" role="alert" data-testid="popup-spikes">
          <p>
            {t(
              'popup_spikes',
              [...new Set(spikes.map((s) => watchlistNames[s.watchlistId] ?? s.watchlistId))].join(
                ', ',
              ),
            )}
          </p>
          <button
            type="button"
            onClick={() => void send('spikes.acknowledge', null).then(() => setSpikes([]))}
          >
            {t('popup_spikes_acknowledge')}
          </button>
        </div>
      )}
      <SiteSwitch
        status={site}
        busy={busy}
        onDedicated={(enabled) =>
          act(() => send('sites.setDedicated', { siteId: site?.siteId ?? '', enabled }))
        }
        onListenNow={() => act(() => send('sites.listenNow', { tabId: tabId ?? 0 }))}
        onAlways={(enabled) => void onAlways(enabled)}
      />
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
