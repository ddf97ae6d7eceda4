import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { SlaBadge } from '@/components/mentions/SlaBadge';
import { useGuarded } from '@/components/ui/useGuarded';
import type { SectionContext } from '@/entrypoints/options/sections/types';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messages/client';
import { MENTION_STATUSES, RISK_LEVELS } from '@/lib/store/constants';
import type { Mention, Watchlist } from '@/lib/store/schema';
import { mentionsCsv } from '@/lib/tables/csv';
import type { RiskFilter } from '@/lib/tables/types';
import { onBroadcast } from '@/lib/ui/boot';
import { downloadCsv } from '@/lib/ui/download';
import { authorColumn, markColumn, networkColumn, whenColumn } from './columns';
import { SlaSettings } from './SlaSettings';
import {
  type CommonFilters,
  dayBound,
  NO_COMMON_FILTERS,
  TableControls,
  TableSummary,
} from './TableControls';
import { useDebounced, usePagedRows } from './usePagedRows';
import { type Column, VirtualTable } from './VirtualTable';

type Row = Mention & { answered: boolean };
interface Filters extends CommonFilters {
  status: '' | Mention['status'];
  risk: '' | RiskFilter;
  watchlistId: string;
  lateOnly: boolean;
}

const EXPORT_PAGE = 5_000;

/** `#mentions/late` opens the table on late mentions (the SLA notification's link). */
const lateFromHash = () => location.hash.split('/')[1] === 'late';

/**
 * Every mention of the workspace in one table: filters, search, stars,
 * replied / ignored from the row, SLA state, CSV export; the SLA targets.
 */
export function MentionsSection({ settings, setSettings }: SectionContext) {
  const [filters, setFilters] = useState<Filters>(() => ({
    ...NO_COMMON_FILTERS,
    status: '',
    risk: '',
    watchlistId: '',
    lateOnly: lateFromHash(),
  }));
  const [watchlists, setWatchlists] = useState<Watchlist[]>([]);
  const { busy, error, guarded } = useGuarded();
  const [now, setNow] = useState(Date.now);
  const search = useDebounced(filters.search, 200);

  const query = useMemo(
    () => ({
      filters: {
        network: filters.network || undefined,
        status: filters.status || undefined,
        risk: filters.risk || undefined,
        watchlistId: filters.watchlistId || undefined,
        from: dayBound(filters.from, false),
        to: dayBound(filters.to, true),
        markedOnly: filters.markedOnly || undefined,
        lateOnly: filters.lateOnly || undefined,
      },
      search,
      sort: 'desc' as const,
    }),
    [filters, search],
  );
  const key = JSON.stringify(query);
  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      const page = await send('mentions.query', { ...query, offset, limit });
      const answered = new Set(page.answeredIds);
      return {
        total: page.total,
        rows: page.rows.map((m) => ({ ...m, answered: answered.has(m.id) })),
      };
    },
    [query],
  );
  const paged = usePagedRows<Row>(key, fetchPage);
  const { refresh } = paged;

  useEffect(() => {
    void send('watchlists.list', null).then(setWatchlists);
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    const off = onBroadcast((message) => {
      if (message.event === 'interactions.changed') refresh();
      // Another workspace, other watchlists or targets: the same selection, read again.
      if (message.event === 'config.changed') {
        void send('watchlists.list', null).then(setWatchlists);
        refresh();
      }
    });
    return () => {
      clearInterval(timer);
      off();
    };
  }, [refresh]);

  const toggleMark = (row: Row, index: number) => {
    const marked = !row.marked;
    paged.patch(index, (current) => ({ ...current, marked }));
    void guarded(async () => {
      await send('mentions.mark', { ids: [row.id], marked });
      if (filters.markedOnly) refresh();
    });
  };

  const setStatus = (row: Row, index: number, status: 'replied' | 'ignored') => {
    paged.patch(index, (current) => ({ ...current, status }));
    void guarded(async () => {
      await send('mentions.setStatus', { id: row.id, status });
      refresh();
    });
  };

  const onExport = () =>
    void guarded(async () => {
      const rows: Mention[] = [];
      const answered = new Set<string>();
      for (let offset = 0; offset < paged.total; offset += EXPORT_PAGE) {
        const page = await send('mentions.query', { ...query, offset, limit: EXPORT_PAGE });
        rows.push(...page.rows);
        for (const id of page.answeredIds) answered.add(id);
        if (page.rows.length < EXPORT_PAGE) break;
      }
      downloadCsv(
        mentionsCsv(rows, answered),
        `vigie-mentions-${new Date().toISOString().slice(0, 10)}.csv`,
      );
    });

  const columns: Column<Row>[] = [
    markColumn(toggleMark),
    whenColumn('tables_col_seen', (row) => row.firstSeenAt),
    networkColumn(),
    authorColumn((row) => row.author.name ?? row.author.handle),
    {
      id: 'text',
      label: t('tables_col_text'),
      width: 'minmax(12rem, 1fr)',
      render: (row) => <span title={row.text}>{row.text}</span>,
    },
    {
      id: 'risk',
      label: t('tables_col_risk'),
      width: '5.5rem',
      render: (row) =>
        row.risk.level === 'none' ? (
          ''
        ) : (
          <span class="tag risk">{t(`risk_level_${row.risk.level}`)}</span>
        ),
    },
    {
      id: 'status',
      label: t('tables_col_status'),
      width: 'minmax(8rem, 12rem)',
      render: (row) => (
        <>
          <span data-testid="row-status">{t(`mention_status_${row.status}`)}</span>{' '}
          <SlaBadge mention={row} targets={settings.slaMinutes} now={now} answered={row.answered} />
        </>
      ),
    },
    {
      id: 'actions',
      label: t('tables_col_actions'),
      width: '8.5rem',
      render: (row, index) =>
        row.status === 'new' || row.status === 'seen' ? (
          <span class="row-actions">
            <button
              type="button"
              tabIndex={-1}
              title={t('tables_key_replied')}
              onClick={() => setStatus(row, index, 'replied')}
            >
              {t('tables_replied')}
            </button>
            <button
              type="button"
              tabIndex={-1}
              title={t('tables_key_ignored')}
              onClick={() => setStatus(row, index, 'ignored')}
            >
              {t('tables_ignored')}
            </button>
          </span>
        ) : null,
    },
  ];

  return (
    <section aria-labelledby="mentions-title" class="table-section">
      <h2 id="mentions-title">{t('tables_mentions_title')}</h2>
      <SlaSettings
        key={JSON.stringify(settings.slaMinutes) + settings.slaNotify}
        settings={settings}
        busy={busy}
        onSave={(patch) =>
          void guarded(async () => {
            setSettings(await send('settings.update', patch));
            await send('sla.check', null);
            refresh();
          })
        }
      />
      <TableControls
        prefix="mentions"
        value={filters}
        onChange={(next) => setFilters({ ...filters, ...next })}
      >
        <select
          aria-label={t('filters_status')}
          data-testid="mentions-status"
          value={filters.status}
          onChange={(event) =>
            setFilters({ ...filters, status: event.currentTarget.value as Filters['status'] })
          }
        >
          <option value="">{t('filters_all_statuses')}</option>
          {MENTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`mention_status_${status}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('filters_risk')}
          data-testid="mentions-risk"
          value={filters.risk}
          onChange={(event) =>
            setFilters({ ...filters, risk: event.currentTarget.value as Filters['risk'] })
          }
        >
          <option value="">{t('filters_all_risks')}</option>
          <option value="risky">{t('filters_risky')}</option>
          {RISK_LEVELS.filter((level) => level !== 'none').map((level) => (
            <option key={level} value={level}>
              {t(`risk_level_${level}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('filters_watchlist')}
          data-testid="mentions-watchlist"
          value={filters.watchlistId}
          onChange={(event) => setFilters({ ...filters, watchlistId: event.currentTarget.value })}
        >
          <option value="">{t('filters_all_watchlists')}</option>
          {watchlists.map((watchlist) => (
            <option key={watchlist.id} value={watchlist.id}>
              {watchlist.name}
            </option>
          ))}
        </select>
        <label>
          <input
            type="checkbox"
            data-testid="mentions-late-only"
            checked={filters.lateOnly}
            onChange={(event) => setFilters({ ...filters, lateOnly: event.currentTarget.checked })}
          />{' '}
          {t('sla_late_only')}
        </label>
      </TableControls>
      <TableSummary
        prefix="mentions"
        shown={paged.total}
        ready={paged.ready}
        busy={busy}
        onExport={onExport}
        hint={t('tables_mentions_keys')}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <VirtualTable
        label={t('tables_mentions_title')}
        testId="mentions-table"
        columns={columns}
        total={paged.total}
        rowAt={paged.rowAt}
        rowKey={(row) => row.id}
        onRange={paged.ensure}
        resetKey={key}
        onToggleMark={toggleMark}
        onOpen={(row) => {
          const link = row.permalink ?? row.url;
          if (link) window.open(link, '_blank', 'noopener');
        }}
        onKey={(key, row, index) => {
          if (row.status !== 'new' && row.status !== 'seen') return false;
          if (key === 'r') setStatus(row, index, 'replied');
          else if (key === 'i') setStatus(row, index, 'ignored');
          else return false;
          return true;
        }}
      />
    </section>
  );
}
