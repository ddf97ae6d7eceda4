import { t } from '@/lib/i18n';
import type { Watchlist } from '@/lib/store/schema';

export function WatchlistList({ watchlists }: { watchlists: readonly Watchlist[] }) {
  return (
    <section aria-labelledby="watchlists-title">
      <h2 id="watchlists-title">{t('watchlists_title')}</h2>
      <p>
        <a href="#watchlists" data-testid="open-watchlists">
          {t('editor_open_watchlists')}
        </a>
      </p>
      {watchlists.length === 0 ? (
        <p class="muted">{t('watchlists_empty')}</p>
      ) : (
        <ul class="list" data-testid="watchlist-list">
          {watchlists.map((watchlist) => (
            <li key={watchlist.id} data-watchlist-id={watchlist.id}>
              <strong>{watchlist.name}</strong>{' '}
              <span class={`tag kind-${watchlist.kind}`}>
                {t(`watchlist_kind_${watchlist.kind}`)}
              </span>
              {!watchlist.enabled && <span class="tag">{t('watchlist_disabled')}</span>}
              <br />
              <code>{watchlist.query}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
