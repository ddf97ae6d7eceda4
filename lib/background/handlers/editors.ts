/**
 * The watchlist and template editors' writes. Everything the page checked
 * live is checked again here: the page is a comfort, this is the rule.
 *
 * Who may do what with a template (lib/templates/workflow.ts):
 * - anyone creates a template; it starts as a draft. A junior proposes it by
 *   submitting it (draft → pending); only a senior approves, sends back to
 *   draft, retires and revives.
 * - a junior edits drafts only; a senior edits any template not retired.
 * - new wording (title, body, a variant) is a new version; old ones are kept.
 * - a senior who changes the wording of an approved template approves the
 *   new wording by saving it: it stays approved, under the senior's name and
 *   the time of the save (the version history shows both approvals).
 * - approving records the senior's name (settings.agentName, required) and
 *   the time, on the template and on its current version.
 * - only drafts that no logged reply used can be deleted; others are retired.
 * Watchlists are the whole team's tool: both roles edit them.
 */

import { type FieldIssue, fieldIssue, queryIssues, templateIssues } from '../../editors/issues';
import { t } from '../../i18n';
import { newId } from '../../ids';
import { ForbiddenError } from '../../messages/errors';
import type { MessageInput } from '../../messages/protocol';
import {
  removeTemplate,
  removeWatchlist,
  writeTemplate,
  writeWatchlist,
} from '../../store/repos/library-writes';
import { getSettings } from '../../store/repos/settings';
import {
  getTemplateVersion,
  listTemplateVersions,
  versionOf,
  wordingChanged,
} from '../../store/repos/templates';
import type { Template, TemplateVersion, Watchlist } from '../../store/schema';
import { canEdit, transition, WorkflowError } from '../../templates/workflow';
import { activeWorkspace, type BackgroundDeps, configChanged, type HandlerGroup } from './context';

/** Thrown inside a transaction to refuse a save with its reasons: nothing is written. */
class Refused extends Error {
  constructor(readonly errors: FieldIssue[]) {
    super('refused');
  }
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** The message in the background's language; the page words it again in the CM's. */
function worded(issues: FieldIssue[]): FieldIssue[] {
  return issues.map((issue) => {
    let message: string;
    try {
      message = t(issue.key, ...issue.substitutions);
    } catch {
      message = issue.key;
    }
    return { ...issue, message };
  });
}

function conflictCheck(existing: { updatedAt: number } | undefined, expected?: number): void {
  if (existing && expected !== undefined && existing.updatedAt !== expected) {
    throw new Refused([fieldIssue('', 'conflict')]);
  }
}

type TemplateInput = MessageInput<'template.save'>;

function cleanTemplateInput(input: TemplateInput) {
  const variants = Object.fromEntries(
    Object.entries(input.variants ?? {}).filter(([, text]) => text.trim() !== ''),
  ) as Template['variants'];
  const tags = [...new Set(input.tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
  return {
    title: input.title.trim(),
    body: input.body,
    language: input.language.trim(),
    intent: input.intent?.trim() || undefined,
    tags,
    variants: variants && Object.keys(variants).length > 0 ? variants : undefined,
  };
}

function templateFieldIssues(fields: ReturnType<typeof cleanTemplateInput>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (fields.title === '') issues.push(fieldIssue('title', 'required'));
  if (fields.body.trim() === '') issues.push(fieldIssue('body', 'required'));
  if (!LANGUAGE_TAG.test(fields.language)) issues.push(fieldIssue('language', 'language'));
  return [...issues, ...templateIssues(fields)];
}

export function editorHandlers(
  deps: BackgroundDeps,
): HandlerGroup<
  | 'watchlist.save'
  | 'watchlist.delete'
  | 'template.save'
  | 'template.transition'
  | 'template.history'
  | 'template.delete'
> {
  return {
    'watchlist.save': async (input) => {
      const name = input.name.trim();
      const issues = queryIssues(input.query).filter((issue) => issue.severity === 'error');
      if (name === '') issues.unshift(fieldIssue('name', 'required'));
      if (issues.length > 0) return { ok: false, errors: worded(issues) };
      const db = await deps.db();
      const workspaceId = await activeWorkspace(db);
      const now = Date.now();
      try {
        const watchlist = await writeWatchlist(db, workspaceId, input.id ?? newId(), (existing) => {
          conflictCheck(existing, input.expectedUpdatedAt);
          const record: Watchlist = {
            workspaceId,
            id: existing?.id ?? input.id ?? newId(),
            name,
            kind: input.kind,
            query: input.query,
            enabled: input.enabled,
            createdAt: existing?.createdAt ?? now,
            updatedAt: Math.max(now, (existing?.updatedAt ?? 0) + 1),
          };
          if (input.color) record.color = input.color;
          return record;
        });
        configChanged();
        return { ok: true, watchlist };
      } catch (error) {
        if (error instanceof Refused) return { ok: false, errors: worded(error.errors) };
        throw error;
      }
    },

    'watchlist.delete': async ({ id }) => {
      const db = await deps.db();
      const deleted = await removeWatchlist(db, await activeWorkspace(db), id);
      if (deleted) configChanged();
      return deleted;
    },

    'template.save': async (input) => {
      const fields = cleanTemplateInput(input);
      const issues = templateFieldIssues(fields);
      if (issues.length > 0) return { ok: false, errors: worded(issues) };
      const db = await deps.db();
      const settings = await getSettings(db);
      const workspaceId = settings.activeWorkspaceId;
      const agent = settings.agentName.trim();
      const now = Date.now();
      let newVersion = false;
      try {
        const { template } = await writeTemplate(
          db,
          workspaceId,
          input.id ?? newId(),
          (existing, current) => {
            conflictCheck(existing, input.expectedUpdatedAt);
            if (existing && !canEdit(existing, settings.role)) {
              throw new ForbiddenError(
                `A ${settings.role} cannot edit a ${existing.status} template`,
              );
            }
            const base: Template = existing ?? {
              workspaceId,
              id: input.id ?? newId(),
              status: 'draft',
              version: 1,
              createdAt: now,
              updatedAt: now,
              ...fields,
            };
            const next: Template = {
              ...base,
              ...fields,
              updatedAt: Math.max(now, (existing?.updatedAt ?? 0) + 1),
            };
            // Optional fields cleared in the form must go, not linger from `base`.
            if (fields.intent === undefined) delete next.intent;
            if (fields.variants === undefined) delete next.variants;
            newVersion = !existing || wordingChanged(existing, next);
            if (existing && !newVersion) {
              return { template: next, version: current ?? versionOf(existing) };
            }
            if (existing) next.version = existing.version + 1;
            if (next.status === 'approved') {
              if (agent === '') throw new Refused([fieldIssue('', 'name_required')]);
              next.approvedBy = agent;
              next.approvedAt = now;
            }
            const version: TemplateVersion = { ...versionOf(next), savedAt: now };
            if (agent) version.savedBy = agent;
            if (next.status === 'approved') {
              version.approvedBy = agent;
              version.approvedAt = now;
            }
            return { template: next, version };
          },
        );
        configChanged();
        return { ok: true, template, newVersion };
      } catch (error) {
        if (error instanceof Refused) return { ok: false, errors: worded(error.errors) };
        throw error;
      }
    },

    'template.transition': async ({ id, to }) => {
      const db = await deps.db();
      const settings = await getSettings(db);
      const agent = settings.agentName.trim();
      const now = Date.now();
      try {
        const { template } = await writeTemplate(
          db,
          settings.activeWorkspaceId,
          id,
          (existing, current) => {
            if (!existing) throw new Error(`No template ${id}`);
            if (to === 'approved') {
              const invalid = templateIssues(existing);
              if (invalid.length > 0) throw new Refused(invalid);
              if (agent === '' && settings.role === 'senior') {
                throw new Refused([fieldIssue('', 'name_required')]);
              }
            }
            let moved: Template;
            try {
              moved = transition(existing, to, { role: settings.role, name: agent }, now);
            } catch (error) {
              if (error instanceof WorkflowError) throw new ForbiddenError(error.message);
              throw error;
            }
            const version: TemplateVersion = current ?? versionOf(existing);
            if (to === 'approved') {
              return {
                template: moved,
                version: { ...version, approvedBy: agent, approvedAt: now },
              };
            }
            return { template: moved, version };
          },
        );
        configChanged();
        return { ok: true, template };
      } catch (error) {
        if (error instanceof Refused) {
          const nameMissing = error.errors.some((issue) => issue.code === 'name_required');
          return {
            ok: false,
            reason: nameMissing ? 'name_required' : 'invalid',
            errors: worded(error.errors),
          };
        }
        throw error;
      }
    },

    'template.history': async ({ id }) => {
      const db = await deps.db();
      const workspaceId = await activeWorkspace(db);
      const template = (await db.get('templates', [workspaceId, id])) ?? null;
      if (!template) throw new Error(`No template ${id}`);
      const versions = await listTemplateVersions(db, workspaceId, id);
      // A template imported before histories existed still shows its current wording.
      if (!(await getTemplateVersion(db, workspaceId, id, template.version))) {
        versions.push(versionOf(template));
      }
      versions.sort((a, b) => b.version - a.version);
      return { template, versions };
    },

    'template.delete': async ({ id }) => {
      const db = await deps.db();
      const outcome = await removeTemplate(
        db,
        await activeWorkspace(db),
        id,
        (template) => template.status === 'draft',
      );
      if (outcome === 'refused') return { ok: false, reason: 'not_draft' };
      if (outcome === 'in_use') return { ok: false, reason: 'in_use' };
      if (outcome === 'deleted') configChanged();
      return { ok: true };
    },
  };
}
