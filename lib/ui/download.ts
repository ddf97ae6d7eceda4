import Papa from 'papaparse';

function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves `text` as a file (a report, an export) through the browser's downloads. */
export function downloadText(text: string, filename: string, type: string): void {
  downloadBlob(new Blob([text], { type }), filename);
}

/** Saves `data` as a pretty-printed JSON file through the browser's downloads. */
export function downloadJson(data: unknown, filename: string): void {
  downloadBlob(
    new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }),
    filename,
  );
}

/**
 * Saves rows (the first one the header) as RFC 4180 CSV. The byte-order mark
 * makes spreadsheet software read it as UTF-8 (accents, emoji in titles).
 */
export function downloadCsv(
  rows: readonly (readonly (string | number)[])[],
  filename: string,
): void {
  const text = Papa.unparse(rows as (string | number)[][], { newline: '\r\n' });
  downloadBlob(new Blob(['\uFEFF', text, '\r\n'], { type: 'text/csv;charset=utf-8' }), filename);
}
