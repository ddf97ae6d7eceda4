import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { dayOf, periodOfDays } from '@/lib/incidents/filter';
import type { Period } from '@/lib/incidents/report-data';

export interface PeriodReportProps {
  now: number;
  /** Returns the downloaded file's name. */
  onExport: (period: Period, format: 'html' | 'json') => Promise<string>;
}

const DAY = 86_400_000;

/** The crisis report over a date range: every incident of the workspace created within it. */
export function PeriodReport({ now, onExport }: PeriodReportProps) {
  const [from, setFrom] = useState(() => dayOf(now - 29 * DAY));
  const [to, setTo] = useState(() => dayOf(now));
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const period = periodOfDays(from, to);
  const run = async (format: 'html' | 'json') => {
    if (!period) return;
    setBusy(true);
    try {
      setDone(await onExport(period, format));
    } finally {
      setBusy(false);
    }
  };
  return (
    <details class="period-report" data-testid="period-report">
      <summary>{t('incidents_period')}</summary>
      <div class="row">
        <label class="stacked">
          {t('incidents_period_from')}
          <input
            type="date"
            data-testid="period-from"
            value={from}
            onInput={(event) => setFrom(event.currentTarget.value)}
          />
        </label>
        <label class="stacked">
          {t('incidents_period_to')}
          <input
            type="date"
            data-testid="period-to"
            value={to}
            onInput={(event) => setTo(event.currentTarget.value)}
          />
        </label>
      </div>
      {!period && <p class="error">{t('incidents_period_invalid')}</p>}
      <p class="actions">
        <button
          type="button"
          data-testid="period-export-html"
          disabled={!period || busy}
          onClick={() => void run('html')}
        >
          {t('incidents_export_html')}
        </button>
        <button
          type="button"
          data-testid="period-export-json"
          disabled={!period || busy}
          onClick={() => void run('json')}
        >
          {t('incidents_export_json')}
        </button>
      </p>
      {done && (
        <p class="ok" role="status" data-testid="period-exported">
          {t('incidents_export_done', done)}
        </p>
      )}
    </details>
  );
}
