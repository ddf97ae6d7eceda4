/** Workspaces: one per brand or client, switched in one click; the first-run setup. */
import { newId } from '../../ids';
import { getSettings, updateSettings } from '../../store/repos/settings';
import {
  applyWorkspaceSetup,
  countWorkspaceData,
  deleteWorkspace,
} from '../../store/repos/workspace-data';
import { getWorkspace, listWorkspaces, putWorkspace } from '../../store/repos/workspaces';
import type { Workspace } from '../../store/schema';
import { buildSetup, SetupError } from '../../workspaces/setup';
import { type BackgroundDeps, configChanged, type HandlerGroup } from './context';

/** Names are compared the way a CM reads them: case, accents and spacing aside. */
function sameName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'base' }) === 0;
}

function nameTaken(workspaces: readonly Workspace[], name: string, except?: string): boolean {
  return workspaces.some((w) => w.id !== except && sameName(w.name, name));
}

export function workspaceHandlers(
  deps: BackgroundDeps,
): HandlerGroup<
  | 'workspace.create'
  | 'workspace.rename'
  | 'workspace.counts'
  | 'workspace.delete'
  | 'workspace.switch'
  | 'workspace.setup'
> {
  return {
    'workspace.create': async ({ name, brands, handles, language }) => {
      const db = await deps.db();
      const trimmed = name.trim();
      if (nameTaken(await listWorkspaces(db), trimmed)) return { ok: false, reason: 'name_taken' };
      const now = Date.now();
      const workspace = await putWorkspace(db, {
        id: newId(),
        name: trimmed,
        brands,
        handles,
        language,
        createdAt: now,
        updatedAt: now,
      });
      configChanged();
      return { ok: true, workspace };
    },
    'workspace.rename': async ({ id, name }) => {
      const db = await deps.db();
      const trimmed = name.trim();
      const current = await getWorkspace(db, id);
      if (!current) return { ok: false, reason: 'not_found' };
      if (nameTaken(await listWorkspaces(db), trimmed, id)) {
        return { ok: false, reason: 'name_taken' };
      }
      const workspace = await putWorkspace(db, {
        ...current,
        name: trimmed,
        updatedAt: Date.now(),
      });
      configChanged();
      return { ok: true, workspace };
    },
    'workspace.counts': async ({ id }) => countWorkspaceData(await deps.db(), id),
    'workspace.delete': async ({ id, confirmName }) => {
      const db = await deps.db();
      const workspaces = await listWorkspaces(db);
      const target = workspaces.find((w) => w.id === id);
      if (!target) return { ok: false, reason: 'not_found' };
      if (workspaces.length < 2) return { ok: false, reason: 'last_workspace' };
      // The UI asks the CM to type the name: a stray click cannot delete a client's history.
      if (confirmName.trim() !== target.name.trim()) {
        return { ok: false, reason: 'confirmation_mismatch' };
      }
      const settings = await deleteWorkspace(db, id);
      if (!settings) return { ok: false, reason: 'not_found' };
      configChanged();
      return { ok: true, settings };
    },
    'workspace.switch': async ({ id }) => {
      const db = await deps.db();
      if (!(await getWorkspace(db, id))) return { ok: false, reason: 'not_found' };
      const settings = await updateSettings(db, { activeWorkspaceId: id });
      // Pages reload their lists; content scripts listen again with this workspace's watchlists.
      configChanged();
      return { ok: true, settings };
    },
    'workspace.setup': async ({ languages, uiLanguage, ...answers }) => {
      const db = await deps.db();
      const settings = await getSettings(db);
      const workspace = await getWorkspace(db, settings.activeWorkspaceId);
      if (!workspace) return { ok: false, reason: 'not_found' };
      try {
        const setup = buildSetup(workspace, { ...answers, languages }, Date.now(), uiLanguage);
        const others = (await listWorkspaces(db)).filter((w) => w.id !== workspace.id);
        if (nameTaken(others, setup.workspace.name)) return { ok: false, reason: 'name_taken' };
        const summary = await applyWorkspaceSetup(db, setup);
        configChanged();
        return { ok: true, workspace: setup.workspace, summary };
      } catch (error) {
        if (error instanceof SetupError) return { ok: false, reason: error.reason };
        throw error;
      }
    },
  };
}
