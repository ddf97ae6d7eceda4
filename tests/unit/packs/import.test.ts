import { describe, expect, it } from 'vitest';
import { importPack } from '@/lib/packs/import';
import { listTemplateVersions, saveTemplate } from '@/lib/store/repos/templates';
import { DEFAULT_WORKSPACE_ID } from '@/lib/store/schema';
import {
  juniorTrusting,
  library,
  packOf,
  seedJuniorWork,
  senior,
  T0,
  template,
  text,
  untouchable,
} from './helpers';

describe('importing a pack', () => {
  it('adds the workspace library and never touches the log, mentions, incidents or settings', async () => {
    const pack = await packOf(await senior(), T0);
    const junior = await juniorTrusting(pack);
    await seedJuniorWork(junior);
    const work = await untouchable(junior);
    const result = await importPack(junior, text(pack), {}, T0 + 10);
    expect(result).toEqual({
      ok: true,
      status: 'imported',
      summary: {
        workspace: { id: DEFAULT_WORKSPACE_ID, name: 'Vigie', created: false },
        packVersion: pack.packVersion,
        issuedAt: pack.issuedAt,
        signer: { fingerprint: pack.signer.fingerprint, label: 'Claire' },
        templates: { added: 4, updated: 0, retired: 0, unchanged: 0 },
        watchlists: { added: 3, updated: 0, unchanged: 0 },
      },
    });
    const templates = await junior.getAll('templates');
    expect(templates.map((t) => t.status)).toEqual([
      'approved',
      'approved',
      'approved',
      'approved',
    ]);
    expect(await untouchable(junior)).toBe(work);
    const key = await junior.get('keys', `trusted:${pack.signer.fingerprint}`);
    expect(key?.imported).toEqual({ [DEFAULT_WORKSPACE_ID]: pack.packVersion });
  });

  it('creates a workspace it does not have, named as in the pack', async () => {
    const db = await senior();
    await db.put('workspaces', {
      id: DEFAULT_WORKSPACE_ID,
      name: 'Acme Air',
      createdAt: T0,
      updatedAt: T0,
    });
    const pack = await packOf(db, T0);
    const junior = await juniorTrusting(pack);
    await junior.delete('workspaces', DEFAULT_WORKSPACE_ID);
    const result = await importPack(junior, text(pack));
    expect(result).toMatchObject({ summary: { workspace: { name: 'Acme Air', created: true } } });
    expect((await junior.get('workspaces', DEFAULT_WORKSPACE_ID))?.name).toBe('Acme Air');
  });

  it('updates templates by version, keeps their history, retires what the senior retired', async () => {
    const db = await senior();
    const first = await packOf(db, T0);
    const junior = await juniorTrusting(first);
    await seedJuniorWork(junior);
    await importPack(junior, text(first), {}, T0);
    const work = await untouchable(junior);

    const merci = await template(db, 't-merci');
    const thanks = await template(db, 't-thanks');
    if (!merci || !thanks) throw new Error('seed');
    await saveTemplate(db, { ...merci, body: 'Merci beaucoup {author} !', updatedAt: T0 + 1 });
    await saveTemplate(db, { ...thanks, status: 'retired' });
    const second = await packOf(db, T0 + 60_000);
    const result = await importPack(junior, text(second), {}, T0 + 60_001);
    expect(result).toMatchObject({
      ok: true,
      status: 'imported',
      summary: {
        templates: { added: 0, updated: 1, retired: 1, unchanged: 2 },
        watchlists: { added: 0, updated: 0, unchanged: 3 },
      },
    });
    expect(await template(junior, 't-merci')).toMatchObject({
      version: 2,
      body: 'Merci beaucoup {author} !',
      status: 'approved',
    });
    const history = await listTemplateVersions(junior, DEFAULT_WORKSPACE_ID, 't-merci');
    expect(history.map((v) => [v.version, v.body.slice(0, 14)])).toEqual([
      [1, 'Merci {author}'],
      [2, 'Merci beaucoup'],
    ]);
    expect(await template(junior, 't-thanks')).toMatchObject({ status: 'retired', version: 1 });
    expect(await untouchable(junior)).toBe(work);
  });

  it('ignores a pack not newer than the last one imported from that signer', async () => {
    const db = await senior();
    const older = await packOf(db, T0);
    const merci = await template(db, 't-merci');
    if (!merci) throw new Error('seed');
    await saveTemplate(db, { ...merci, body: 'Merci beaucoup {author} !' });
    const newer = await packOf(db, T0 + 60_000);
    const junior = await juniorTrusting(older);
    await importPack(junior, text(newer));
    const before = await library(junior);
    for (const pack of [older, newer]) {
      expect(await importPack(junior, text(pack))).toMatchObject({
        ok: true,
        status: 'up_to_date',
        lastImported: newer.packVersion,
        summary: { templates: { added: 0, updated: 0, retired: 0, unchanged: 4 } },
      });
    }
    expect(await library(junior)).toBe(before);
    expect((await template(junior, 't-merci'))?.version).toBe(2);
  });

  it('brings a local copy back to the approved wording without rewriting its history', async () => {
    const db = await senior();
    const pack = await packOf(db, T0);
    const junior = await juniorTrusting(pack);
    await importPack(junior, text(pack));
    // A copy edited here (say, from an old bundle) under the same number.
    const local = await template(junior, 't-merci');
    if (!local) throw new Error('import');
    await junior.put('templates', { ...local, body: 'Version locale', status: 'draft' });
    await junior.put('templateVersions', {
      workspaceId: DEFAULT_WORKSPACE_ID,
      templateId: 't-merci',
      version: 1,
      title: local.title,
      body: 'Version locale',
      savedAt: T0,
    });
    const again = await packOf(db, T0 + 1_000);
    expect(await importPack(junior, text(again))).toMatchObject({
      summary: { templates: { updated: 1, unchanged: 3 } },
    });
    expect(await template(junior, 't-merci')).toMatchObject({ version: 2, status: 'approved' });
    const history = await listTemplateVersions(junior, DEFAULT_WORKSPACE_ID, 't-merci');
    expect(history.map((v) => v.body.slice(0, 14))).toEqual(['Version locale', 'Merci {author}']);
  });

  it('refuses a malformed pack with the path of every problem, and writes nothing', async () => {
    const pack = await packOf(await senior(), T0);
    const junior = await juniorTrusting(pack);
    const before = await library(junior);
    const broken = structuredClone(pack) as unknown as Record<string, unknown> & {
      templates: Record<string, unknown>[];
      watchlists: Record<string, unknown>[];
    };
    broken.packVersion = -3;
    const first = broken.templates[0];
    if (first) first.status = 'pending';
    const second = broken.templates[1];
    if (second) second.version = undefined;
    const watchlist = broken.watchlists[0];
    if (watchlist) watchlist.query = '(Acme';
    const check = (query: string) =>
      query.includes('(') && !query.includes(')')
        ? [{ key: 'query_error_unclosed', substitutions: ['1'] }]
        : [];
    const zodStage = await importPack(junior, text(broken), { checkQuery: check });
    expect(zodStage).toEqual({
      ok: false,
      reason: 'malformed',
      problems: expect.arrayContaining([
        { path: '$.packVersion', code: 'too_short', params: ['0'] },
        { path: '$.templates[0].status', code: 'invalid_value', params: ['approved, retired'] },
        { path: '$.templates[1].version', code: 'missing', params: ['number'] },
      ]),
    });
    const onlyQuery = structuredClone(pack) as unknown as { watchlists: { query: string }[] };
    const w = onlyQuery.watchlists[0];
    if (w) w.query = '(Acme';
    expect(await importPack(junior, text(onlyQuery), { checkQuery: check })).toEqual({
      ok: false,
      reason: 'malformed',
      problems: [
        {
          path: '$.watchlists[0].query',
          code: 'invalid_query',
          params: ['query_error_unclosed', '1'],
        },
      ],
    });
    expect(await importPack(junior, '{"format": "vigie-pack",')).toMatchObject({
      ok: false,
      reason: 'malformed',
      problems: [{ path: '$', code: 'json_syntax' }],
    });
    expect(await importPack(junior, text({ ...pack, format: 'vigie-bundle' }))).toMatchObject({
      reason: 'malformed',
      problems: [{ path: '$.format', code: 'invalid_value', params: ['vigie-pack'] }],
    });
    expect(await library(junior)).toBe(before);
  });
});
