import './workspaces.css';
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { WorkspaceCounts } from '@/lib/store/repos/workspace-data';
import type { Settings, Workspace } from '@/lib/store/schema';
import { DeleteWorkspace } from './DeleteWorkspace';

export interface WorkspaceManagerProps {
  workspaces: readonly Workspace[];
  activeId: string;
  scope: Settings['highlightScope'];
  busy: boolean;
  /** Each resolves to the i18n key of a refusal, or null when done. */
  onCreate: (name: string) => Promise<string | null>;
  onRename: (id: string, name: string) => Promise<string | null>;
  onDelete: (id: string, typedName: string) => Promise<string | null>;
  onCounts: (id: string) => Promise<WorkspaceCounts>;
  onSwitch: (id: string) => void;
  onScope: (scope: Settings['highlightScope']) => void;
  /** The first-run wizard, to set up the active workspace again. */
  wizardUrl: string;
}

/** Options → Workspaces: one per brand or client; create, rename, switch, delete; highlight scope. */
export function WorkspaceManager(props: WorkspaceManagerProps) {
  const { workspaces, activeId, scope, busy } = props;
  const [newName, setNewName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; counts: WorkspaceCounts } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const sorted = [...workspaces].sort((a, b) => a.name.localeCompare(b.name));
  const last = workspaces.length < 2;

  const settle = async (work: Promise<string | null>, onDone: () => void) => {
    const refused = await work;
    setRefusal(refused);
    if (!refused) onDone();
  };

  return (
    <section aria-labelledby="workspaces-title" class="workspaces">
      <h2 id="workspaces-title">{t('workspaces_title')}</h2>
      <p class="muted">{t('workspaces_help')}</p>
      {refusal && (
        <p class="notice error" role="alert" data-testid="workspace-refusal">
          {t(refusal)}
        </p>
      )}
      <ul class="list" data-testid="workspace-list">
        {sorted.map((workspace) => {
          const active = workspace.id === activeId;
          const isRenaming = renaming?.id === workspace.id;
          return (
            <li key={workspace.id} data-workspace-id={workspace.id} data-active={String(active)}>
              {isRenaming ? (
                <form
                  class="inline"
                  onSubmit={(event) => {
                    event.preventDefault();
                    void settle(props.onRename(workspace.id, renaming.name), () =>
                      setRenaming(null),
                    );
                  }}
                >
                  <label>
                    <span class="visually-hidden">{t('workspace_rename_label')}</span>
                    <input
                      type="text"
                      data-testid="workspace-rename-input"
                      value={renaming.name}
                      maxLength={120}
                      required
                      onInput={(event) =>
                        setRenaming({ id: workspace.id, name: event.currentTarget.value })
                      }
                    />
                  </label>{' '}
                  <button type="submit" class="primary" disabled={busy}>
                    {t('workspace_save')}
                  </button>{' '}
                  <button type="button" onClick={() => setRenaming(null)}>
                    {t('workspace_cancel')}
                  </button>
                </form>
              ) : (
                <div class="workspace-row">
                  <strong data-testid="workspace-name">{workspace.name}</strong>
                  {active && <span class="tag">{t('workspace_active')}</span>}
                  <span class="workspace-actions">
                    {!active && (
                      <button
                        type="button"
                        data-testid="workspace-switch"
                        disabled={busy}
                        onClick={() => props.onSwitch(workspace.id)}
                      >
                        {t('workspace_switch_to')}
                      </button>
                    )}
                    <button
                      type="button"
                      data-testid="workspace-rename"
                      disabled={busy}
                      onClick={() => setRenaming({ id: workspace.id, name: workspace.name })}
                    >
                      {t('workspace_rename')}
                    </button>
                    <button
                      type="button"
                      data-testid="workspace-delete"
                      disabled={busy || last}
                      title={last ? t('workspace_refused_last_workspace') : undefined}
                      onClick={() =>
                        void props
                          .onCounts(workspace.id)
                          .then((counts) => setDeleting({ id: workspace.id, counts }))
                      }
                    >
                      {t('workspace_delete')}
                    </button>
                  </span>
                </div>
              )}
              {deleting?.id === workspace.id && (
                <DeleteWorkspace
                  workspace={workspace}
                  counts={deleting.counts}
                  busy={busy}
                  onConfirm={(typed) =>
                    void settle(props.onDelete(workspace.id, typed), () => setDeleting(null))
                  }
                  onCancel={() => setDeleting(null)}
                />
              )}
            </li>
          );
        })}
      </ul>
      <form
        class="inline workspace-create"
        onSubmit={(event) => {
          event.preventDefault();
          void settle(props.onCreate(newName), () => setNewName(''));
        }}
      >
        <label>
          {t('workspace_new_label')}{' '}
          <input
            type="text"
            data-testid="workspace-new-name"
            size={32}
            value={newName}
            maxLength={120}
            placeholder={t('workspace_new_placeholder')}
            onInput={(event) => setNewName(event.currentTarget.value)}
          />
        </label>{' '}
        <button
          type="submit"
          class="primary"
          data-testid="workspace-create"
          disabled={busy || newName.trim() === ''}
        >
          {t('workspace_create')}
        </button>
      </form>
      <p>
        <a href={props.wizardUrl} target="_blank" rel="noopener" data-testid="open-wizard">
          {t('workspace_open_wizard')}
        </a>
      </p>

      <fieldset class="workspace-scope" data-testid="highlight-scope">
        <legend>{t('workspace_scope_title')}</legend>
        {(['active', 'all'] as const).map((value) => (
          <label key={value} class="switch">
            <input
              type="radio"
              name="highlight-scope"
              value={value}
              data-testid={`highlight-scope-${value}`}
              checked={scope === value}
              disabled={busy}
              onChange={() => props.onScope(value)}
            />{' '}
            {t(`workspace_scope_${value}`)}{' '}
            <span class="muted">{t(`workspace_scope_${value}_help`)}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
