import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS, openVigieDB, SETTINGS_KEY } from '@/lib/store/db';
import { getSettings } from '@/lib/store/repos/settings';
import { listTemplates, listTemplateVersions } from '@/lib/store/repos/templates';
import { DEFAULT_WORKSPACE_ID } from '@/lib/store/schema';
import { freshName } from './helpers';

/**
 * Records as each schema version wrote them. Every version the code ever
 * shipped gets an entry here, so an upgrade from it is tested.
 */
const SEEDS: Record<number, (db: import('idb').IDBPDatabase) => Promise<void>> = {
  1: async (db) => {
    const now = 1_700_000_000_000;
    await db.put('workspaces', {
      id: 'client-b',
      name: 'Client B',
      createdAt: now,
      updatedAt: now,
    });
    await db.put('watchlists', {
      workspaceId: 'client-b',
      id: 'w1',
      name: 'Acme',
      kind: 'brand',
      query: '"Acme Air"',
      enabled: true,
      createdAt: now,
      updatedAt: now,
    });
    // v1 templates had no `version`.
    await db.put('templates', {
      workspaceId: 'client-b',
      id: 't1',
      title: 'Merci',
      body: 'Merci {author} !',
      language: 'fr',
      status: 'approved',
      tags: ['praise'],
      createdAt: now,
      updatedAt: now,
    });
    await db.put('mentions', {
      id: 'm1',
      workspaceId: 'client-b',
      dedupeKey: 'https://x.com/a/status/1',
      url: 'https://x.com/home',
      network: 'x',
      kind: 'post',
      author: { name: 'Ana' },
      text: 'Acme Air rocks',
      engagement: {},
      watchlistIds: ['w1'],
      terms: ['Acme Air'],
      risk: { level: 'none', score: 0, categories: [] },
      status: 'replied',
      firstSeenAt: now,
      lastSeenAt: now,
    });
    await db.put('interactions', {
      id: 'i1',
      workspaceId: 'client-b',
      mentionId: 'm1',
      network: 'x',
      url: 'https://x.com/a/status/1',
      text: 'Merci Ana !',
      status: 'inserted',
      createdAt: now,
    });
    await db.put('incidents', {
      id: 'inc1',
      workspaceId: 'client-b',
      title: 'Bad joke',
      category: 'bad-joke',
      severity: 3,
      status: 'open',
      url: 'https://x.com/a/status/2',
      notes: '',
      mentionIds: [],
      timeline: [],
      createdAt: now,
      updatedAt: now,
    });
  },
  2: async (db) => {
    const now = 1_700_000_100_000;
    await db.put('templateVersions', {
      workspaceId: 'client-b',
      templateId: 't1',
      version: 2,
      title: 'Merci',
      body: 'Merci beaucoup {author} !',
      savedAt: now,
    });
    await db.put('blobs', {
      id: 'shot1',
      workspaceId: 'client-b',
      type: 'image/png',
      blob: new Blob(['png'], { type: 'image/png' }),
      createdAt: now,
    });
  },
};

/**
 * Builds a database as a CM who used every version up to `version` left it:
 * created at v1 with v1's records, upgraded by each shipped migration, each
 * version adding the records it wrote.
 */
async function createAtVersion(name: string, version: number): Promise<void> {
  for (let v = 1; v <= version; v++) {
    (await openVigieDB(name, v)).close();
    const raw = await openDB(name, v);
    await SEEDS[v]?.(raw);
    raw.close();
  }
}

describe('schema migrations', () => {
  it('has a seed for every version but the latest', () => {
    for (let v = 1; v < DB_VERSION; v++) expect(SEEDS[v], `seed for v${v}`).toBeTypeOf('function');
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
  });

  it('creates a new database with a default workspace and default settings', async () => {
    const db = await openVigieDB(freshName());
    expect(await db.get('workspaces', DEFAULT_WORKSPACE_ID)).toMatchObject({ name: 'Vigie' });
    expect(await db.get('settings', SETTINGS_KEY)).toMatchObject({
      role: 'junior',
      locale: 'auto',
    });
    expect([...db.objectStoreNames].sort()).toEqual([
      'blobs',
      'incidents',
      'interactions',
      'keys',
      'mentions',
      'settings',
      'templateVersions',
      'templates',
      'watchlists',
      'workspaces',
    ]);
    db.close();
  });

  for (let from = 1; from < DB_VERSION; from++) {
    it(`upgrades a database created at v${from} to v${DB_VERSION} and loses nothing`, async () => {
      const name = freshName();
      await createAtVersion(name, from);
      const db = await openVigieDB(name);
      expect(db.version).toBe(DB_VERSION);
      expect(await getSettings(db)).toMatchObject({ activeWorkspaceId: DEFAULT_WORKSPACE_ID });
      expect(await db.get('workspaces', 'client-b')).toMatchObject({ name: 'Client B' });
      expect(await db.get('watchlists', ['client-b', 'w1'])).toMatchObject({ query: '"Acme Air"' });
      expect(await db.get('mentions', 'm1')).toMatchObject({
        status: 'replied',
        text: 'Acme Air rocks',
      });
      expect(await db.get('interactions', 'i1')).toMatchObject({ text: 'Merci Ana !' });
      expect(await db.get('incidents', 'inc1')).toMatchObject({ category: 'bad-joke' });
      const [template] = await listTemplates(db, 'client-b');
      expect(template).toMatchObject({ id: 't1', body: 'Merci {author} !', version: 1 });
      expect(await listTemplateVersions(db, 'client-b', 't1')).toContainEqual(
        expect.objectContaining({ version: 1, body: 'Merci {author} !' }),
      );
      expect(await db.getAllFromIndex('mentions', 'byUrl', 'https://x.com/home')).toHaveLength(1);
      const range = IDBKeyRange.bound(['client-b', 0], ['client-b', Number.MAX_SAFE_INTEGER]);
      expect(await db.getAllFromIndex('interactions', 'byWorkspaceCreatedAt', range)).toHaveLength(
        1,
      );
      expect(await db.getAllFromIndex('mentions', 'byWorkspaceFirstSeen', range)).toHaveLength(1);
      if (from >= 2) {
        expect(await db.get('blobs', 'shot1')).toMatchObject({ type: 'image/png' });
        expect(await listTemplateVersions(db, 'client-b', 't1')).toHaveLength(2);
      }
      db.close();
    });
  }
});
