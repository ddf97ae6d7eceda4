import { toCsv } from '@/lib/csv';
import { t } from '@/lib/i18n';
import { formatCell } from '@/lib/reports/format';
import { csvRows, type ReportTable as Table } from '@/lib/reports/tables';
import { downloadCsv, downloadJson } from '@/lib/ui/download';

/**
 * A report table with its exports. `filename` has no extension; the JSON
 * carries stable keys and raw values, the CSV the labels and rounded values.
 */
export function ReportTable({
  table,
  filename,
  context,
  highlight,
}: {
  table: Table;
  filename: string;
  context: { from: number; to: number; timeZone: string };
  /** Cells to flag (a median past its target), by row index and column key. */
  highlight?: (row: number, key: string) => boolean;
}) {
  const exportJson = () =>
    downloadJson(
      {
        table: table.id,
        title: table.title,
        from: new Date(context.from).toISOString(),
        to: new Date(context.to).toISOString(),
        timeZone: context.timeZone,
        columns: table.columns,
        rows: table.rows,
      },
      `${filename}.json`,
    );
  return (
    <div data-testid={`table-${table.id}`}>
      <div class="reports-table-head">
        <span class="muted">{t('reports_rows', String(table.rows.length))}</span>
        <div>
          <button
            type="button"
            data-testid={`export-csv-${table.id}`}
            onClick={() => downloadCsv(toCsv(csvRows(table, t)), `${filename}.csv`)}
          >
            {t('reports_export_csv')}
          </button>
          <button type="button" data-testid={`export-json-${table.id}`} onClick={exportJson}>
            {t('reports_export_json')}
          </button>
        </div>
      </div>
      <div class="reports-table-scroll">
        <table>
          <caption class="visually-hidden">{table.title}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column.key} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 ? (
              <tr>
                <td colSpan={table.columns.length} class="muted">
                  {t('reports_empty_table')}
                </td>
              </tr>
            ) : (
              table.rows.map((row, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional (days, ranks).
                <tr key={i}>
                  {table.columns.map((column, c) => {
                    const text = formatCell(row[column.key] ?? null, column.type, t);
                    const flagged = highlight?.(i, column.key) ?? false;
                    return c === 0 ? (
                      <th key={column.key} scope="row">
                        {text}
                      </th>
                    ) : (
                      <td
                        key={column.key}
                        data-col={column.key}
                        class={flagged ? 'over-target' : undefined}
                      >
                        {text}
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
