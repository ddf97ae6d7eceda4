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

/** Saves CSV text (lib/csv.ts); the byte-order mark makes spreadsheets read it as UTF-8. */
export function downloadCsv(text: string, filename: string): void {
  downloadBlob(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }), filename);
}
