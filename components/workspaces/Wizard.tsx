import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { StarterLanguage } from '@/lib/starter/languages';
import { buildWatchlistQuery, splitEntries } from '@/lib/workspaces/query';

export type LanguageChoice = 'fr' | 'en' | 'both';

export interface WizardValues {
  brands: string;
  handles: string;
  competitors: string;
  language: LanguageChoice;
}

export interface WizardAnswers {
  brands: string[];
  handles: string[];
  competitors: string[];
  languages: StarterLanguage[];
}

export interface WizardProps {
  initial: WizardValues;
  busy: boolean;
  /** Resolves to the i18n key of a refusal, or null when the workspace is ready. */
  onFinish: (answers: WizardAnswers) => Promise<string | null>;
  onSkip: () => void;
}

const STEPS = ['brand', 'competitors', 'language'] as const;

export function languagesOf(choice: LanguageChoice): StarterLanguage[] {
  return choice === 'both' ? ['fr', 'en'] : [choice];
}

/** The step's problem as an i18n key, or null when the CM may go on. */
function problemOf(step: number, values: WizardValues): string | null {
  if (step === 0) {
    if (splitEntries(values.brands).length === 0) return 'welcome_error_no_brand';
    const query = buildWatchlistQuery(splitEntries(values.brands), splitEntries(values.handles));
    return query ? null : 'welcome_error_brand_unmatchable';
  }
  if (step === 1) {
    const names = splitEntries(values.competitors);
    return names.length > 0 && !buildWatchlistQuery(names) ? 'welcome_error_competitors' : null;
  }
  return null;
}

/**
 * The first-run wizard: brand names and handles, competitors, the language of
 * replies. Each step shows the query Vigie will run, so the CM sees what will
 * be highlighted before anything is saved.
 */
export function Wizard({ initial, busy, onFinish, onSkip }: WizardProps) {
  const [values, setValues] = useState(initial);
  const [step, setStep] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (patch: Partial<WizardValues>) => {
    setValues({ ...values, ...patch });
    setProblem(null);
  };
  const last = step === STEPS.length - 1;

  const next = async (event: Event) => {
    event.preventDefault();
    const found = problemOf(step, values);
    setProblem(found);
    if (found) return;
    if (!last) {
      setStep(step + 1);
      return;
    }
    setProblem(
      await onFinish({
        brands: splitEntries(values.brands),
        handles: splitEntries(values.handles),
        competitors: splitEntries(values.competitors),
        languages: languagesOf(values.language),
      }),
    );
  };

  const brandQuery = buildWatchlistQuery(splitEntries(values.brands), splitEntries(values.handles));
  const competitorQuery = buildWatchlistQuery(splitEntries(values.competitors));

  return (
    <form class="wizard" onSubmit={next} data-testid="welcome-step" data-step={STEPS[step]}>
      <p class="muted" data-testid="welcome-progress">
        {t('welcome_progress', step + 1, STEPS.length)}
      </p>
      <ol class="wizard-steps">
        {STEPS.map((name, index) => (
          <li
            key={name}
            aria-current={index === step ? 'step' : undefined}
            class={index < step ? 'done' : undefined}
          >
            {t(`welcome_step_${name}`)}
          </li>
        ))}
      </ol>

      {step === 0 && (
        <fieldset>
          <legend>{t('welcome_brand_title')}</legend>
          <label>
            {t('welcome_brands_label')}
            <textarea
              data-testid="welcome-brands"
              rows={3}
              value={values.brands}
              placeholder="Acme, Acme Air"
              onInput={(event) => set({ brands: event.currentTarget.value })}
            />
          </label>
          <label>
            {t('welcome_handles_label')}
            <input
              type="text"
              data-testid="welcome-handles"
              value={values.handles}
              placeholder="@acme, #acmeair"
              onInput={(event) => set({ handles: event.currentTarget.value })}
            />
          </label>
          <p class="muted">{t('welcome_entries_hint')}</p>
          {brandQuery && (
            <p>
              {t('welcome_preview')} <code data-testid="welcome-preview">{brandQuery.query}</code>
            </p>
          )}
        </fieldset>
      )}

      {step === 1 && (
        <fieldset>
          <legend>{t('welcome_competitors_title')}</legend>
          <label>
            {t('welcome_competitors_label')}
            <textarea
              data-testid="welcome-competitors"
              rows={3}
              value={values.competitors}
              onInput={(event) => set({ competitors: event.currentTarget.value })}
            />
          </label>
          <p class="muted">{t('welcome_competitors_hint')}</p>
          {competitorQuery && (
            <p>
              {t('welcome_preview')}{' '}
              <code data-testid="welcome-preview">{competitorQuery.query}</code>
            </p>
          )}
        </fieldset>
      )}

      {step === 2 && (
        <fieldset>
          <legend>{t('welcome_language_title')}</legend>
          {(['fr', 'en', 'both'] as const).map((choice) => (
            <label key={choice} class="choice">
              <input
                type="radio"
                name="language"
                value={choice}
                data-testid={`welcome-lang-${choice}`}
                checked={values.language === choice}
                onChange={() => set({ language: choice })}
              />{' '}
              {t(`welcome_language_${choice}`)}
            </label>
          ))}
          <p class="muted">{t('welcome_language_hint')}</p>
        </fieldset>
      )}

      {problem && (
        <p class="notice error" role="alert" data-testid="welcome-error">
          {t(problem)}
        </p>
      )}

      <div class="actions">
        {step > 0 && (
          <button
            type="button"
            data-testid="welcome-back"
            disabled={busy}
            onClick={() => {
              setProblem(null);
              setStep(step - 1);
            }}
          >
            {t('welcome_back')}
          </button>
        )}
        <button type="submit" class="primary" data-testid="welcome-next" disabled={busy}>
          {last ? t('welcome_finish') : t('welcome_next')}
        </button>
        <button type="button" class="link" data-testid="welcome-skip" onClick={onSkip}>
          {t('welcome_skip')}
        </button>
      </div>
    </form>
  );
}
