import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type LanguageChoice, Wizard, type WizardValues } from '@/components/workspaces/Wizard';
import { WizardDone } from '@/components/workspaces/WizardDone';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messages/client';
import type { SetupSummary } from '@/lib/store/repos/workspace-data';
import { DEFAULT_WORKSPACE_ID, type Settings, type Workspace } from '@/lib/store/schema';

/** The CM's language: the one chosen in Vigie, else the browser's. */
function uiLanguage(settings: Settings): string {
  const tag = settings.locale !== 'auto' ? settings.locale : browser.i18n.getUILanguage();
  return tag.split(/[-_]/)[0]?.toLowerCase() ?? 'en';
}

/**
 * What the wizard shows first: what the workspace already says (a second
 * run: its names, and "both" when it holds starter replies in both
 * languages), else blanks and the CM's language.
 */
function initialValues(
  workspace: Workspace,
  language: string,
  starterLanguages: ReadonlySet<string>,
): WizardValues {
  const untouched = workspace.id === DEFAULT_WORKSPACE_ID && !workspace.brands?.length;
  const main = workspace.language ?? language;
  const choice: LanguageChoice = starterLanguages.size > 1 ? 'both' : main === 'fr' ? 'fr' : 'en';
  return {
    brands: workspace.brands?.join(', ') ?? (untouched ? '' : workspace.name),
    handles: workspace.handles?.join(', ') ?? '',
    competitors: '',
    language: choice,
  };
}

const openOptions = () => {
  location.href = browser.runtime.getURL('/options.html#general');
};

/**
 * The first-run page, opened at install (and from the options to run again):
 * sets up the active workspace for the CM's brand in three steps.
 */
export function App({ initialSettings }: { initialSettings: Settings }) {
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const [starterLanguages, setStarterLanguages] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ workspace: Workspace; summary: SetupSummary } | null>(null);
  const language = uiLanguage(initialSettings);

  useEffect(() => {
    void (async () => {
      const [list, templates] = await Promise.all([
        send('workspaces.list', null),
        send('templates.list', null),
      ]);
      const starter = templates.filter((template) => template.id.startsWith('starter-'));
      setStarterLanguages(new Set(starter.map((template) => template.language)));
      setWorkspace(list.find((w) => w.id === initialSettings.activeWorkspaceId) ?? null);
    })();
  }, [initialSettings.activeWorkspaceId]);

  const finish: Parameters<typeof Wizard>[0]['onFinish'] = async (answers) => {
    setBusy(true);
    try {
      const result = await send('workspace.setup', {
        ...answers,
        competitorsName: t('welcome_competitors_watchlist'),
        uiLanguage: language,
      });
      if (!result.ok) return `workspace_refused_${result.reason}`;
      setDone(result);
      return null;
    } finally {
      setBusy(false);
    }
  };

  const skip = async () => {
    await send('settings.update', { onboarded: true });
    openOptions();
  };

  return (
    <main class="welcome">
      <h1>{t('welcome_title')}</h1>
      {done ? (
        <WizardDone workspace={done.workspace} summary={done.summary} onOptions={openOptions} />
      ) : (
        <>
          <p>{t('welcome_intro')}</p>
          {initialSettings.onboarded && workspace && (
            <p class="notice" data-testid="welcome-again">
              {t('welcome_again', workspace.name)}
            </p>
          )}
          {workspace && (
            <Wizard
              initial={initialValues(workspace, language, starterLanguages)}
              busy={busy}
              onFinish={finish}
              onSkip={() => void skip()}
            />
          )}
        </>
      )}
    </main>
  );
}
