import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { networkKey } from '@/lib/incidents/labels';
import { NETWORKS, type Network } from '@/lib/sites/types';

type Targets = Partial<Record<Network, number>>;

/** Response targets per network, in minutes (what the report compares replies with). */
export function TargetsForm({
  targets,
  onSave,
}: {
  targets: Targets;
  onSave: (targets: Targets) => Promise<string | null>;
}) {
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    setDraft(Object.fromEntries(NETWORKS.map((n) => [n, String(targets[n] ?? '')])));
  }, [targets]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const next: Targets = {};
    for (const network of NETWORKS) {
      const text = (draft[network] ?? '').trim();
      if (text === '') continue;
      const minutes = Number(text);
      if (!Number.isInteger(minutes) || minutes < 1 || minutes > 43_200) {
        setMessage({ ok: false, text: t('reports_target_invalid', t(networkKey(network))) });
        return;
      }
      next[network] = minutes;
    }
    const error = await onSave(next);
    setMessage(error ? { ok: false, text: error } : { ok: true, text: t('reports_targets_saved') });
  };

  return (
    <details>
      <summary>{t('reports_targets')}</summary>
      <form onSubmit={submit} data-testid="targets-form">
        <p class="muted">{t('reports_targets_help')}</p>
        <div class="reports-targets">
          {NETWORKS.map((network) => (
            <label key={network}>
              {t(networkKey(network))}
              <input
                type="number"
                min={1}
                max={43_200}
                step={1}
                inputMode="numeric"
                data-testid={`target-${network}`}
                value={draft[network] ?? ''}
                aria-describedby="reports-target-unit"
                onInput={(event) => setDraft({ ...draft, [network]: event.currentTarget.value })}
              />
            </label>
          ))}
        </div>
        <p id="reports-target-unit" class="muted">
          {t('reports_targets_unit')}
        </p>
        <button type="submit" class="primary">
          {t('reports_targets_save')}
        </button>
        {message && (
          <p class={`notice ${message.ok ? 'ok' : 'error'}`} role="status">
            {message.text}
          </p>
        )}
      </form>
    </details>
  );
}
