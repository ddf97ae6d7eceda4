import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { incidentScreenHandlers } from '@/lib/background/handlers/incident-screen';
import { inputSchemas } from '@/lib/messages/schemas';
import type { VigieDB } from '@/lib/store/db';
import { createIncidentRecord, getIncident, putIncident } from '@/lib/store/repos/incidents';
import { getSettings, updateSettings } from '@/lib/store/repos/settings';
import type { Template } from '@/lib/store/schema';
import { freshDb } from '../store/helpers';
import { HOUR, incident, mention, T0, translator } from './fixtures';

const context = { caller: 'ui' as const };
let db: VigieDB;
let ws: string;
let handlers: ReturnType<typeof incidentScreenHandlers>;

function template(overrides: Partial<Template> & { id: string }): Template {
  return {
    workspaceId: ws,
    title: overrides.id,
    body: 'Bonjour {author}, nous regardons.',
    language: 'fr',
    status: 'approved',
    tags: [],
    intent: 'holding-statement',
    version: 1,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

beforeEach(async () => {
  const en = translator('en');
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    en(key, ...(subs ?? []))) as typeof browser.i18n.getMessage);
  db = await freshDb();
  ws = (await getSettings(db)).activeWorkspaceId;
  await updateSettings(db, { agentName: 'Camille' });
  handlers = incidentScreenHandlers({ db: async () => db });
  const png = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
  await createIncidentRecord(db, incident({ workspaceId: ws, author: 'Acme (@acme)' }), {
    blob: png,
    type: 'image/png',
  });
  for (const record of [
    mention({ id: 'm-before', workspaceId: ws, firstSeenAt: T0 - HOUR }),
    mention({ id: 'm-later', workspaceId: ws, author: { handle: '@acme' }, text: 'Encore moi' }),
    mention({ id: 'm-other', workspaceId: 'elsewhere', author: { handle: '@acme' } }),
    mention({ id: 'm-unrelated', workspaceId: ws, text: 'Rien à voir' }),
  ]) {
    await db.put('mentions', record);
  }
  for (const record of [
    template({ id: 't-hold-en', language: 'en', body: 'We are aware, {author}.' }),
    template({ id: 't-hold-fr' }),
    template({ id: 't-hold-pending', status: 'pending' }),
    template({ id: 't-thanks', intent: 'thanks' }),
  ]) {
    await db.put('templates', record);
  }
});

describe('incident.get', () => {
  it('gives the screenshot, later same-author mentions and the approved holding statements, filled', async () => {
    const detail = await handlers['incident.get']({ id: 'inc-1' }, context);
    expect(detail.screenshot).toBe('data:image/png;base64,iVBORw==');
    expect(detail.linked).toEqual([]);
    expect(detail.suggestions.map((s) => [s.mention.id, s.reasons])).toEqual([
      ['m-later', ['author']],
    ]);
    expect(detail.holding.map((h) => [h.templateId, h.text])).toEqual([
      ['t-hold-en', 'We are aware, Acme.'],
      ['t-hold-fr', 'Bonjour Acme, nous regardons.'],
    ]);
  });

  it('fails clearly on an unknown incident', async () => {
    await expect(handlers['incident.get']({ id: 'nope' }, context)).rejects.toThrow(
      'No incident nope',
    );
  });
});

describe('incident.attach / incident.detach', () => {
  it('links the mention and records who did it on the timeline, once', async () => {
    const attached = await handlers['incident.attach'](
      { id: 'inc-1', mentionId: 'm-later' },
      context,
    );
    expect(attached.mentionIds).toEqual(['m-later']);
    expect(attached.status).toBe('open');
    const event = attached.timeline.at(-1);
    expect(event).toMatchObject({
      status: 'open',
      by: 'Camille',
      mention: { id: 'm-later', action: 'attached' },
    });
    expect(event?.comment).toContain('@acme — Encore moi');
    const again = await handlers['incident.attach']({ id: 'inc-1', mentionId: 'm-later' }, context);
    expect(again.timeline).toHaveLength(attached.timeline.length);
    const detail = await handlers['incident.get']({ id: 'inc-1' }, context);
    expect(detail.linked.map((m) => m.id)).toEqual(['m-later']);
    expect(detail.suggestions).toEqual([]);

    const detached = await handlers['incident.detach'](
      { id: 'inc-1', mentionId: 'm-later' },
      context,
    );
    expect(detached.mentionIds).toEqual([]);
    expect(detached.timeline.at(-1)).toMatchObject({
      mention: { id: 'm-later', action: 'detached' },
    });
  });

  it('refuses another workspace’s mention and writes nothing', async () => {
    const before = await getIncident(db, 'inc-1');
    await expect(
      handlers['incident.attach']({ id: 'inc-1', mentionId: 'm-other' }, context),
    ).rejects.toMatchObject({ code: 'other_workspace' });
    expect(await getIncident(db, 'inc-1')).toEqual(before);
  });
});

describe('incident.comment', () => {
  it('adds a note with the current status', async () => {
    const noted = await handlers['incident.comment'](
      { id: 'inc-1', comment: 'The journalist called back' },
      context,
    );
    expect(noted.timeline.at(-1)).toMatchObject({
      status: 'open',
      by: 'Camille',
      comment: 'The journalist called back',
    });
  });
});

describe('incidents.report', () => {
  it('gathers one incident with its linked mentions and screenshot', async () => {
    await handlers['incident.attach']({ id: 'inc-1', mentionId: 'm-later' }, context);
    const data = await handlers['incidents.report']({ id: 'inc-1' }, context);
    expect(data.incidents.map((i) => i.id)).toEqual(['inc-1']);
    expect(data.mentions.map((m) => m.id)).toEqual(['m-later']);
    expect(Object.values(data.screenshots)).toEqual(['data:image/png;base64,iVBORw==']);
    expect(data.period).toBeUndefined();
  });

  it('gathers the workspace’s incidents created in a period, bounds included', async () => {
    await putIncident(db, incident({ id: 'inc-2', workspaceId: ws, createdAt: T0 + 5 * HOUR }));
    await putIncident(db, incident({ id: 'inc-3', workspaceId: 'elsewhere', createdAt: T0 }));
    const data = await handlers['incidents.report']({ from: T0, to: T0 + HOUR }, context);
    expect(data.incidents.map((i) => i.id)).toEqual(['inc-1']);
    expect(data.period).toEqual({ from: T0, to: T0 + HOUR });
    const all = await handlers['incidents.report']({ from: T0, to: T0 + 5 * HOUR }, context);
    expect(all.incidents.map((i) => i.id).sort()).toEqual(['inc-1', 'inc-2']);
  });

  it('validates its input: an id, or a period whose start is not after its end', () => {
    const schema = inputSchemas['incidents.report'];
    expect(schema.safeParse({ id: 'inc-1' }).success).toBe(true);
    expect(schema.safeParse({ from: 2, to: 1 }).success).toBe(false);
    expect(schema.safeParse({ from: 1 }).success).toBe(false);
    expect(inputSchemas['incident.comment'].safeParse({ id: 'x', comment: '   ' }).success).toBe(
      false,
    );
  });
});
