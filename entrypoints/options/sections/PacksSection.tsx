import { useCallback, useEffect, useState } from 'preact/hooks';
import { PackImport } from '@/components/packs/PackImport';
import { SigningKey } from '@/components/packs/SigningKey';
import { TrustedKeys } from '@/components/packs/TrustedKeys';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messages/client';
import type { OwnKeyInfo } from '@/lib/messages/protocol';
import type { PackImportResult } from '@/lib/packs/import';
import { formatFingerprint } from '@/lib/packs/keys';
import type { KeyInfo } from '@/lib/packs/keystore';
import { onBroadcast } from '@/lib/ui/boot';
import { downloadJson } from '@/lib/ui/download';
import '@/components/packs/packs.css';
import { useGuarded } from '@/components/ui/useGuarded';
import type { SectionContext } from './types';

/** File names keep to letters, digits and dashes whatever the workspace is called. */
function slug(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'workspace'
  );
}

/** Approved packs: the senior signs and exports, the junior trusts and imports. */
export function PacksSection({ settings, setSettings }: SectionContext) {
  const senior = settings.role === 'senior';
  const [ownKey, setOwnKey] = useState<OwnKeyInfo | null>(null);
  const [trusted, setTrusted] = useState<KeyInfo[]>([]);
  const [result, setResult] = useState<PackImportResult | null>(null);
  const [runs, setRuns] = useState(0);
  const [exported, setExported] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const { busy, setBusy, error, setError, guarded } = useGuarded();

  const reload = useCallback(async () => {
    const [own, keys] = await Promise.all([
      send('packs.ownKey', null),
      send('packs.trusted.list', null),
    ]);
    setOwnKey(own);
    setTrusted(keys);
  }, []);

  useEffect(() => {
    void reload().catch((failure: unknown) => setError(String(failure)));
  }, [reload, setError]);

  useEffect(
    () =>
      onBroadcast((message) => {
        if (message.event === 'config.changed') void reload().catch(() => undefined);
      }),
    [reload],
  );

  const onExport = () =>
    guarded(async () => {
      const pack = await send('packs.export', null);
      const day = pack.issuedAt.slice(0, 10);
      downloadJson(pack, `vigie-pack-${slug(pack.workspace.name)}-${day}.json`);
      setExported(
        t('packs_exported', pack.workspace.name, pack.templates.length, pack.watchlists.length),
      );
      await reload();
    });

  const onCopy = () =>
    void guarded(async () => {
      if (!ownKey) return;
      await navigator.clipboard.writeText(ownKey.keyText);
      setCopied(true);
      setTimeout(() => setCopied(false), 3_000);
    });

  const onAdd = async (text: string, label: string) => {
    setBusy(true);
    try {
      const outcome = await send('packs.trusted.add', { text, label });
      if (outcome.ok) {
        await reload();
        return {
          ok: true,
          message: t(
            'packs_key_added',
            outcome.key.label,
            formatFingerprint(outcome.key.fingerprint),
          ),
        };
      }
      return {
        ok: false,
        message:
          outcome.reason === 'already_trusted'
            ? t('packs_key_refused_already_trusted', outcome.key.label)
            : t(`packs_key_refused_${outcome.reason}`),
      };
    } catch (failure) {
      return { ok: false, message: t('error_generic', String(failure)) };
    } finally {
      setBusy(false);
    }
  };

  const onRemove = (id: string) =>
    void guarded(async () => {
      await send('packs.trusted.remove', { id });
      await reload();
    });

  const onImport = (file: File) =>
    void guarded(async () => {
      setResult(null);
      setResult(await send('packs.import', { text: await file.text() }));
      setRuns((count) => count + 1);
      await reload();
    });

  return (
    <>
      <h2>{t('packs_title')}</h2>
      <p class="muted">{t('packs_intro')}</p>
      {error && (
        <p class="notice error" role="alert">
          {t('error_generic', error)}
        </p>
      )}
      <SigningKey
        senior={senior}
        ownKey={ownKey}
        busy={busy}
        copied={copied}
        exported={exported}
        onCopy={onCopy}
        onExport={() => void onExport()}
      />
      <TrustedKeys keys={trusted} busy={busy} onAdd={onAdd} onRemove={onRemove} />
      <PackImport
        result={result}
        run={runs}
        busy={busy}
        onImport={onImport}
        activeWorkspaceId={settings.activeWorkspaceId}
        onSwitchWorkspace={(id) =>
          void guarded(async () => {
            const outcome = await send('workspace.switch', { id });
            if (outcome.ok) setSettings(outcome.settings);
          })
        }
      />
    </>
  );
}
