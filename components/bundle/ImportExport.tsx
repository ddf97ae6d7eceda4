import { JsonFilePicker } from '@/components/ui/JsonFilePicker';
import type { BundleProblem } from '@/lib/bundle/validate';
import { t } from '@/lib/i18n';
import type { ImportResult } from '@/lib/messages/protocol';

export interface ImportExportProps {
  result: ImportResult | null;
  error: string | null;
  busy: boolean;
  onImport: (file: File) => void;
  onExport: () => void;
}

export function problemText(problem: BundleProblem): string {
  if (problem.code === 'invalid_query' || problem.code === 'invalid_template') {
    const [key = '', ...substitutions] = problem.params;
    return t(`bundle_problem_${problem.code}`, t(key, ...substitutions));
  }
  return t(`bundle_problem_${problem.code}`, ...problem.params);
}

/** The workspace bundle: pick a file to import, or export the workspace as one. */
export function ImportExport({ result, error, busy, onImport, onExport }: ImportExportProps) {
  return (
    <section aria-labelledby="bundle-title">
      <h2 id="bundle-title">{t('options_bundle_title')}</h2>
      <p class="muted">{t('options_bundle_help')}</p>
      <JsonFilePicker
        labelKey="options_import_label"
        testId="import-bundle"
        busy={busy}
        onPick={onImport}
      />{' '}
      <button type="button" data-testid="export-bundle" disabled={busy} onClick={onExport}>
        {t('options_export_button')}
      </button>
      {error && (
        <p class="notice error" role="alert">
          {t('error_generic', error)}
        </p>
      )}
      {result?.ok && (
        <p class="notice ok" role="status" data-testid="import-success">
          {t(
            'options_import_success',
            result.summary.watchlists.added,
            result.summary.watchlists.updated,
            result.summary.templates.added,
            result.summary.templates.updated,
          )}
        </p>
      )}
      {result && !result.ok && (
        <div class="notice error" role="alert" data-testid="import-problems">
          <p>{t('options_import_failed', result.problems.length)}</p>
          <ul>
            {result.problems.map((problem) => (
              <li key={`${problem.path}:${problem.code}:${problem.params.join()}`}>
                <code>{problem.path}</code> — {problemText(problem)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
