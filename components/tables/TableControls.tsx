import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n';
import { NETWORKS, type Network } from '@/lib/sites/types';

export const networkLabel = (network: Network) => t(`network_${network.replace('-', '_')}`);

/** `yyyy-mm-dd` of a date input → the local day's first (or last) millisecond. */
export function dayBound(value: string, end: boolean): number | undefined {
  if (!value) return undefined;
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month || !day) return undefined;
  return end
    ? new Date(year, month - 1, day, 23, 59, 59, 999).getTime()
    : new Date(year, month - 1, day).getTime();
}

export function formatWhen(time: number): string {
  return new Date(time).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
}

export interface CommonFilters {
  search: string;
  network: '' | Network;
  from: string;
  to: string;
  markedOnly: boolean;
}

export const NO_COMMON_FILTERS: CommonFilters = {
  search: '',
  network: '',
  from: '',
  to: '',
  markedOnly: false,
};

/** Search, network, dates and "marked only" shared by both tables; `children` adds the table's own. */
export function TableControls({
  value,
  onChange,
  children,
  prefix,
}: {
  value: CommonFilters;
  onChange: (value: CommonFilters) => void;
  children?: ComponentChildren;
  prefix: string;
}) {
  return (
    <fieldset class="filters table-filters" aria-label={t('filters_label')}>
      <label class="table-search">
        <span class="sr-only">{t('tables_search')}</span>
        <input
          type="search"
          data-testid={`${prefix}-search`}
          placeholder={t('tables_search_placeholder')}
          aria-label={t('tables_search')}
          value={value.search}
          onInput={(event) => onChange({ ...value, search: event.currentTarget.value })}
        />
      </label>
      <select
        aria-label={t('tables_network')}
        data-testid={`${prefix}-network`}
        value={value.network}
        onChange={(event) =>
          onChange({ ...value, network: event.currentTarget.value as CommonFilters['network'] })
        }
      >
        <option value="">{t('tables_all_networks')}</option>
        {NETWORKS.map((network) => (
          <option key={network} value={network}>
            {networkLabel(network)}
          </option>
        ))}
      </select>
      {children}
      <label>
        {t('tables_from')}{' '}
        <input
          type="date"
          data-testid={`${prefix}-from`}
          value={value.from}
          onChange={(event) => onChange({ ...value, from: event.currentTarget.value })}
        />
      </label>
      <label>
        {t('tables_to')}{' '}
        <input
          type="date"
          data-testid={`${prefix}-to`}
          value={value.to}
          onChange={(event) => onChange({ ...value, to: event.currentTarget.value })}
        />
      </label>
      <label>
        <input
          type="checkbox"
          data-testid={`${prefix}-marked-only`}
          checked={value.markedOnly}
          onChange={(event) => onChange({ ...value, markedOnly: event.currentTarget.checked })}
        />{' '}
        {t('tables_marked_only')}
      </label>
    </fieldset>
  );
}

/** The star of a row: a toggle, reachable with Space on the grid too. */
export function MarkToggle({ marked, onToggle }: { marked: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      class={marked ? 'star on' : 'star'}
      tabIndex={-1}
      aria-pressed={marked}
      aria-label={marked ? t('tables_unmark') : t('tables_mark')}
      title={marked ? t('tables_unmark') : t('tables_mark')}
      data-testid="row-mark"
      onClick={(event) => {
        event.stopPropagation();
        onToggle();
      }}
    >
      {marked ? '★' : '☆'}
    </button>
  );
}

/** "1,234 of 100,000" and the export of the selection. */
export function TableSummary({
  shown,
  ready,
  busy,
  onExport,
  prefix,
  hint,
}: {
  shown: number;
  ready: boolean;
  busy: boolean;
  onExport: () => void;
  prefix: string;
  hint: string;
}) {
  return (
    <div class="table-summary">
      <p class="muted" data-testid={`${prefix}-count`} aria-live="polite">
        {ready ? t('tables_count', shown.toLocaleString()) : t('tables_loading')}
      </p>
      <p class="muted table-hint">{hint}</p>
      <button
        type="button"
        data-testid={`${prefix}-export`}
        disabled={busy || !ready || shown === 0}
        onClick={onExport}
      >
        {t('tables_export_csv')}
      </button>
    </div>
  );
}
