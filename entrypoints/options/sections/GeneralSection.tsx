import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ImportExport } from '@/components/bundle/ImportExport';
import { TemplateList } from '@/components/library/TemplateList';
import { WatchlistList } from '@/components/library/WatchlistList';
import { RoleSettings } from '@/components/settings/RoleSettings';
import { ShortcutField } from '@/components/settings/ShortcutField';
import { LanguagePicker } from '@/components/ui/LanguagePicker';
import { useGuarded } from '@/components/ui/useGuarded';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messages/client';
import type { ImportResult } from '@/lib/messages/protocol';
import type { Settings, Template, Watchlist } from '@/lib/store/schema';
import { onBroadcast } from '@/lib/ui/boot';
import { downloadJson } from '@/lib/ui/download';
import type { SectionContext } from './types';

/** Who works, in which language, with which shortcut; the workspace's bundle. */
export function GeneralSection({ settings, setSettings }: SectionContext) {
  const [watchlists, setWatchlists] = useState<Watchlist[]>([]);
  const [templates, setTemplates] = useState<Template[]>([]);
  const [result, setResult] = useState<ImportResult | null>(null);
  const { busy, error, guarded } = useGuarded();

  const reload = useCallback(async () => {
    const [w, tpl] = await Promise.all([
      send('watchlists.list', null),
      send('templates.list', null),
    ]);
    setWatchlists(w);
    setTemplates(tpl);
  }, []);

  useEffect(() => {
    void reload();
    return onBroadcast((message) => {
      if (message.event === 'config.changed') void reload();
    });
  }, [reload]);

  const onImport = (file: File) =>
    guarded(async () => {
      setResult(null);
      const outcome = await send('bundle.import', { text: await file.text() });
      setResult(outcome);
      if (outcome.ok) await reload();
    });

  const onExport = () =>
    guarded(async () => {
      const bundle = await send('bundle.export', null);
      const day = new Date().toISOString().slice(0, 10);
      downloadJson(bundle, `vigie-bundle-${day}.json`);
    });

  const onRole = async (role: Settings['role'], passphrase?: string): Promise<string | null> => {
    const outcome = await send('role.switch', { role, passphrase });
    if (!outcome.ok) return `role_refused_${outcome.reason}`;
    setSettings(outcome.settings);
    return null;
  };

  const onLocale = (locale: Settings['locale']) =>
    guarded(async () => {
      setSettings(await send('settings.update', { locale }));
      // Every string on the page changes: start again in the new language.
      location.reload();
    });

  return (
    <>
      <LanguagePicker value={settings.locale} onChange={onLocale} />
      <RoleSettings
        settings={settings}
        busy={busy}
        onSwitch={onRole}
        onAgentName={(agentName) =>
          void guarded(async () => setSettings(await send('settings.update', { agentName })))
        }
        onSenior={(patch) =>
          void guarded(async () => setSettings(await send('settings.senior', patch)))
        }
      />
      <p>
        <ShortcutField
          value={settings.paletteShortcut}
          onChange={(paletteShortcut) =>
            void guarded(async () =>
              setSettings(await send('settings.update', { paletteShortcut })),
            )
          }
        />
      </p>
      <ImportExport
        result={result}
        error={error}
        busy={busy}
        onImport={onImport}
        onExport={onExport}
      />
      <WatchlistList watchlists={watchlists} />
      <TemplateList templates={templates} />
      <p>
        <a href={browser.runtime.getURL('/welcome.html')} data-testid="open-welcome">
          {t('options_open_welcome')}
        </a>
      </p>
    </>
  );
}
