import { t } from '@/lib/i18n';
import type { SiteStatus } from '@/lib/messages/protocol';

export interface SiteSwitchProps {
  status: SiteStatus | null;
  busy: boolean;
  onDedicated: (enabled: boolean) => void;
  onListenNow: () => void;
  onAlways: (enabled: boolean) => void;
}

/** Vigie on this site: on/off for the sites it knows, "turn on" for any other page. */
export function SiteSwitch({ status, busy, onDedicated, onListenNow, onAlways }: SiteSwitchProps) {
  if (!status) return null;
  if (status.mode === 'unsupported') {
    return <p class="muted">{t('site_unsupported')}</p>;
  }
  if (status.mode === 'dedicated') {
    return (
      <label class="switch">
        <input
          type="checkbox"
          data-testid="site-switch"
          checked={status.enabled}
          disabled={busy}
          onChange={(event) => onDedicated(event.currentTarget.checked)}
        />{' '}
        {t('site_listen_dedicated', t(`site_name_${(status.siteId ?? '').replace('-', '_')}`))}
      </label>
    );
  }
  return (
    <div class="on-demand">
      <p class="muted">{t('site_on_demand_help', status.origin ?? '')}</p>
      {!status.enabled && (
        <button type="button" data-testid="listen-now" disabled={busy} onClick={onListenNow}>
          {t('site_listen_now')}
        </button>
      )}{' '}
      <label class="switch">
        <input
          type="checkbox"
          data-testid="site-always"
          checked={status.always}
          disabled={busy}
          onChange={(event) => onAlways(event.currentTarget.checked)}
        />{' '}
        {t('site_listen_always', status.origin ?? '')}
      </label>
    </div>
  );
}
