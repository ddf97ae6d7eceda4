/** The labelled set is data other people will read and extend: keep it honest and valid. */
import { describe, expect, it } from 'vitest';
import { NETWORKS } from '../../../lib/sites/types';
import { templateSchema } from '../../../lib/store/schema';
import { LABELLED, TEMPLATES, toSuggestInput } from './labelled';

describe('suggestion fixtures', () => {
  it('are valid templates with unique ids, approved and not', () => {
    for (const t of TEMPLATES) expect(() => templateSchema.parse(t), t.id).not.toThrow();
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
    const statuses = new Set(TEMPLATES.map((t) => t.status));
    expect([...statuses].sort()).toEqual(['approved', 'draft', 'pending', 'retired']);
  });

  it('label at least 60 varied mentions', () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(60);
    expect(new Set(LABELLED.map((m) => m.id)).size).toBe(LABELLED.length);
    const networks = new Set(LABELLED.map((m) => m.network));
    for (const network of networks) expect(NETWORKS).toContain(network);
    expect(networks.size).toBeGreaterThanOrEqual(8);
    const languages = new Set(
      TEMPLATES.filter((t) => t.status === 'approved').map((t) => t.language),
    );
    expect([...languages].sort()).toEqual(['en', 'fr']);
    const expectedLanguages = LABELLED.map(
      (m) => TEMPLATES.find((t) => t.id === m.expected)?.language,
    );
    expect(expectedLanguages.filter((l) => l === 'fr').length).toBeGreaterThanOrEqual(25);
    expect(expectedLanguages.filter((l) => l === 'en').length).toBeGreaterThanOrEqual(25);
    const intents = new Set(
      LABELLED.map((m) => TEMPLATES.find((t) => t.id === m.expected)?.intent),
    );
    expect([...intents].sort()).toEqual([
      'answer',
      'apology',
      'holding-statement',
      'redirect-dm',
      'thanks',
    ]);
  });

  it('go through the real listening pipeline', () => {
    const input = toSuggestInput({
      id: 'x',
      network: 'x',
      kind: 'post',
      text: '@acme_air vol annulé, toujours pas remboursé, inadmissible',
      expected: 't-refund-late-fr',
    });
    expect(input.watchlistIds).toEqual(['w-acme', 'w-strike']);
    expect(input.watchlistKinds).toEqual(['brand', 'topic']);
    expect(input.risk?.categories).toEqual(expect.arrayContaining(['complaint', 'refund']));
    expect(input.language).toBe('fr');
  });
});
