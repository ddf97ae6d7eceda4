import './incidents.css';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { crisisReportFiles } from '@/lib/incidents/export';
import { DEFAULT_INCIDENT_FILTER, filterIncidents } from '@/lib/incidents/filter';
import type { Period } from '@/lib/incidents/report-data';
import { send } from '@/lib/messages/client';
import type { Incident } from '@/lib/store/schema';
import { onBroadcast } from '@/lib/ui/boot';
import { downloadText } from '@/lib/ui/download';
import { IncidentDetailPanel } from './IncidentDetailPanel';
import { IncidentList } from './IncidentList';
import { PeriodReport } from './PeriodReport';

export interface IncidentsScreenProps {
  locale: string;
  /** The side panel's tab: holding statements insert into its reply box. */
  tabId?: number;
  /** The incident to show first (the options page's `#incidents/<id>`). */
  openId?: string | null;
  /** Tells the host which incident is open, to keep it in the address. */
  onOpenChange?: (id: string | null) => void;
  /** The narrow side panel layout. */
  compact?: boolean;
}

/** The incidents of the workspace, live, and the one the CM works on. */
export function IncidentsScreen({
  locale,
  tabId,
  openId = null,
  onOpenChange,
  compact = false,
}: IncidentsScreenProps) {
  const [incidents, setIncidents] = useState<Incident[]>([]);
  const [filter, setFilter] = useState(DEFAULT_INCIDENT_FILTER);
  const [open, setOpen] = useState<string | null>(openId);

  useEffect(() => setOpen(openId), [openId]);

  const load = useCallback(async () => setIncidents(await send('incidents.list', null)), []);
  useEffect(() => {
    void load();
    return onBroadcast((message) => {
      if (message.event === 'incidents.changed' || message.event === 'config.changed') {
        void load();
      }
    });
  }, [load]);

  const shown = useMemo(() => filterIncidents(incidents, filter), [incidents, filter]);
  const choose = (id: string | null) => {
    setOpen(id);
    onOpenChange?.(id);
  };

  const exportPeriod = async (period: Period, format: 'html' | 'json') => {
    const data = await send('incidents.report', period);
    const files = crisisReportFiles(data, { t, locale, generatedAt: Date.now() });
    const name = `${files.baseName}.${format}`;
    if (format === 'html') downloadText(files.html, name, 'text/html');
    else downloadText(files.json, name, 'application/json');
    return name;
  };

  return (
    <div class={compact ? 'incidents-screen compact' : 'incidents-screen'} data-testid="incidents">
      {open ? (
        <IncidentDetailPanel
          key={open}
          id={open}
          tabId={tabId}
          locale={locale}
          onBack={() => choose(null)}
        />
      ) : (
        <>
          <IncidentList
            incidents={shown}
            total={incidents.length}
            filter={filter}
            onFilter={setFilter}
            onOpen={(incident) => choose(incident.id)}
            locale={locale}
          />
          <PeriodReport now={Date.now()} onExport={exportPeriod} />
        </>
      )}
    </div>
  );
}
