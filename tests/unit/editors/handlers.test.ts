import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { editorHandlers } from '@/lib/background/handlers/editors';
import type { CallContext } from '@/lib/messages/router';
import type { VigieDB } from '@/lib/store/db';
import { addInteraction } from '@/lib/store/repos/interactions';
import { updateSettings } from '@/lib/store/repos/settings';
import { freshDb } from '../store/helpers';

const ui: CallContext = { caller: 'ui' };
let db: VigieDB;
let handlers: ReturnType<typeof editorHandlers>;

beforeEach(async () => {
  // Every write tells the open tabs to reload their configuration; there are none here.
  vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
  vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
  db = await freshDb();
  handlers = editorHandlers({ db: async () => db });
});

const asSenior = (agentName = 'Claire (senior)') =>
  updateSettings(db, { role: 'senior', agentName });

const draft = {
  title: 'Excuses',
  body: 'Bonjour {author|vous}, désolés pour ce retard.',
  language: 'fr',
  intent: 'apology',
  tags: ['retard'],
};

describe('watchlist.save', () => {
  it('refuses an invalid query with each error at its position, and writes nothing', async () => {
    const result = await handlers['watchlist.save'](
      { name: 'Acme', kind: 'brand', query: 'Acme AND (', enabled: true },
      ui,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({
        field: 'query',
        severity: 'error',
        code: 'unclosed_paren',
        key: 'query_unclosed_paren',
        substitutions: ['10'],
        start: 9,
        line: 1,
        column: 10,
      }),
    ]);
    expect(await db.getAll('watchlists')).toEqual([]);
  });

  it('refuses a leading wildcard at its line and column on a multi-line query', async () => {
    const result = await handlers['watchlist.save'](
      { name: 'Acme', kind: 'brand', query: 'acme\nOR *cme', enabled: true },
      ui,
    );
    expect(result).toMatchObject({
      ok: false,
      errors: [{ code: 'wildcard_at_start', start: 8, line: 2, column: 4 }],
    });
    expect(await db.getAll('watchlists')).toEqual([]);
  });

  it('creates then updates, keeping warnings out of the way and refusing stale saves', async () => {
    const created = await handlers['watchlist.save'](
      { name: ' Acme ', kind: 'brand', query: 'acme OR acme', enabled: true, color: '#ff0000' },
      ui,
    );
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(created.watchlist).toMatchObject({ name: 'Acme', color: '#ff0000', enabled: true });
    const updated = await handlers['watchlist.save'](
      {
        id: created.watchlist.id,
        name: 'Acme',
        kind: 'competitor',
        query: 'acme',
        enabled: false,
        expectedUpdatedAt: created.watchlist.updatedAt,
      },
      ui,
    );
    if (!updated.ok) throw new Error(JSON.stringify(updated));
    expect(updated.watchlist).toMatchObject({ kind: 'competitor', enabled: false });
    expect(updated.watchlist.color).toBeUndefined();
    expect(updated.watchlist.createdAt).toBe(created.watchlist.createdAt);
    const stale = await handlers['watchlist.save'](
      {
        id: created.watchlist.id,
        name: 'Old',
        kind: 'brand',
        query: 'acme',
        enabled: true,
        expectedUpdatedAt: created.watchlist.updatedAt,
      },
      ui,
    );
    expect(stale).toMatchObject({ ok: false, errors: [{ code: 'conflict' }] });
    expect((await db.getAll('watchlists'))[0]).toMatchObject({ kind: 'competitor' });
    expect(await handlers['watchlist.delete']({ id: created.watchlist.id }, ui)).toBe(true);
    expect(await db.getAll('watchlists')).toEqual([]);
  });
});

describe('template.save and the workflow', () => {
  it('refuses an unknown variable with its field and position, and writes nothing', async () => {
    const result = await handlers['template.save'](
      { ...draft, body: 'Bonjour {autor},', variants: { x: 'Hi {brand} {foo}' } },
      ui,
    );
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { field: 'body', code: 'unknown_variable_did_you_mean', start: 8, column: 9 },
        { field: 'variants.x', code: 'unknown_variable', start: 11 },
      ],
    });
    expect(await db.getAll('templates')).toEqual([]);
    expect(await db.getAll('templateVersions')).toEqual([]);
  });

  it('lets a junior write and submit a draft, but not approve it nor edit it once pending', async () => {
    const saved = await handlers['template.save'](draft, ui);
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect(saved.template).toMatchObject({ status: 'draft', version: 1 });
    const id = saved.template.id;
    await expect(handlers['template.transition']({ id, to: 'approved' }, ui)).rejects.toThrow(
      /junior cannot move a template from draft to approved/,
    );
    const pending = await handlers['template.transition']({ id, to: 'pending' }, ui);
    expect(pending).toMatchObject({ ok: true, template: { status: 'pending' } });
    await expect(handlers['template.transition']({ id, to: 'approved' }, ui)).rejects.toThrow(
      /junior cannot move/,
    );
    await expect(handlers['template.save']({ ...draft, id, body: 'Autre' }, ui)).rejects.toThrow(
      /junior cannot edit a pending template/,
    );
    expect((await db.getAll('templates'))[0]).toMatchObject({
      status: 'pending',
      body: draft.body,
    });
  });

  it('records who approved and when, on the template and its version', async () => {
    const saved = await handlers['template.save'](draft, ui);
    if (!saved.ok) throw new Error('not saved');
    const id = saved.template.id;
    await handlers['template.transition']({ id, to: 'pending' }, ui);
    await updateSettings(db, { role: 'senior', agentName: '' });
    expect(await handlers['template.transition']({ id, to: 'approved' }, ui)).toMatchObject({
      ok: false,
      reason: 'name_required',
    });
    await asSenior();
    const before = Date.now();
    const approved = await handlers['template.transition']({ id, to: 'approved' }, ui);
    if (!approved.ok) throw new Error('not approved');
    expect(approved.template).toMatchObject({ status: 'approved', approvedBy: 'Claire (senior)' });
    expect(approved.template.approvedAt).toBeGreaterThanOrEqual(before);
    const history = await handlers['template.history']({ id }, ui);
    expect(history.versions).toEqual([
      expect.objectContaining({
        version: 1,
        approvedBy: 'Claire (senior)',
        approvedAt: approved.template.approvedAt,
      }),
    ]);
  });

  it('makes a new version when the wording changes, not when only tags do', async () => {
    await asSenior();
    const saved = await handlers['template.save'](draft, ui);
    if (!saved.ok) throw new Error('not saved');
    const id = saved.template.id;
    const retagged = await handlers['template.save']({ ...draft, id, tags: ['retard', 'vol'] }, ui);
    expect(retagged).toMatchObject({ ok: true, newVersion: false, template: { version: 1 } });
    const reworded = await handlers['template.save'](
      { ...draft, id, body: 'Bonjour {author}, toutes nos excuses pour ce retard.' },
      ui,
    );
    expect(reworded).toMatchObject({ ok: true, newVersion: true, template: { version: 2 } });
    const history = await handlers['template.history']({ id }, ui);
    expect(history.versions.map((v) => [v.version, v.body, v.savedBy])).toEqual([
      [2, 'Bonjour {author}, toutes nos excuses pour ce retard.', 'Claire (senior)'],
      [1, draft.body, 'Claire (senior)'],
    ]);
  });

  it('re-approves under the editing senior when approved wording changes', async () => {
    await asSenior('Claire');
    const saved = await handlers['template.save'](draft, ui);
    if (!saved.ok) throw new Error('not saved');
    const id = saved.template.id;
    await handlers['template.transition']({ id, to: 'pending' }, ui);
    await handlers['template.transition']({ id, to: 'approved' }, ui);
    await asSenior('Marc');
    const edited = await handlers['template.save'](
      { ...draft, id, body: 'Bonjour {author} !' },
      ui,
    );
    expect(edited).toMatchObject({
      ok: true,
      template: { status: 'approved', version: 2, approvedBy: 'Marc' },
    });
    const history = await handlers['template.history']({ id }, ui);
    expect(history.versions.map((v) => [v.version, v.approvedBy])).toEqual([
      [2, 'Marc'],
      [1, 'Claire'],
    ]);
    // Back to draft clears the template's approval; the history keeps it.
    await handlers['template.transition']({ id, to: 'retired' }, ui);
    const revived = await handlers['template.transition']({ id, to: 'draft' }, ui);
    if (!revived.ok) throw new Error('not revived');
    expect(revived.template.approvedBy).toBeUndefined();
  });

  it('deletes only drafts no logged reply used', async () => {
    const saved = await handlers['template.save'](draft, ui);
    if (!saved.ok) throw new Error('not saved');
    const id = saved.template.id;
    await addInteraction(db, {
      id: 'i1',
      workspaceId: 'default',
      templateId: id,
      templateVersion: 1,
      network: 'x',
      url: 'https://x.com/a/status/1',
      text: 'Bonjour',
      status: 'inserted',
      createdAt: Date.now(),
    });
    expect(await handlers['template.delete']({ id }, ui)).toEqual({ ok: false, reason: 'in_use' });
    const other = await handlers['template.save']({ ...draft, title: 'Autre' }, ui);
    if (!other.ok) throw new Error('not saved');
    await handlers['template.transition']({ id: other.template.id, to: 'pending' }, ui);
    expect(await handlers['template.delete']({ id: other.template.id }, ui)).toEqual({
      ok: false,
      reason: 'not_draft',
    });
    await handlers['template.transition']({ id: other.template.id, to: 'draft' }, ui).catch(
      () => undefined,
    );
    const third = await handlers['template.save']({ ...draft, title: 'Trois' }, ui);
    if (!third.ok) throw new Error('not saved');
    expect(await handlers['template.delete']({ id: third.template.id }, ui)).toEqual({ ok: true });
    expect((await db.getAll('templateVersions')).map((v) => v.templateId)).not.toContain(
      third.template.id,
    );
  });
});
