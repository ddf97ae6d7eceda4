import './workspaces.css';
import { t } from '@/lib/i18n';
import type { Workspace } from '@/lib/store/schema';

export interface WorkspaceSwitcherProps {
  workspaces: readonly Workspace[];
  activeId: string;
  busy?: boolean;
  onSwitch: (id: string) => void;
}

/** One selection switches the brand or client Vigie works for (popup, side panel). */
export function WorkspaceSwitcher({
  workspaces,
  activeId,
  busy,
  onSwitch,
}: WorkspaceSwitcherProps) {
  if (workspaces.length === 0) return null;
  const sorted = [...workspaces].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <label class="workspace-switcher">
      <span class="muted">{t('workspace_switcher_label')}</span>{' '}
      <select
        data-testid="workspace-switcher"
        value={activeId}
        disabled={busy || workspaces.length < 2}
        onChange={(event) => {
          const id = event.currentTarget.value;
          if (id !== activeId) onSwitch(id);
        }}
      >
        {sorted.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name}
          </option>
        ))}
      </select>
    </label>
  );
}
