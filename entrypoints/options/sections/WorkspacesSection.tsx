import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { WorkspaceManager } from '@/components/workspaces/WorkspaceManager';
import { send } from '@/lib/messages/client';
import type { Workspace } from '@/lib/store/schema';
import { onBroadcast } from '@/lib/ui/boot';
import type { SectionContext } from './types';

const refusalKey = (reason: string) => `workspace_refused_${reason}`;

/** Options → Workspaces: the brands or clients the CM works for. */
export function WorkspacesSection({ settings, setSettings }: SectionContext) {
  const [workspaces, setWorkspaces] = useState<Workspace[]>([]);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    const [list, next] = await Promise.all([
      send('workspaces.list', null),
      send('settings.get', null),
    ]);
    setWorkspaces(list);
    setSettings(next);
  }, [setSettings]);

  useEffect(() => {
    void reload();
    return onBroadcast((message) => {
      if (message.event === 'config.changed') void reload();
    });
  }, [reload]);

  const guarded = async <T,>(work: () => Promise<T>): Promise<T> => {
    setBusy(true);
    try {
      return await work();
    } finally {
      setBusy(false);
    }
  };

  const refusalOf = async (result: Promise<{ ok: true } | { ok: false; reason: string }>) => {
    const outcome = await guarded(() => result);
    await reload();
    return outcome.ok ? null : refusalKey(outcome.reason);
  };

  return (
    <WorkspaceManager
      workspaces={workspaces}
      activeId={settings.activeWorkspaceId}
      scope={settings.highlightScope}
      busy={busy}
      onCreate={(name) => refusalOf(send('workspace.create', { name }))}
      onRename={(id, name) => refusalOf(send('workspace.rename', { id, name }))}
      onDelete={(id, confirmName) => refusalOf(send('workspace.delete', { id, confirmName }))}
      onCounts={(id) => send('workspace.counts', { id })}
      onSwitch={(id) => void refusalOf(send('workspace.switch', { id }))}
      onScope={(highlightScope) =>
        void guarded(async () => setSettings(await send('settings.update', { highlightScope })))
      }
      wizardUrl={browser.runtime.getURL('/welcome.html')}
    />
  );
}
