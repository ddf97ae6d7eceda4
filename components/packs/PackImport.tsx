import { problemText } from '@/components/bundle/ImportExport';
import { JsonFilePicker } from '@/components/ui/JsonFilePicker';
import { t } from '@/lib/i18n';
import type { PackImportResult } from '@/lib/packs/import';
import { formatFingerprint } from '@/lib/packs/keys';

export interface PackImportProps {
  result: PackImportResult | null;
  /** How many imports this page ran: tells one outcome from the next, even when they read the same. */
  run: number;
  busy: boolean;
  onImport: (file: File) => void;
  /** The workspace the CM works in: a pack for another one offers to switch to it. */
  activeWorkspaceId: string;
  onSwitchWorkspace: (id: string) => void;
}

const when = (iso: string) => new Date(iso).toLocaleString();

function Outcome({
  result,
  run,
  activeWorkspaceId,
  onSwitchWorkspace,
}: {
  result: PackImportResult;
  run: number;
  activeWorkspaceId: string;
  onSwitchWorkspace: (id: string) => void;
}) {
  if (result.ok) {
    const { summary } = result;
    if (result.status === 'up_to_date') {
      return (
        <p
          class="notice"
          role="status"
          data-testid="pack-import-result"
          data-status="up_to_date"
          data-run={run}
        >
          {t('packs_up_to_date', summary.signer.label, when(summary.issuedAt))}
        </p>
      );
    }
    return (
      <div
        class="notice ok"
        role="status"
        data-testid="pack-import-result"
        data-status="imported"
        data-run={run}
      >
        <p>
          {t(
            'packs_imported',
            summary.signer.label,
            summary.workspace.name,
            summary.workspace.created ? t('packs_imported_created') : '',
          )}
        </p>
        <p>
          {t(
            'packs_imported_templates',
            summary.templates.added,
            summary.templates.updated,
            summary.templates.retired,
            summary.templates.unchanged,
          )}
        </p>
        <p>
          {t(
            'packs_imported_watchlists',
            summary.watchlists.added,
            summary.watchlists.updated,
            summary.watchlists.unchanged,
          )}
        </p>
        {summary.workspace.id !== activeWorkspaceId && (
          <p>
            <button
              type="button"
              data-testid="pack-switch-workspace"
              onClick={() => onSwitchWorkspace(summary.workspace.id)}
            >
              {t('packs_switch_workspace', summary.workspace.name)}
            </button>
          </p>
        )}
      </div>
    );
  }
  const refusal = (() => {
    switch (result.reason) {
      case 'tampered':
        return <p>{t('packs_refused_tampered')}</p>;
      case 'untrusted':
        return (
          <p>{t('packs_refused_untrusted', formatFingerprint(result.fingerprint), result.label)}</p>
        );
      case 'malformed':
        return (
          <>
            <p>{t('packs_refused_malformed', result.problems.length)}</p>
            <ul>
              {result.problems.map((problem) => (
                <li key={`${problem.path}:${problem.code}:${problem.params.join()}`}>
                  <code>{problem.path}</code> — {problemText(problem)}
                </li>
              ))}
            </ul>
          </>
        );
    }
  })();
  return (
    <div
      class="notice error"
      role="alert"
      data-testid="pack-import-refusal"
      data-reason={result.reason}
      data-run={run}
    >
      {refusal}
    </div>
  );
}

/** The junior's side: pick a pack file; see what changed, or why nothing did. */
export function PackImport({
  result,
  run,
  busy,
  onImport,
  activeWorkspaceId,
  onSwitchWorkspace,
}: PackImportProps) {
  return (
    <section aria-labelledby="packs-import-title">
      <h2 id="packs-import-title">{t('packs_import_title')}</h2>
      <p class="muted">{t('packs_import_help')}</p>
      <JsonFilePicker
        labelKey="packs_import_label"
        testId="import-pack"
        busy={busy}
        onPick={onImport}
      />
      {result && (
        <Outcome
          result={result}
          run={run}
          activeWorkspaceId={activeWorkspaceId}
          onSwitchWorkspace={onSwitchWorkspace}
        />
      )}
    </section>
  );
}
