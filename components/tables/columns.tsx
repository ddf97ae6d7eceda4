/** Columns both tables share: the star, the time, the network, the author. */
import { t } from '@/lib/i18n';
import type { Network } from '@/lib/sites/types';
import { formatWhen, MarkToggle, networkLabel } from './TableControls';
import type { Column } from './VirtualTable';

export function markColumn<T extends { marked?: boolean }>(
  toggle: (row: T, index: number) => void,
): Column<T> {
  return {
    id: 'mark',
    label: t('tables_col_mark'),
    width: '2.2rem',
    render: (row, index) => (
      <MarkToggle marked={row.marked === true} onToggle={() => toggle(row, index)} />
    ),
  };
}

export function whenColumn<T>(labelKey: string, timeOf: (row: T) => number): Column<T> {
  return {
    id: 'when',
    label: t(labelKey),
    width: '8.5rem',
    render: (row) => formatWhen(timeOf(row)),
  };
}

export function networkColumn<T extends { network: Network }>(): Column<T> {
  return {
    id: 'network',
    label: t('tables_col_network'),
    width: '6.5rem',
    render: (row) => networkLabel(row.network),
  };
}

export function authorColumn<T>(authorOf: (row: T) => string | undefined): Column<T> {
  return {
    id: 'author',
    label: t('tables_col_author'),
    width: 'minmax(7rem, 11rem)',
    render: (row) => authorOf(row) ?? '—',
  };
}
