import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { formatFingerprint } from '@/lib/packs/keys';
import type { KeyInfo } from '@/lib/packs/keystore';

export interface TrustedKeysProps {
  keys: KeyInfo[];
  busy: boolean;
  /** Resolves to the text to show: a confirmation or a refusal. */
  onAdd: (text: string, label: string) => Promise<{ ok: boolean; message: string }>;
  onRemove: (id: string) => void;
}

const day = (time: number) => new Date(time).toLocaleDateString();

/** The junior's side: the senior keys whose packs are accepted. */
export function TrustedKeys({ keys, busy, onAdd, onRemove }: TrustedKeysProps) {
  const [text, setText] = useState('');
  const [label, setLabel] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = await onAdd(text, label);
    setOutcome(result);
    if (result.ok) {
      setText('');
      setLabel('');
    }
  };

  return (
    <section aria-labelledby="packs-trusted-title">
      <h2 id="packs-trusted-title">{t('packs_trusted_title')}</h2>
      <p class="muted">{t('packs_trusted_help')}</p>
      {keys.length === 0 ? (
        <p data-testid="trusted-none">{t('packs_trusted_none')}</p>
      ) : (
        <ul class="packs-keys" data-testid="trusted-keys">
          {keys.map((key) => (
            <li key={key.id} data-testid="trusted-key" data-fingerprint={key.fingerprint}>
              <strong>{key.label}</strong>{' '}
              <code class="fingerprint">{formatFingerprint(key.fingerprint)}</code>{' '}
              <span class="muted">{t('packs_trusted_added_on', day(key.createdAt))}</span>{' '}
              {confirming === key.id ? (
                <span>
                  {t('packs_remove_confirm', key.label)}{' '}
                  <button
                    type="button"
                    class="danger"
                    data-testid="remove-key-yes"
                    onClick={() => {
                      setConfirming(null);
                      onRemove(key.id);
                    }}
                  >
                    {t('packs_remove_yes')}
                  </button>{' '}
                  <button type="button" onClick={() => setConfirming(null)}>
                    {t('packs_remove_no')}
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  data-testid="remove-key"
                  disabled={busy}
                  onClick={() => setConfirming(key.id)}
                >
                  {t('packs_remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form class="packs-add" onSubmit={(event) => void submit(event)}>
        <label class="packs-block">
          {t('packs_add_key_text')}
          <textarea
            rows={2}
            data-testid="trusted-key-text"
            value={text}
            spellcheck={false}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        </label>
        <label>
          {t('packs_add_key_label')}{' '}
          <input
            type="text"
            maxLength={120}
            data-testid="trusted-key-label"
            value={label}
            onInput={(event) => setLabel(event.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit" data-testid="add-trusted-key" disabled={busy || text.trim() === ''}>
          {t('packs_add_key')}
        </button>
      </form>
      {outcome && (
        <p
          class={`notice ${outcome.ok ? 'ok' : 'error'}`}
          role={outcome.ok ? 'status' : 'alert'}
          data-testid="trusted-key-outcome"
        >
          {outcome.message}
        </p>
      )}
    </section>
  );
}
