import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Watchlist } from '@/lib/store/schema';
import { type EditorApi, failureText } from '../api';
import { useUnsaved } from '../useUnsaved';
import { type WatchlistDraft, WatchlistForm } from './WatchlistForm';

/** The options section: the workspace's watchlists and the editor of the chosen one. */
export function WatchlistEditor({ api }: { api: EditorApi }) {
  const [watchlists, setWatchlists] = useState<Watchlist[]>([]);
  /** The id being edited, 'new' for a new one, null for none. */
  const [selected, setSelected] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const unsaved = useUnsaved();
  const choose = (id: string) => {
    if (id !== selected && unsaved.mayLeave()) {
      unsaved.setDirty(false);
      setSelected(id);
    }
  };
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const reload = useCallback(async () => {
    const list = await api.listWatchlists();
    setWatchlists(list.sort((a, b) => a.name.localeCompare(b.name)));
  }, [api]);

  useEffect(() => {
    void reload();
    return api.onChange(() => void reload());
  }, [api, reload]);

  const current = watchlists.find((w) => w.id === selected) ?? null;

  const save = async (draft: WatchlistDraft) => {
    setBusy(true);
    setNotice(null);
    try {
      const result = await api.saveWatchlist(draft);
      if (result.ok) {
        setNotice({ kind: 'ok', text: t('editor_saved') });
        await reload();
        setSelected(result.watchlist.id);
      }
      return result;
    } catch (error) {
      setNotice({ kind: 'error', text: failureText(error) });
      return null;
    } finally {
      setBusy(false);
    }
  };

  const remove = async (id: string) => {
    setBusy(true);
    try {
      await api.deleteWatchlist(id);
      setSelected(null);
      setNotice({ kind: 'ok', text: t('editor_deleted') });
      await reload();
    } catch (error) {
      setNotice({ kind: 'error', text: failureText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="editor" aria-labelledby="watchlist-editor-title">
      <h2 id="watchlist-editor-title">{t('watchlists_title')}</h2>
      <div class="editor-layout">
        <nav class="editor-list" aria-label={t('watchlists_title')}>
          <button
            type="button"
            class="primary"
            data-testid="watchlist-new"
            onClick={() => choose('new')}
          >
            {t('editor_watchlist_add')}
          </button>
          {watchlists.length === 0 ? (
            <p class="muted">{t('watchlists_empty')}</p>
          ) : (
            <ul class="list" data-testid="watchlist-editor-list">
              {watchlists.map((watchlist) => (
                <li key={watchlist.id} data-watchlist-id={watchlist.id}>
                  <button
                    type="button"
                    class="link"
                    aria-current={watchlist.id === selected ? 'true' : undefined}
                    onClick={() => choose(watchlist.id)}
                  >
                    <span
                      class="swatch"
                      style={watchlist.color ? { background: watchlist.color } : undefined}
                      data-kind={watchlist.kind}
                    />
                    {watchlist.name}
                  </button>{' '}
                  <span class={`tag kind-${watchlist.kind}`}>
                    {t(`watchlist_kind_${watchlist.kind}`)}
                  </span>
                  {!watchlist.enabled && <span class="tag">{t('watchlist_disabled')}</span>}
                </li>
              ))}
            </ul>
          )}
        </nav>
        <div class="editor-main">
          {notice && (
            <p class={`notice ${notice.kind}`} role="status" data-testid="watchlist-notice">
              {notice.text}
            </p>
          )}
          {selected === null ? (
            <p class="muted">{t('editor_watchlist_pick')}</p>
          ) : (
            <WatchlistForm
              key={`${selected}:${current?.updatedAt ?? 0}`}
              initial={current}
              busy={busy}
              onSave={save}
              onDirty={unsaved.setDirty}
              onDelete={current ? () => void remove(current.id) : null}
            />
          )}
        </div>
      </div>
    </section>
  );
}
