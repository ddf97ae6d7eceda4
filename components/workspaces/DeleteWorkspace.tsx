import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { WorkspaceCounts } from '@/lib/store/repos/workspace-data';
import type { Workspace } from '@/lib/store/schema';

export interface DeleteWorkspaceProps {
  workspace: Workspace;
  counts: WorkspaceCounts;
  busy: boolean;
  onConfirm: (typedName: string) => void;
  onCancel: () => void;
}

const ORDER = [
  'watchlists',
  'templates',
  'mentions',
  'interactions',
  'incidents',
  'screenshots',
] as const;

/**
 * The confirmation of a deletion: what goes, counted, and the workspace's name
 * to type. Deleting a client's workspace erases its history (the log used in
 * reports, the incidents' evidence): it must never take one stray click.
 */
export function DeleteWorkspace({
  workspace,
  counts,
  busy,
  onConfirm,
  onCancel,
}: DeleteWorkspaceProps) {
  const [typed, setTyped] = useState('');
  const matches = typed.trim() === workspace.name.trim();
  return (
    <div
      class="notice error workspace-delete"
      role="alertdialog"
      aria-labelledby={`delete-title-${workspace.id}`}
      data-testid="workspace-delete-confirm"
    >
      <p id={`delete-title-${workspace.id}`}>
        <strong>{t('workspace_delete_title', workspace.name)}</strong>
      </p>
      <ul data-testid="workspace-delete-counts">
        {ORDER.map((key) => (
          <li key={key} data-count={key}>
            {t(`workspace_count_${key}`, counts[key])}
          </li>
        ))}
      </ul>
      <p>{t('workspace_delete_irreversible')}</p>
      <form
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
        onSubmit={(event) => {
          event.preventDefault();
          if (matches) onConfirm(typed);
        }}
      >
        <label>
          {t('workspace_delete_type_name', workspace.name)}{' '}
          <input
            type="text"
            data-testid="workspace-delete-name"
            value={typed}
            // biome-ignore lint/a11y/noAutofocus: the dialog opened from a click; the keyboard goes where the name is typed
            autoFocus
            autoComplete="off"
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
        </label>{' '}
        <button
          type="submit"
          class="danger"
          data-testid="workspace-delete-submit"
          disabled={!matches || busy}
        >
          {t('workspace_delete_submit')}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {t('workspace_cancel')}
        </button>
      </form>
    </div>
  );
}
