import { t } from '@/lib/i18n';
import type { OwnKeyInfo } from '@/lib/messages/protocol';
import { formatFingerprint } from '@/lib/packs/keys';

export interface SigningKeyProps {
  senior: boolean;
  ownKey: OwnKeyInfo | null;
  busy: boolean;
  copied: boolean;
  /** i18n text of the last export, shown until the next action. */
  exported: string | null;
  onCopy: () => void;
  onExport: () => void;
}

/** The senior's side: the key packs are signed with, and the export. */
export function SigningKey({
  senior,
  ownKey,
  busy,
  copied,
  exported,
  onCopy,
  onExport,
}: SigningKeyProps) {
  return (
    <section aria-labelledby="packs-own-title">
      <h2 id="packs-own-title">{t('packs_own_title')}</h2>
      {!senior && <p class="muted">{t('packs_not_senior')}</p>}
      {ownKey && (
        <>
          <p class="muted">{t('packs_own_help')}</p>
          <p>
            <strong data-testid="own-fingerprint" class="fingerprint">
              {t('packs_fingerprint', formatFingerprint(ownKey.fingerprint))}
            </strong>{' '}
            <span class="muted">({ownKey.label})</span>
          </p>
          <label class="packs-block">
            {t('packs_own_key_label')}
            <textarea
              readOnly
              rows={3}
              data-testid="own-key-text"
              value={ownKey.keyText}
              onFocus={(event) => event.currentTarget.select()}
            />
          </label>
          <p>
            <button type="button" data-testid="copy-own-key" onClick={onCopy}>
              {t('packs_copy_key')}
            </button>{' '}
            {copied && (
              <span role="status" class="ok-text">
                {t('packs_copied')}
              </span>
            )}
          </p>
        </>
      )}
      {senior && (
        <>
          <p class="muted">{t('packs_export_help')}</p>
          <p>
            <button type="button" data-testid="export-pack" disabled={busy} onClick={onExport}>
              {t('packs_export')}
            </button>
          </p>
          {exported && (
            <p class="notice ok" role="status" data-testid="pack-exported">
              {exported}
            </p>
          )}
        </>
      )}
    </section>
  );
}
