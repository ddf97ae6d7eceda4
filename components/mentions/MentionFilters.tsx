import { t } from '@/lib/i18n';
import type { MentionFilterValue as MentionFilter } from '@/lib/replies/filter';
import { MENTION_STATUSES } from '@/lib/store/constants';
import type { Watchlist } from '@/lib/store/schema';

export function MentionFilters({
  filter,
  watchlists,
  onChange,
}: {
  filter: MentionFilter;
  watchlists: readonly Watchlist[];
  onChange: (filter: MentionFilter) => void;
}) {
  return (
    <fieldset class="filters" aria-label={t('filters_label')}>
      <select
        aria-label={t('filters_watchlist')}
        data-testid="filter-watchlist"
        value={filter.watchlistId}
        onChange={(event) => onChange({ ...filter, watchlistId: event.currentTarget.value })}
      >
        <option value="">{t('filters_all_watchlists')}</option>
        {watchlists.map((watchlist) => (
          <option key={watchlist.id} value={watchlist.id}>
            {watchlist.name}
          </option>
        ))}
      </select>
      <select
        aria-label={t('filters_risk')}
        data-testid="filter-risk"
        value={filter.risk}
        onChange={(event) =>
          onChange({ ...filter, risk: event.currentTarget.value as MentionFilter['risk'] })
        }
      >
        <option value="all">{t('filters_all_risks')}</option>
        <option value="risky">{t('filters_risky')}</option>
        <option value="calm">{t('filters_calm')}</option>
      </select>
      <select
        aria-label={t('filters_status')}
        data-testid="filter-status"
        value={filter.status}
        onChange={(event) =>
          onChange({ ...filter, status: event.currentTarget.value as MentionFilter['status'] })
        }
      >
        <option value="all">{t('filters_all_statuses')}</option>
        {MENTION_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`mention_status_${status}`)}
          </option>
        ))}
      </select>
      <label class="late-only">
        <input
          type="checkbox"
          data-testid="filter-late"
          checked={filter.lateOnly === true}
          onChange={(event) => onChange({ ...filter, lateOnly: event.currentTarget.checked })}
        />{' '}
        {t('sla_late_only')}
      </label>
    </fieldset>
  );
}
