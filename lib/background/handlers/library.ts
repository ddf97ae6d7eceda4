/** The workspace's library: watchlists, templates, and the bundle that carries them. */
import { exportBundle, importBundle } from '../../bundle/transfer';
import { readBundle } from '../../bundle/validate';
import { listTemplates } from '../../store/repos/templates';
import { listWatchlists } from '../../store/repos/watchlists';
import { activeWorkspace, type BackgroundDeps, configChanged, type HandlerGroup } from './context';

export function libraryHandlers(
  deps: BackgroundDeps,
): HandlerGroup<'watchlists.list' | 'templates.list' | 'bundle.import' | 'bundle.export'> {
  return {
    'watchlists.list': async () => {
      const db = await deps.db();
      return listWatchlists(db, await activeWorkspace(db));
    },
    'templates.list': async () => {
      const db = await deps.db();
      return listTemplates(db, await activeWorkspace(db));
    },
    'bundle.import': async ({ text }) => {
      const read = readBundle(text, deps.checkQuery, deps.checkTemplate);
      if (!read.ok) return read;
      const db = await deps.db();
      const summary = await importBundle(db, await activeWorkspace(db), read.bundle);
      configChanged();
      return { ok: true, summary };
    },
    'bundle.export': async () => {
      const db = await deps.db();
      return exportBundle(db, await activeWorkspace(db));
    },
  };
}
