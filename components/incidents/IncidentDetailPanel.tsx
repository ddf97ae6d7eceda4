import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { crisisReportFiles } from '@/lib/incidents/export';
import type { HoldingStatement } from '@/lib/incidents/holding';
import type { IncidentStatus } from '@/lib/incidents/labels';
import { escalationPacket } from '@/lib/incidents/packet';
import { send } from '@/lib/messages/client';
import type { IncidentDetail } from '@/lib/messages/protocol';
import type { Mention } from '@/lib/store/schema';
import { onBroadcast } from '@/lib/ui/boot';
import { downloadText } from '@/lib/ui/download';
import { HoldingStatements } from './HoldingStatements';
import { IncidentEvidence } from './IncidentEvidence';
import { type IncidentEdit, IncidentFields } from './IncidentFields';
import { IncidentLinks } from './IncidentLinks';
import { SeverityBadge, StatusChip } from './IncidentList';
import { IncidentShare, type PacketFormat } from './IncidentShare';
import { IncidentTimeline } from './IncidentTimeline';
import { IncidentWorkflow } from './IncidentWorkflow';

export interface IncidentDetailPanelProps {
  id: string;
  /** The tab whose reply box takes a holding statement (the side panel's); none in options. */
  tabId?: number;
  locale: string;
  onBack: () => void;
}

/** Writes text to the clipboard; false when the browser refused (no focus, no permission). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** One incident: evidence, workflow, timeline, links, holding statements, packet and report. */
export function IncidentDetailPanel({ id, tabId, locale, onBack }: IncidentDetailPanelProps) {
  const [detail, setDetail] = useState<IncidentDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [holdingOutcome, setHoldingOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  const load = useCallback(async () => {
    try {
      setDetail(await send('incident.get', { id }));
    } catch (failure) {
      setError(t('error_generic', String(failure)));
    }
  }, [id]);

  useEffect(() => {
    void load();
    const off = onBroadcast((message) => {
      if (message.event === 'incidents.changed' || message.event === 'config.changed') {
        void load();
      }
    });
    // Back from the page: new mentions may have been seen meanwhile.
    const onFocus = () => void load();
    window.addEventListener('focus', onFocus);
    return () => {
      off();
      window.removeEventListener('focus', onFocus);
    };
  }, [load]);

  const chosen: HoldingStatement | undefined =
    detail?.holding.find((statement) => statement.templateId === chosenId) ?? detail?.holding[0];
  const packet = useMemo(
    () =>
      detail &&
      escalationPacket(detail.incident, {
        mentions: detail.linked,
        watchlistNames: detail.watchlistNames,
        holdingStatement: chosen && { title: chosen.title, body: chosen.text },
        t,
        locale,
      }),
    [detail, chosen, locale],
  );

  if (error && !detail) return <p class="error">{error}</p>;
  if (!detail || !packet) return <p class="muted">{t('incidents_loading')}</p>;
  const { incident } = detail;

  const guarded = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      await load();
    } catch (failure) {
      setError(t('error_generic', String(failure)));
    } finally {
      setBusy(false);
    }
  };

  const save = (edit: IncidentEdit) => guarded(() => send('incident.update', { id, ...edit }));
  const move = (to: IncidentStatus, comment: string) =>
    guarded(() => send('incident.transition', { id, to, comment }));
  const note = (comment: string) => guarded(() => send('incident.comment', { id, comment }));
  const attach = (mention: Mention) =>
    void guarded(() => send('incident.attach', { id, mentionId: mention.id }));
  const detach = (mention: Mention) =>
    void guarded(() => send('incident.detach', { id, mentionId: mention.id }));

  const insert = async (statement: HoldingStatement) => {
    if (tabId === undefined) return;
    setBusy(true);
    try {
      const { outcome } = await send('reply.insert', {
        tabId,
        text: statement.text,
        templateId: statement.templateId,
        templateVersion: statement.templateVersion,
      });
      setHoldingOutcome({
        ok: outcome.ok || outcome.method === 'clipboard',
        text: outcome.ok ? t('incidents_inserted') : t(outcome.messageKey ?? 'insert_failed'),
      });
    } catch (failure) {
      setHoldingOutcome({ ok: false, text: t('error_generic', String(failure)) });
    } finally {
      setBusy(false);
    }
  };
  const copyHolding = async (statement: HoldingStatement) => {
    const ok = await copyText(statement.text);
    if (ok) {
      await send('reply.copied', {
        text: statement.text,
        templateId: statement.templateId,
        templateVersion: statement.templateVersion,
      });
    }
    setHoldingOutcome({
      ok,
      text: t(ok ? 'incidents_copied' : 'incidents_clipboard_failed'),
    });
  };

  const copyPacket = (format: PacketFormat) =>
    copyText(format === 'text' ? packet.text : packet.markdown);
  const exportReport = async (format: 'html' | 'json') => {
    const data = await send('incidents.report', { id });
    const files = crisisReportFiles(data, { t, locale, generatedAt: Date.now() });
    const name = `${files.baseName}.${format}`;
    if (format === 'html') downloadText(files.html, name, 'text/html');
    else downloadText(files.json, name, 'application/json');
    return name;
  };

  return (
    <article class="incident-detail" data-testid="incident-detail" data-incident-id={incident.id}>
      <button type="button" class="back" data-testid="incident-back" onClick={onBack}>
        ← {t('incidents_back')}
      </button>
      <h2 data-testid="incident-heading">{incident.title}</h2>
      <p class="incident-row-head">
        <SeverityBadge level={incident.severity} />
        <StatusChip status={incident.status} />
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <IncidentEvidence
        incident={incident}
        screenshot={detail.screenshot}
        linked={detail.linked}
        watchlistNames={detail.watchlistNames}
        locale={locale}
      />
      <IncidentWorkflow incident={incident} busy={busy} onMove={move} onNote={note} />
      <IncidentTimeline incident={incident} locale={locale} />
      <HoldingStatements
        statements={detail.holding}
        chosenId={chosen?.templateId ?? null}
        onChoose={setChosenId}
        onInsert={tabId === undefined ? undefined : (s) => void insert(s)}
        onCopy={(s) => void copyHolding(s)}
        busy={busy}
        outcome={holdingOutcome}
      />
      <IncidentLinks
        linked={detail.linked}
        suggestions={detail.suggestions}
        busy={busy}
        onAttach={attach}
        onDetach={detach}
        locale={locale}
      />
      <IncidentShare packet={packet} onCopy={copyPacket} onExport={exportReport} busy={busy} />
      <IncidentFields incident={incident} busy={busy} onSave={save} />
    </article>
  );
}
