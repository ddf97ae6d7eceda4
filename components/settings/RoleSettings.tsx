import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/store/schema';

export interface RoleSettingsProps {
  settings: Settings;
  busy: boolean;
  /** Resolves to an i18n key of the refusal, or null when the role changed. */
  onSwitch: (role: Settings['role'], passphrase?: string) => Promise<string | null>;
  onAgentName: (name: string) => void;
  onSenior: (patch: { editThreshold?: number; duplicateWindowDays?: number }) => void;
}

/**
 * Who is at the keyboard: a junior inserts approved replies; a senior writes,
 * approves and retires them. The senior role is guarded by a passphrase
 * (workflow protection on one machine, not security against its owner).
 */
export function RoleSettings({
  settings,
  busy,
  onSwitch,
  onAgentName,
  onSenior,
}: RoleSettingsProps) {
  const [passphrase, setPassphrase] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const firstUse = !settings.seniorPassphrase;
  const senior = settings.role === 'senior';

  const submit = async (event: Event) => {
    event.preventDefault();
    setRefusal(await onSwitch('senior', passphrase));
    setPassphrase('');
  };

  return (
    <section aria-labelledby="role-title">
      <h2 id="role-title">{t('role_title')}</h2>
      <p data-testid="role-current">
        {t('role_current', t(`role_${settings.role}`))} —{' '}
        <span class="muted">{t(`role_${settings.role}_help`)}</span>
      </p>
      <label>
        {t('role_agent_name')}{' '}
        <input
          type="text"
          data-testid="agent-name"
          value={settings.agentName}
          maxLength={120}
          onChange={(event) => onAgentName(event.currentTarget.value.trim())}
        />
      </label>
      {senior ? (
        <>
          <p>
            <button
              type="button"
              data-testid="role-junior"
              disabled={busy}
              onClick={() => void onSwitch('junior')}
            >
              {t('role_switch_junior')}
            </button>
          </p>
          <fieldset>
            <legend>{t('role_senior_settings')}</legend>
            <label>
              {t('role_edit_threshold')}{' '}
              <input
                type="number"
                min={0}
                max={100}
                step={5}
                data-testid="edit-threshold"
                value={Math.round(settings.editThreshold * 100)}
                onChange={(event) =>
                  onSenior({ editThreshold: Number(event.currentTarget.value) / 100 })
                }
              />{' '}
              %
            </label>
            <br />
            <label>
              {t('role_duplicate_window')}{' '}
              <input
                type="number"
                min={0}
                max={365}
                data-testid="duplicate-window"
                value={settings.duplicateWindowDays}
                onChange={(event) =>
                  onSenior({ duplicateWindowDays: Number(event.currentTarget.value) })
                }
              />
            </label>
          </fieldset>
        </>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <label>
            {t(firstUse ? 'role_passphrase_new' : 'role_passphrase')}{' '}
            <input
              type="password"
              autocomplete={firstUse ? 'new-password' : 'current-password'}
              data-testid="senior-passphrase"
              value={passphrase}
              onInput={(event) => setPassphrase(event.currentTarget.value)}
            />
          </label>{' '}
          <button
            type="submit"
            data-testid="role-senior"
            disabled={busy || passphrase.length === 0}
          >
            {t('role_switch_senior')}
          </button>
          {refusal && (
            <p class="notice error" role="alert" data-testid="role-refusal">
              {t(refusal)}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
