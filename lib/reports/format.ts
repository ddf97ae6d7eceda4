/** How report values read on screen (exports keep them raw, see tables.ts). */
import type { Cell, ColumnType, Translate } from './tables';

/** "45 min", "2 h 05", "3.5 d": minutes up to an hour, hours up to two days. */
export function formatMinutes(minutes: number, t: Translate, locale?: string): string {
  if (minutes < 60) return t('reports_duration_min', String(Math.round(minutes)));
  if (minutes < 48 * 60) {
    const whole = Math.round(minutes);
    return t(
      'reports_duration_h',
      String(Math.floor(whole / 60)),
      String(whole % 60).padStart(2, '0'),
    );
  }
  return t(
    'reports_duration_d',
    (minutes / 1440).toLocaleString(locale, { maximumFractionDigits: 1 }),
  );
}

/** A share (0–1) as "12.5 %" (a no-break space before the sign, as both languages write it). */
export function formatShare(share: number | null, locale?: string): string {
  if (share === null) return '–';
  const percent = (share * 100).toLocaleString(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return `${percent}\u00a0%`;
}

export function formatCell(cell: Cell, type: ColumnType, t: Translate, locale?: string): string {
  if (cell === null || cell === '') return '–';
  if (typeof cell === 'string') return cell;
  if (type === 'share') return formatShare(cell, locale);
  if (type === 'minutes') return formatMinutes(cell, t, locale);
  return cell.toLocaleString(locale);
}
