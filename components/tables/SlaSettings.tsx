import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { NETWORKS, type Network } from '@/lib/sites/types';
import { DEFAULT_SLA_MINUTES, type Settings } from '@/lib/store/schema';
import { networkLabel } from './TableControls';

export interface SlaSettingsProps {
  settings: Pick<Settings, 'slaMinutes' | 'slaNotify'>;
  busy: boolean;
  onSave: (patch: Pick<Settings, 'slaMinutes' | 'slaNotify'>) => void;
}

const MAX_MINUTES = 60 * 24 * 30;

/**
 * Response targets per network, in minutes (an empty field: no target, never
 * late), and the "notify me" switch. Saved together, checked before saving.
 */
export function SlaSettings({ settings, busy, onSave }: SlaSettingsProps) {
  const [draft, setDraft] = useState<Record<string, string>>(() =>
    Object.fromEntries(NETWORKS.map((n) => [n, String(settings.slaMinutes[n] ?? '')])),
  );
  const [notify, setNotify] = useState(settings.slaNotify);
  const invalid = NETWORKS.filter((n) => {
    const text = (draft[n] ?? '').trim();
    if (text === '') return false;
    const minutes = Number(text);
    return !Number.isInteger(minutes) || minutes < 1 || minutes > MAX_MINUTES;
  });

  const save = (event: Event) => {
    event.preventDefault();
    if (invalid.length > 0) return;
    const slaMinutes: Partial<Record<Network, number>> = {};
    for (const network of NETWORKS) {
      const text = (draft[network] ?? '').trim();
      if (text !== '') slaMinutes[network] = Number(text);
    }
    onSave({ slaMinutes, slaNotify: notify });
  };

  return (
    <details class="sla-settings" data-testid="sla-settings">
      <summary>{t('sla_settings_title')}</summary>
      <form onSubmit={save}>
        <p class="muted">{t('sla_settings_help')}</p>
        <div class="sla-grid">
          {NETWORKS.map((network) => (
            <label key={network}>
              <span>{networkLabel(network)}</span>
              <input
                type="number"
                min={1}
                max={MAX_MINUTES}
                step={1}
                inputMode="numeric"
                data-testid={`sla-${network}`}
                placeholder={t('sla_no_target')}
                aria-invalid={invalid.includes(network)}
                value={draft[network]}
                onInput={(event) => setDraft({ ...draft, [network]: event.currentTarget.value })}
              />{' '}
              <span class="muted">{t('sla_minutes')}</span>
            </label>
          ))}
        </div>
        {invalid.length > 0 && (
          <p class="error" role="alert">
            {t('sla_invalid', invalid.map(networkLabel).join(', '), MAX_MINUTES)}
          </p>
        )}
        <label>
          <input
            type="checkbox"
            data-testid="sla-notify"
            checked={notify}
            onChange={(event) => setNotify(event.currentTarget.checked)}
          />{' '}
          {t('sla_notify')}
        </label>
        <p>
          <button
            type="submit"
            class="primary"
            disabled={busy || invalid.length > 0}
            data-testid="sla-save"
          >
            {t('sla_save')}
          </button>{' '}
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              setDraft(
                Object.fromEntries(NETWORKS.map((n) => [n, String(DEFAULT_SLA_MINUTES[n] ?? '')])),
              )
            }
          >
            {t('sla_defaults')}
          </button>
        </p>
      </form>
    </details>
  );
}
