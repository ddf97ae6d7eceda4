import { beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { workspaceHandlers } from '@/lib/background/handlers/workspaces';
import type { CallContext } from '@/lib/messages/router';
import { inputSchemas } from '@/lib/messages/schemas';
import type { VigieDB } from '@/lib/store/db';
import { createIncidentRecord } from '@/lib/store/repos/incidents';
import { addInteraction } from '@/lib/store/repos/interactions';
import { recordMentions } from '@/lib/store/repos/mentions';
import { getSettings } from '@/lib/store/repos/settings';
import { listTemplates, listTemplateVersions, saveTemplate } from '@/lib/store/repos/templates';
import { listWatchlists, putWatchlist } from '@/lib/store/repos/watchlists';
import { countWorkspaceData } from '@/lib/store/repos/workspace-data';
import { getWorkspace, listWorkspaces } from '@/lib/store/repos/workspaces';
import { DEFAULT_WORKSPACE_ID } from '@/lib/store/schema';
import { incident } from '../incidents/fixtures';
import { freshDb } from '../store/helpers';

const UI: CallContext = { caller: 'ui' };
let db: VigieDB;
let handlers: ReturnType<typeof workspaceHandlers>;
let tabMessages: MockInstance;

beforeEach(async () => {
  fakeBrowser.reset();
  // The fake browser has no content scripts: every tab takes the command silently.
  tabMessages = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  db = await freshDb();
  handlers = workspaceHandlers({ db: async () => db });
});

async function create(name: string): Promise<string> {
  const result = await handlers['workspace.create'](
    inputSchemas['workspace.create'].parse({ name }),
    UI,
  );
  if (!result.ok) throw new Error(result.reason);
  return result.workspace.id;
}

/** A watchlist, a template (two versions), a mention, an interaction and an incident with its screenshot. */
async function fill(workspaceId: string): Promise<void> {
  const now = 1_700_000_000_000;
  await putWatchlist(db, {
    workspaceId,
    id: 'brand',
    name: 'Brand',
    kind: 'brand',
    query: 'acme',
    enabled: true,
    createdAt: now,
    updatedAt: now,
  });
  const template = {
    workspaceId,
    id: 'thanks',
    title: 'Thanks',
    body: 'Thanks {author}',
    language: 'en',
    status: 'approved' as const,
    tags: [],
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await saveTemplate(db, template);
  await saveTemplate(db, { ...template, body: 'Thank you {author}' });
  const [mention] = await recordMentions(db, [
    {
      workspaceId,
      dedupeKey: 'https://x.com/a/status/1',
      url: 'https://x.com/home',
      network: 'x',
      kind: 'post',
      author: { name: 'A' },
      text: 'acme rocks',
      engagement: {},
      watchlistIds: ['brand'],
      terms: ['acme'],
      risk: { level: 'none', score: 0, categories: [] },
    },
  ]);
  await addInteraction(db, {
    id: `i-${workspaceId}`,
    workspaceId,
    mentionId: mention?.id,
    network: 'x',
    url: 'https://x.com/home',
    text: 'Thanks A',
    status: 'inserted',
    createdAt: now,
  });
  await createIncidentRecord(db, incident({ id: `inc-${workspaceId}`, workspaceId }), {
    blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }),
    type: 'image/png',
  });
}

const FULL = {
  watchlists: 1,
  templates: 1,
  mentions: 1,
  interactions: 1,
  incidents: 1,
  screenshots: 1,
};

describe('workspace.create and workspace.rename', () => {
  it('creates a workspace with a fresh id and refuses a name already used (case and accents aside)', async () => {
    const id = await create('  Client Été ');
    expect(await getWorkspace(db, id)).toMatchObject({ name: 'Client Été' });
    const again = await handlers['workspace.create']({ name: 'client ete' }, UI);
    expect(again).toEqual({ ok: false, reason: 'name_taken' });
    expect(await listWorkspaces(db)).toHaveLength(2);
  });

  it('validates the input: an empty name or an oversized one never reaches the store', () => {
    expect(inputSchemas['workspace.create'].safeParse({ name: '   ' }).success).toBe(false);
    expect(inputSchemas['workspace.create'].safeParse({ name: 'x'.repeat(121) }).success).toBe(
      false,
    );
    expect(inputSchemas['workspace.create'].safeParse({ name: 'A', brands: [''] }).success).toBe(
      false,
    );
  });

  it('renames, refusing a name another workspace has and an unknown id', async () => {
    const id = await create('Client B');
    expect(await handlers['workspace.rename']({ id, name: 'Client C' }, UI)).toMatchObject({
      ok: true,
      workspace: { id, name: 'Client C' },
    });
    expect(await handlers['workspace.rename']({ id, name: 'vigie' }, UI)).toEqual({
      ok: false,
      reason: 'name_taken',
    });
    expect(await handlers['workspace.rename']({ id: 'nope', name: 'X' }, UI)).toEqual({
      ok: false,
      reason: 'not_found',
    });
  });
});

describe('workspace.delete', () => {
  it('refuses to delete the last workspace', async () => {
    await fill(DEFAULT_WORKSPACE_ID);
    expect(
      await handlers['workspace.delete']({ id: DEFAULT_WORKSPACE_ID, confirmName: 'Vigie' }, UI),
    ).toEqual({ ok: false, reason: 'last_workspace' });
    expect(await countWorkspaceData(db, DEFAULT_WORKSPACE_ID)).toEqual(FULL);
  });

  it('refuses without the typed name, and deletes nothing then', async () => {
    const id = await create('Client B');
    await fill(id);
    expect(await handlers['workspace.delete']({ id, confirmName: 'Client' }, UI)).toEqual({
      ok: false,
      reason: 'confirmation_mismatch',
    });
    expect(await countWorkspaceData(db, id)).toEqual(FULL);
  });

  it('removes exactly that workspace’s data and leaves the other’s untouched', async () => {
    const id = await create('Client B');
    await fill(DEFAULT_WORKSPACE_ID);
    await fill(id);
    expect(await handlers['workspace.counts']({ id }, UI)).toEqual(FULL);

    const result = await handlers['workspace.delete']({ id, confirmName: 'Client B' }, UI);
    expect(result.ok).toBe(true);
    expect(await getWorkspace(db, id)).toBeUndefined();
    expect(await countWorkspaceData(db, id)).toEqual({
      watchlists: 0,
      templates: 0,
      mentions: 0,
      interactions: 0,
      incidents: 0,
      screenshots: 0,
    });
    expect(await listTemplateVersions(db, id, 'thanks')).toEqual([]);
    // The other workspace keeps everything, its template history included.
    expect(await countWorkspaceData(db, DEFAULT_WORKSPACE_ID)).toEqual(FULL);
    expect(await listTemplateVersions(db, DEFAULT_WORKSPACE_ID, 'thanks')).toHaveLength(2);
    expect(await db.count('blobs')).toBe(1);
  });

  it('makes another workspace active when the active one is deleted', async () => {
    const id = await create('Client B');
    await handlers['workspace.switch']({ id }, UI);
    const result = await handlers['workspace.delete']({ id, confirmName: 'Client B' }, UI);
    expect(result).toMatchObject({
      ok: true,
      settings: { activeWorkspaceId: DEFAULT_WORKSPACE_ID },
    });
    expect((await getSettings(db)).activeWorkspaceId).toBe(DEFAULT_WORKSPACE_ID);
  });
});

describe('workspace.switch', () => {
  it('sets the active workspace, tells Vigie’s pages and asks every tab to listen again', async () => {
    const id = await create('Client B');
    const tab = await fakeBrowser.tabs.create({ url: 'https://x.com/home' });
    tabMessages.mockClear();
    const broadcasts: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      broadcasts.push(message);
    });
    const result = await handlers['workspace.switch']({ id }, UI);
    expect(result).toMatchObject({ ok: true, settings: { activeWorkspaceId: id } });
    expect((await getSettings(db)).activeWorkspaceId).toBe(id);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(broadcasts).toContainEqual({ vigie: 1, event: 'config.changed' });
    expect(tabMessages).toHaveBeenCalledWith(tab.id, { vigie: 1, command: 'reload' });
  });

  it('refuses an unknown workspace and keeps the active one', async () => {
    expect(await handlers['workspace.switch']({ id: 'ghost' }, UI)).toEqual({
      ok: false,
      reason: 'not_found',
    });
    expect((await getSettings(db)).activeWorkspaceId).toBe(DEFAULT_WORKSPACE_ID);
  });
});

describe('workspace.setup (the first-run wizard)', () => {
  const answers = {
    brands: ['Acme', 'Acme Air'],
    handles: ['@acme'],
    competitors: ['SkyJet'],
    languages: ['fr', 'en'] as ('fr' | 'en')[],
    competitorsName: 'Concurrents',
    uiLanguage: 'fr',
  };

  it('renames the workspace to the brand, adds its watchlists and the ten starter templates', async () => {
    const result = await handlers['workspace.setup'](answers, UI);
    expect(result).toMatchObject({
      ok: true,
      workspace: { id: DEFAULT_WORKSPACE_ID, name: 'Acme', language: 'fr', handles: ['@acme'] },
      summary: { watchlists: { added: 2, updated: 0 }, templates: { added: 10, kept: 0 } },
    });
    const lists = await listWatchlists(db, DEFAULT_WORKSPACE_ID);
    expect(lists.map((w) => [w.id, w.kind, w.query])).toEqual([
      ['starter-brand', 'brand', '"Acme Air" OR Acme OR @acme'],
      ['starter-competitors', 'competitor', 'SkyJet'],
    ]);
    const templates = await listTemplates(db, DEFAULT_WORKSPACE_ID);
    expect(templates.filter((t) => t.status === 'approved')).toHaveLength(10);
    expect((await getSettings(db)).onboarded).toBe(true);
  });

  it('run again, updates the watchlists and keeps the templates as the CM edited them', async () => {
    await handlers['workspace.setup'](answers, UI);
    const [first] = await listTemplates(db, DEFAULT_WORKSPACE_ID);
    if (!first) throw new Error('no template');
    await saveTemplate(db, { ...first, body: 'Edited by the CM' });
    const again = await handlers['workspace.setup'](
      { ...answers, brands: ['Acme'], languages: ['en'] },
      UI,
    );
    expect(again).toMatchObject({
      ok: true,
      summary: { watchlists: { added: 0, updated: 2 }, templates: { added: 0, kept: 5 } },
    });
    expect(await listWatchlists(db, DEFAULT_WORKSPACE_ID)).toHaveLength(2);
    expect(await listTemplates(db, DEFAULT_WORKSPACE_ID)).toHaveLength(10);
    const edited = (await listTemplates(db, DEFAULT_WORKSPACE_ID)).find((t) => t.id === first.id);
    expect(edited?.body).toBe('Edited by the CM');
  });

  it('refuses answers with nothing to look for, writing nothing', async () => {
    const result = await handlers['workspace.setup'](
      { ...answers, brands: ['&&'], handles: [] },
      UI,
    );
    expect(result).toEqual({ ok: false, reason: 'no_brand' });
    expect(await listWatchlists(db, DEFAULT_WORKSPACE_ID)).toEqual([]);
    expect((await getSettings(db)).onboarded).toBe(false);
  });

  it('adds no competitor watchlist when none was given, English only', async () => {
    await handlers['workspace.setup']({ ...answers, competitors: [], languages: ['en'] }, UI);
    expect((await listWatchlists(db, DEFAULT_WORKSPACE_ID)).map((w) => w.id)).toEqual([
      'starter-brand',
    ]);
    const templates = await listTemplates(db, DEFAULT_WORKSPACE_ID);
    expect(templates.map((t) => t.language)).toEqual(Array(5).fill('en'));
  });
});

describe('settings.update', () => {
  it('cannot set the active workspace: only workspace.switch, which checks it exists, does', () => {
    expect(inputSchemas['settings.update'].safeParse({ activeWorkspaceId: 'ghost' }).success).toBe(
      false,
    );
    expect(inputSchemas['settings.update'].safeParse({ highlightScope: 'all' }).success).toBe(true);
  });
});
