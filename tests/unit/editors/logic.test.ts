import { describe, expect, it } from 'vitest';
import { applyCompletion, completionAt, completionItems } from '@/lib/editors/completion';
import { queryIssues, templateIssues } from '@/lib/editors/issues';
import { lineColumn } from '@/lib/editors/position';
import { previewTemplate } from '@/lib/editors/preview';
import { querySegments } from '@/lib/editors/query-segments';
import { testQuery } from '@/lib/editors/query-test';
import { buildSegments } from '@/lib/editors/segments';
import { templateSegments } from '@/lib/editors/template-segments';
import { wordDiff } from '@/lib/editors/word-diff';

describe('query colouring', () => {
  it('keeps every character, in order, and classes each token', () => {
    const query = '("Acme Air" OR acme*) AND NOT author:bot <<<note>>> NEAR/3 x';
    const segments = querySegments(query, queryIssues(query));
    expect(segments.map((s) => s.text).join('')).toBe(query);
    const tokenOf = (text: string) => segments.find((s) => s.text === text)?.token;
    expect(tokenOf('"Acme Air"')).toBe('phrase');
    expect(tokenOf('acme*')).toBe('wildcard');
    expect(tokenOf('author:bot')).toBe('field');
    expect(tokenOf('<<<note>>>')).toBe('comment');
    expect(tokenOf('NEAR/3')).toBe('near');
    expect(tokenOf('(')).toBe('paren');
    expect(segments.filter((s) => s.token === 'op').map((s) => s.text)).toEqual([
      'OR',
      'AND',
      'NOT',
    ]);
  });

  it('underlines errors and warnings at their place, and a missing operand at the end', () => {
    const query = 'acme or *cme';
    const marked = querySegments(query, queryIssues(query)).filter((s) => s.mark);
    expect(marked.map((s) => [s.text, s.mark])).toEqual(
      [
        ['or', 'error'],
        [' ', 'error'],
        ['*cme', 'error'],
      ].filter(([text]) => marked.some((s) => s.text === text)),
    );
    expect(marked.find((s) => s.text === '*cme')?.mark).toBe('error');

    const dangling = buildSegments('acme AND', [], [{ start: 8, end: 8, severity: 'error' }]);
    expect(dangling.map((s) => s.text).join('')).toBe('acme AND\u00a0');
    expect(dangling[dangling.length - 1]).toMatchObject({ text: '\u00a0', mark: 'error' });
  });

  it('gives line and column on multi-line queries', () => {
    expect(lineColumn('a\nbc\nd', 4)).toEqual({ line: 2, column: 3 });
    expect(queryIssues('acme\nAND (x')[0]).toMatchObject({
      code: 'unclosed_paren',
      line: 2,
      column: 5,
    });
  });
});

describe('the test box', () => {
  it('says whether a post matches, on which words, with merged spans', () => {
    const result = testQuery('"Acme Air" OR acme* OR #acmeair', 'Vol Acme Air annulé #AcmeAir');
    expect(result).toMatchObject({ valid: true, matched: true });
    expect(result.terms).toEqual(expect.arrayContaining(['"Acme Air"', 'acme*', '#acmeair']));
    expect(result.spans.map((s) => [s.start, s.end])).toEqual([
      [4, 12],
      [20, 28],
    ]);
    expect(testQuery('acme AND NOT annulé', 'Vol Acme Air annulé')).toMatchObject({
      matched: false,
    });
    expect(testQuery('acme AND (', 'acme')).toMatchObject({ valid: false, matched: false });
  });
});

describe('variable completion', () => {
  it('opens after an unescaped {, offers known variables then fill-ins, then a new field', () => {
    expect(completionAt('Bonjour {aut', 12)).toEqual({ start: 8, prefix: 'aut' });
    expect(completionAt('Bonjour {{aut', 13)).toBeNull();
    expect(completionAt('Bonjour aut', 11)).toBeNull();
    expect(completionItems('aut', '').map((i) => i.insert)).toEqual([
      '{author}',
      '{author_handle}',
    ]);
    expect(completionItems('or', 'Commande {order_number?}').map((i) => i.insert)).toEqual([
      '{order_number?}',
      '{author}',
      '{author_handle}',
      '{network}',
    ]);
    expect(completionItems('handle', '').map((i) => i.insert)).toEqual([
      '{author_handle}',
      '{handle?}',
    ]);
    expect(completionItems('', '').length).toBe(7);
  });

  it('replaces what was typed, and the rest of a name already there', () => {
    const text = 'Bonjour {au}, merci';
    const context = completionAt(text, 11);
    if (!context) throw new Error('no context');
    const item = completionItems(context.prefix, text)[0]!;
    expect(applyCompletion(text, context, 11, item)).toEqual({
      text: 'Bonjour {author}, merci',
      caret: 16,
    });
  });
});

describe('template colouring and preview', () => {
  it('colours variables and fill-ins, underlines unknown ones', () => {
    const body = 'Hi {author}, order {order?} {autor}';
    const segments = templateSegments(body, templateIssues({ body }));
    expect(segments.map((s) => s.text).join('')).toBe(body);
    expect(segments.filter((s) => s.token).map((s) => [s.text, s.token])).toEqual([
      ['{author}', 'var'],
      ['{order?}', 'fill'],
    ]);
    expect(segments.find((s) => s.mark)?.text).toBe('{autor}');
  });

  it('renders the network variant with sample values and measures it by the network’s rules', () => {
    const template = {
      body: 'Bonjour {author}',
      variants: { x: `${'a'.repeat(290)}` },
      language: 'fr',
    };
    const context = { brand: 'Acme', agent: 'Léa', now: 0, networkLabel: 'X' };
    expect(previewTemplate(template, 'facebook', {}, context)).toMatchObject({
      text: 'Bonjour Camille Martin',
      length: { length: 22, limit: 8000, over: false },
    });
    expect(previewTemplate(template, 'x', {}, context).length).toEqual({
      length: 290,
      limit: 280,
      over: true,
    });
  });
});

describe('word diff', () => {
  it('marks added and removed words', () => {
    expect(wordDiff('Bonjour, désolés.', 'Bonjour, vraiment désolés.')).toEqual([
      { value: 'Bonjour, ', kind: 'same' },
      { value: 'vraiment ', kind: 'added' },
      { value: 'désolés.', kind: 'same' },
    ]);
  });
});
