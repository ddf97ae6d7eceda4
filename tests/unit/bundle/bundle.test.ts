import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportBundle, importBundle } from '@/lib/bundle/transfer';
import { readBundle } from '@/lib/bundle/validate';
import { listTemplateVersions } from '@/lib/store/repos/templates';
import { freshDb } from '../store/helpers';

const acme = readFileSync('tests/fixtures/bundles/acme.json', 'utf8');
const invalid = readFileSync('tests/fixtures/bundles/invalid.json', 'utf8');

function mustRead(text: string) {
  const result = readBundle(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.bundle;
}

describe('readBundle', () => {
  it('accepts the minimal shape from the issue', () => {
    const minimal = {
      format: 'vigie-bundle',
      version: 1,
      watchlists: [
        {
          id: 'w1',
          name: 'Acme',
          kind: 'brand',
          query: '"Acme Air" OR #acmeair OR @acme_air',
          enabled: true,
        },
      ],
      templates: [
        {
          id: 't1',
          title: 'Merci',
          body: 'Merci {author} !',
          language: 'fr',
          status: 'approved',
          tags: ['praise'],
        },
      ],
    };
    expect(readBundle(JSON.stringify(minimal)).ok).toBe(true);
  });

  it('reports every problem with its JSON path', () => {
    const result = readBundle(invalid);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        {
          path: '$.watchlists[0].kind',
          code: 'invalid_value',
          params: ['brand, competitor, topic'],
        },
        { path: '$.watchlists[1].name', code: 'too_short', params: ['1'] },
        { path: '$.watchlists[1].enabeld', code: 'unknown_key', params: ['enabeld'] },
        {
          path: '$.templates[0].status',
          code: 'invalid_value',
          params: ['draft, pending, approved, retired'],
        },
        { path: '$.templates[1].body', code: 'missing', params: ['string'] },
      ]),
    );
  });

  it('reports duplicate ids and query errors once the shape is right', () => {
    const bundle = JSON.parse(acme);
    bundle.watchlists[1].id = 'w-acme';
    const result = readBundle(JSON.stringify(bundle), (query) =>
      query.includes('SkyJet') ? [{ key: 'query_bad', substitutions: ['4'] }] : [],
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: '$.watchlists[1].id',
          code: 'duplicate_id',
          params: ['w-acme', '$.watchlists[0]'],
        },
        { path: '$.watchlists[1].query', code: 'invalid_query', params: ['query_bad', '4'] },
      ],
    });
  });

  it('locates a JSON syntax error by line and column', () => {
    expect(readBundle('{\n  "format": "vigie-bundle",\n  oops\n}')).toEqual({
      ok: false,
      problems: [{ path: '$', code: 'json_syntax', params: ['3', '3'] }],
    });
  });

  it('rejects another format or version', () => {
    const result = readBundle(
      JSON.stringify({ format: 'other', version: 2, watchlists: [], templates: [] }),
    );
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['$.format', '$.version']);
  });
});

describe('import and export', () => {
  it('round-trips: export → import → export gives the same data', async () => {
    const source = await freshDb();
    await importBundle(source, 'default', mustRead(acme), 1_000);
    const first = await exportBundle(source, 'default', 2_000);
    const target = await freshDb();
    await importBundle(target, 'default', mustRead(JSON.stringify(first)), 3_000);
    const second = await exportBundle(target, 'default', 2_000);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(first.watchlists).toHaveLength(3);
    expect(first.templates).toHaveLength(5);
  });

  it('merges by id, and a new wording becomes a new version', async () => {
    const db = await freshDb();
    const bundle = mustRead(acme);
    await importBundle(db, 'default', bundle);
    const changed = structuredClone(bundle);
    changed.templates[0]!.body = 'Merci infiniment {author} !';
    const summary = await importBundle(db, 'default', changed);
    expect(summary).toEqual({
      watchlists: { added: 0, updated: 3 },
      templates: { added: 0, updated: 5 },
    });
    const versions = await listTemplateVersions(db, 'default', 't-merci');
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it('keeps workspaces apart', async () => {
    const db = await freshDb();
    await importBundle(db, 'client-a', mustRead(acme));
    expect((await exportBundle(db, 'client-b')).watchlists).toEqual([]);
  });
});

describe('readBundle with the real query parser', () => {
  it('reports a query error with its message key and position', async () => {
    const { queryErrors } = await import('@/lib/query/check');
    const bundle = JSON.parse(acme);
    bundle.watchlists[0].query = 'Acme Air';
    const result = readBundle(JSON.stringify(bundle), queryErrors);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem?.path).toBe('$.watchlists[0].query');
    expect(problem?.code).toBe('invalid_query');
    expect(problem?.params[0]).toMatch(/^query_/);
    expect(problem?.params[1]).toBe('6');
  });
});

describe('readBundle with the template checker', () => {
  it('refuses a template with an unknown variable, with its field and position', async () => {
    const { templateErrors } = await import('@/lib/templates/check');
    const bundle = JSON.parse(acme);
    bundle.templates[0].body = 'Merci {autor} !';
    bundle.templates[1].variants = { x: 'Thanks {author !' };
    const result = readBundle(JSON.stringify(bundle), undefined, templateErrors);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.code, p.params[1]])).toEqual([
      ['$.templates[0].body', 'invalid_template', '7'],
      ['$.templates[1].variants.x', 'invalid_template', '8'],
    ]);
  });
});
