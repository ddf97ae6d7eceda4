import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { useGuarded } from '@/components/ui/useGuarded';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messages/client';
import type { Interaction } from '@/lib/store/schema';
import { interactionsCsv } from '@/lib/tables/csv';
import { onBroadcast } from '@/lib/ui/boot';
import { downloadCsv } from '@/lib/ui/download';
import { authorColumn, markColumn, networkColumn, whenColumn } from './columns';
import {
  type CommonFilters,
  dayBound,
  NO_COMMON_FILTERS,
  TableControls,
  TableSummary,
} from './TableControls';
import { useDebounced, usePagedRows } from './usePagedRows';
import { type Column, VirtualTable } from './VirtualTable';

export const INTERACTION_STATUSES = [
  'inserted',
  'sent',
  'marked-replied',
  'marked-ignored',
] as const;
interface Filters extends CommonFilters {
  status: '' | Interaction['status'];
}

const EXPORT_PAGE = 5_000;
const statusLabel = (status: Interaction['status']) =>
  t(`interaction_status_${status.replace('-', '_')}`);

/** The interaction log: every reply inserted, sent or marked, searchable, starrable, exportable. */
export function InteractionsSection() {
  const [filters, setFilters] = useState<Filters>({ ...NO_COMMON_FILTERS, status: '' });
  const { busy, error, guarded } = useGuarded();
  const search = useDebounced(filters.search, 200);

  const query = useMemo(
    () => ({
      filters: {
        network: filters.network || undefined,
        status: filters.status || undefined,
        from: dayBound(filters.from, false),
        to: dayBound(filters.to, true),
        markedOnly: filters.markedOnly || undefined,
      },
      search,
      sort: 'desc' as const,
    }),
    [filters, search],
  );
  const key = JSON.stringify(query);
  const fetchPage = useCallback(
    (offset: number, limit: number) => send('interactions.query', { ...query, offset, limit }),
    [query],
  );
  const paged = usePagedRows<Interaction>(key, fetchPage);
  const { refresh } = paged;

  useEffect(
    () =>
      onBroadcast((message) => {
        // A new interaction, or another workspace: the same selection, read again.
        if (message.event === 'interactions.changed' || message.event === 'config.changed') {
          refresh();
        }
      }),
    [refresh],
  );

  const toggleMark = (row: Interaction, index: number) => {
    const marked = !row.marked;
    paged.patch(index, (current) => ({ ...current, marked }));
    void guarded(async () => {
      await send('interactions.mark', { ids: [row.id], marked });
      if (filters.markedOnly) refresh();
    });
  };

  const onExport = () =>
    void guarded(async () => {
      const rows: Interaction[] = [];
      for (let offset = 0; offset < paged.total; offset += EXPORT_PAGE) {
        const page = await send('interactions.query', { ...query, offset, limit: EXPORT_PAGE });
        rows.push(...page.rows);
        if (page.rows.length < EXPORT_PAGE) break;
      }
      downloadCsv(
        interactionsCsv(rows),
        `vigie-interactions-${new Date().toISOString().slice(0, 10)}.csv`,
      );
    });

  const columns: Column<Interaction>[] = [
    markColumn(toggleMark),
    whenColumn('tables_col_created', (row) => row.createdAt),
    networkColumn(),
    authorColumn((row) => row.author ?? row.authorHandle),
    {
      id: 'text',
      label: t('tables_col_reply'),
      width: 'minmax(12rem, 1fr)',
      render: (row) => {
        const text = row.finalText ?? row.text;
        return <span title={text}>{text || t('tables_no_text')}</span>;
      },
    },
    {
      id: 'status',
      label: t('tables_col_status'),
      width: '8rem',
      render: (row) => (
        <>
          <span data-testid="row-status">{statusLabel(row.status)}</span>
          {row.editedBeyondApproved && (
            <span class="tag risk" title={t('tables_edited_help')}>
              {t('tables_edited')}
            </span>
          )}
        </>
      ),
    },
    {
      id: 'template',
      label: t('tables_col_template'),
      width: 'minmax(6rem, 9rem)',
      render: (row) => (row.templateId ? `${row.templateId} v${row.templateVersion ?? '?'}` : '—'),
    },
    { id: 'agent', label: t('tables_col_agent'), width: '6rem', render: (row) => row.agent ?? '' },
  ];

  return (
    <section aria-labelledby="interactions-title" class="table-section">
      <h2 id="interactions-title">{t('tables_interactions_title')}</h2>
      <TableControls
        prefix="interactions"
        value={filters}
        onChange={(next) => setFilters({ ...filters, ...next })}
      >
        <select
          aria-label={t('filters_status')}
          data-testid="interactions-status"
          value={filters.status}
          onChange={(event) =>
            setFilters({ ...filters, status: event.currentTarget.value as Filters['status'] })
          }
        >
          <option value="">{t('filters_all_statuses')}</option>
          {INTERACTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
      </TableControls>
      <TableSummary
        prefix="interactions"
        shown={paged.total}
        ready={paged.ready}
        busy={busy}
        onExport={onExport}
        hint={t('tables_interactions_keys')}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <VirtualTable
        label={t('tables_interactions_title')}
        testId="interactions-table"
        columns={columns}
        total={paged.total}
        rowAt={paged.rowAt}
        rowKey={(row) => row.id}
        onRange={paged.ensure}
        resetKey={key}
        onToggleMark={toggleMark}
        onOpen={(row) => {
          const link = row.threadUrl ?? row.url;
          if (link) window.open(link, '_blank', 'noopener');
        }}
      />
    </section>
  );
}
