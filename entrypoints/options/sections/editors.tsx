/** The watchlist and template editors, wired to the background. */
import type { EditorApi } from '@/components/editors/api';
import { TemplateEditor } from '@/components/editors/template/TemplateEditor';
import { WatchlistEditor } from '@/components/editors/watchlist/WatchlistEditor';
import '@/components/editors/editors.css';
import { send } from '@/lib/messages/client';
import { onBroadcast } from '@/lib/ui/boot';
import type { SectionContext } from './types';

const editorApi: EditorApi = {
  listWatchlists: () => send('watchlists.list', null),
  saveWatchlist: (input) => send('watchlist.save', input),
  deleteWatchlist: (id) => send('watchlist.delete', { id }),
  listTemplates: () => send('templates.list', null),
  saveTemplate: (input) => send('template.save', input),
  transition: (id, to) => send('template.transition', { id, to }),
  history: (id) => send('template.history', { id }),
  deleteTemplate: (id) => send('template.delete', { id }),
  brand: async () => {
    const [settings, workspaces] = await Promise.all([
      send('settings.get', null),
      send('workspaces.list', null),
    ]);
    return workspaces.find((w) => w.id === settings.activeWorkspaceId)?.name ?? '';
  },
  onChange: (listener) =>
    onBroadcast((message) => {
      if (message.event === 'config.changed') listener();
    }),
};

export function WatchlistsSection() {
  return <WatchlistEditor api={editorApi} />;
}

export function TemplatesSection({ settings }: SectionContext) {
  return <TemplateEditor api={editorApi} settings={settings} />;
}
