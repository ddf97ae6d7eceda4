import { t } from '@/lib/i18n';
import type { SetupSummary } from '@/lib/store/repos/workspace-data';
import type { Workspace } from '@/lib/store/schema';

export interface WizardDoneProps {
  workspace: Workspace;
  summary: SetupSummary;
  onOptions: () => void;
}

/** What the wizard set up, and where to go next. */
export function WizardDone({ workspace, summary, onOptions }: WizardDoneProps) {
  const watchlists = summary.watchlists.added + summary.watchlists.updated;
  return (
    <section class="wizard" data-testid="welcome-done" aria-live="polite">
      <h2>{t('welcome_done_title', workspace.name)}</h2>
      <p>
        {t('welcome_done_summary', watchlists, summary.templates.added + summary.templates.kept)}
      </p>
      {summary.templates.kept > 0 && (
        <p class="muted">{t('welcome_done_kept', summary.templates.kept)}</p>
      )}
      <p>{t('welcome_done_next')}</p>
      <div class="actions">
        <button type="button" class="primary" data-testid="welcome-options" onClick={onOptions}>
          {t('welcome_open_options')}
        </button>
      </div>
    </section>
  );
}
