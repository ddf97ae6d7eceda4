import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { EscalationPacket } from '@/lib/incidents/packet';

export type PacketFormat = 'text' | 'markdown';

export interface IncidentShareProps {
  packet: EscalationPacket;
  /** Writes the packet to the clipboard; false when the browser refused. */
  onCopy: (format: PacketFormat) => Promise<boolean>;
  onExport: (format: 'html' | 'json') => Promise<string>;
  busy: boolean;
}

/** What goes to the senior (the packet) and to the archive (the report). */
export function IncidentShare({ packet, onCopy, onExport, busy }: IncidentShareProps) {
  const [copied, setCopied] = useState<{ format: PacketFormat; ok: boolean } | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const copy = async (format: PacketFormat) => setCopied({ format, ok: await onCopy(format) });
  return (
    <section class="incident-share" aria-label={t('incidents_packet')}>
      <h3>{t('incidents_packet')}</h3>
      <p class="actions">
        <button
          type="button"
          class="primary"
          data-testid="packet-copy-text"
          onClick={() => void copy('text')}
        >
          {t('incidents_packet_copy_text')}
        </button>
        <button
          type="button"
          data-testid="packet-copy-markdown"
          onClick={() => void copy('markdown')}
        >
          {t('incidents_packet_copy_markdown')}
        </button>
      </p>
      {copied && (
        <div data-testid="packet-copied" data-format={copied.format}>
          <p class={copied.ok ? 'ok' : 'error'} role="status">
            {t(
              copied.ok
                ? copied.format === 'text'
                  ? 'incidents_packet_copied_text'
                  : 'incidents_packet_copied_markdown'
                : 'incidents_clipboard_failed',
            )}
          </p>
          <pre class="packet-preview" data-testid="packet-preview">
            {copied.format === 'text' ? packet.text : packet.markdown}
          </pre>
        </div>
      )}
      <h3>{t('incident_report_title')}</h3>
      <p class="actions">
        <button
          type="button"
          data-testid="incident-export-html"
          disabled={busy}
          onClick={() => void onExport('html').then(setExported)}
        >
          {t('incidents_export_html')}
        </button>
        <button
          type="button"
          data-testid="incident-export-json"
          disabled={busy}
          onClick={() => void onExport('json').then(setExported)}
        >
          {t('incidents_export_json')}
        </button>
      </p>
      {exported && (
        <p class="ok" role="status" data-testid="incident-exported">
          {t('incidents_export_done', exported)}
        </p>
      )}
    </section>
  );
}
