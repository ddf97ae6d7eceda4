/** CSV as Vigie exports it: RFC 4180 through papaparse, safe to open in a spreadsheet. */
import Papa from 'papaparse';

/**
 * Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) get a
 * leading apostrophe: exported posts and titles are written by strangers.
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Rows (the first one the header) as CSV text, strings made safe, CRLF line ends. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return Papa.unparse(
    rows.map((row) => row.map((value) => (typeof value === 'string' ? safeCell(value) : value))),
    { newline: '\r\n' },
  );
}
