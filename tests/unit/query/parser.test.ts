import { describe, expect, it } from 'vitest';
import { parseQuery, QUERY_MESSAGES, type QueryIssue, type QueryNode } from '@/lib/query';

type Expected = [
  severity: 'e' | 'w',
  code: string,
  start: number,
  end: number,
  params?: QueryIssue['params'],
];

/** Every error and warning, with its exact position (UTF-16 offsets, end exclusive). */
const ISSUES: [query: string, expected: Expected[]][] = [
  ['', [['e', 'empty_query', 0, 0]]],
  ['   ', [['e', 'empty_query', 0, 3]]],
  ['<<<only a comment>>>', [['e', 'empty_query', 0, 20]]],
  ['acme corp', [['e', 'missing_operator', 5, 9]]],
  ['(acme) beta', [['e', 'missing_operator', 7, 11]]],
  ['acme "big corp"', [['e', 'missing_operator', 5, 15]]],
  ['acme AND', [['e', 'missing_operand', 5, 8, { operator: 'AND' }]]],
  ['AND acme', [['e', 'missing_operand', 0, 3, { operator: 'AND' }]]],
  ['acme OR OR beta', [['e', 'missing_operand', 5, 7, { operator: 'OR' }]]],
  ['acme AND AND beta', [['e', 'missing_operand', 5, 8, { operator: 'AND' }]]],
  ['NOT', [['e', 'missing_operand', 0, 3, { operator: 'NOT' }]]],
  ['acme NOT', [['e', 'missing_operand', 5, 8, { operator: 'NOT' }]]],
  ['acme NEAR/3', [['e', 'missing_operand', 5, 11, { operator: 'NEAR/3' }]]],
  ['(acme OR beta', [['e', 'unclosed_paren', 0, 1]]],
  ['((acme)', [['e', 'unclosed_paren', 0, 1]]],
  ['acme)', [['e', 'unexpected_close_paren', 4, 5]]],
  ['"acme corp', [['e', 'unterminated_phrase', 0, 10]]],
  ['""', [['e', 'empty_phrase', 0, 2]]],
  ['{BT', [['e', 'unterminated_braces', 0, 3]]],
  ['{}', [['e', 'empty_braces', 0, 2]]],
  [
    '{"BT"}',
    [
      ['e', 'unexpected_character', 1, 2, { character: '"' }],
      ['e', 'unexpected_character', 4, 5, { character: '"' }],
    ],
  ],
  ['acme }', [['e', 'unexpected_character', 5, 6, { character: '}' }]]],
  ['<<<note acme', [['e', 'unterminated_comment', 0, 12]]],
  ['*acme', [['e', 'wildcard_at_start', 0, 5, { term: '*acme' }]]],
  ['?cme', [['e', 'wildcard_at_start', 0, 4, { term: '?cme' }]]],
  ['"acme *corp"', [['e', 'wildcard_at_start', 6, 11, { term: '*corp' }]]],
  ['#*', [['e', 'wildcard_at_start', 0, 2, { term: '#*' }]]],
  ['!!!', [['e', 'term_without_letters', 0, 3, { term: '!!!' }]]],
  ['acme OR #', [['e', 'term_without_letters', 8, 9, { term: '#' }]]],
  ['a NEAR b', [['e', 'near_distance_missing', 2, 6]]],
  ['a NEAR/x b', [['e', 'near_distance_missing', 2, 8]]],
  ['acme NEAR/3 (beta AND gamma)', [['e', 'near_operand_invalid', 13, 27]]],
  ['acme NEAR/3 NOT beta', [['e', 'missing_operand', 5, 11, { operator: 'NEAR/3' }]]],
  ['"a b"~2 NEAR/3 c', [['e', 'near_operand_invalid', 0, 7]]],
  ['a NEAR/2 b NEAR/2 c', [['e', 'near_operand_invalid', 0, 10]]],
  ['author:x NEAR/2 b', [['e', 'near_operand_invalid', 0, 8]]],
  ['acme~3', [['e', 'proximity_needs_phrase', 4, 6]]],
  ['{a b}~3', [['e', 'proximity_needs_phrase', 5, 7]]],
  ['"acme corp"~', [['e', 'proximity_distance_missing', 11, 12]]],
  ['"acme corp"~101', [['e', 'distance_too_large', 11, 15, { max: 100 }]]],
  ['a NEAR/500 b', [['e', 'distance_too_large', 2, 10, { max: 100 }]]],
  ['author:', [['e', 'field_value_missing', 0, 7, { field: 'author' }]]],
  ['site: acme', [['e', 'field_value_missing', 0, 5, { field: 'site' }]]],
  ['NOT spam', [['e', 'only_negative', 0, 8]]],
  ['acme OR NOT spam', [['e', 'only_negative', 0, 16]]],
  ['NOT author:x', [['e', 'only_negative', 0, 12]]],
  // Warnings: the query still compiles.
  [
    'acme or beta',
    [
      ['w', 'lowercase_operator', 5, 7, { word: 'or', operator: 'OR' }],
      ['e', 'missing_operator', 5, 7],
      ['e', 'missing_operator', 8, 12],
    ],
  ],
  ['and', [['w', 'lowercase_operator', 0, 3, { word: 'and', operator: 'AND' }]]],
  ['acme AND Not', [['w', 'lowercase_operator', 9, 12, { word: 'Not', operator: 'NOT' }]]],
  ['near/3', [['w', 'lowercase_operator', 0, 6, { word: 'near/3', operator: 'NEAR/3' }]]],
  ['a*', [['w', 'short_wildcard_stem', 0, 2, { stem: 'a' }]]],
  ['ab?', [['w', 'short_wildcard_stem', 0, 3, { stem: 'ab' }]]],
  ['abc*', []],
  ['acme OR acme', [['w', 'redundant_term', 8, 12, { term: 'acme' }]]],
  ['acme OR ACME', [['w', 'redundant_term', 8, 12, { term: 'ACME' }]]],
  ['{ACME} OR {Acme}', []],
  ['acme OR acme*', [['w', 'redundant_term', 0, 4, { term: 'acme' }]]],
  ['acme AND beta AND acme', [['w', 'redundant_term', 18, 22, { term: 'acme' }]]],
  ['acme AND ()', [['w', 'empty_group', 9, 11]]],
  ['a OR b AND c', [['w', 'mixed_and_or', 5, 12]]],
  ['(a OR b) AND c', []],
  ['a OR (b AND c)', []],
  ['acme AND NOT NOT beta', [['w', 'double_negation', 9, 16]]],
  ['acme AND -spam', [['w', 'leading_minus', 9, 14, { term: '-spam', word: 'spam' }]]],
  ['foo:bar', [['w', 'unknown_field', 0, 4, { field: 'foo' }]]],
  ['https://x.com', []],
  [
    'network:myspace',
    [
      [
        'w',
        'unknown_network',
        0,
        15,
        {
          network: 'myspace',
          known:
            'x, facebook, instagram, linkedin, youtube, tiktok, reddit, trustpilot, tripadvisor, google-maps, mastodon, bluesky, web',
        },
      ],
    ],
  ],
  ['network:twitter', []],
  ['language:french', [['w', 'language_not_iso', 0, 15, { language: 'french' }]]],
  ['language:fr', []],
  ['"apple AND pie"', [['w', 'operator_in_phrase', 7, 10, { operator: 'AND' }]]],
  ['"acme"~3', [['w', 'proximity_single_word', 6, 8]]],
  // Positions are UTF-16 offsets: the emoji counts two.
  ['😍 corp', [['e', 'missing_operator', 3, 7]]],
];

const toExpected = (issue: QueryIssue): Expected => {
  const severity = issue.severity === 'error' ? 'e' : 'w';
  return issue.params
    ? [severity, issue.code, issue.start, issue.end, issue.params]
    : [severity, issue.code, issue.start, issue.end];
};

describe('parseQuery issues', () => {
  it.each(ISSUES)('%j', (query, expected) => {
    const { ast, issues } = parseQuery(query);
    expect(issues.map(toExpected)).toEqual(expected);
    expect(ast === null).toBe(expected.some(([severity]) => severity === 'e'));
  });

  it('covers every issue code (risk_term_not_simple is checked with the matcher)', () => {
    const covered = new Set(ISSUES.flatMap(([, expected]) => expected.map(([, code]) => code)));
    covered.add('risk_term_not_simple');
    expect([...covered].sort()).toEqual(Object.keys(QUERY_MESSAGES).sort());
  });

  it('gives every issue the severity its message declares', () => {
    for (const [query] of ISSUES) {
      for (const issue of parseQuery(query).issues) {
        expect(issue.severity, `${query} ${issue.code}`).toBe(QUERY_MESSAGES[issue.code].severity);
      }
    }
  });

  it('never throws on arbitrary input', () => {
    const samples = [
      '(((',
      ')))',
      '"',
      '{',
      '}',
      '~',
      '<<<',
      '>>>',
      'NOT NOT NOT',
      'AND OR NOT',
      '"a"~',
      'a:b:c',
      '\u0000',
      '\ud83d',
    ];
    for (const a of samples)
      for (const b of samples) expect(() => parseQuery(`${a} ${b}${a}`)).not.toThrow();
  });
});

/** Compact form of a tree, to assert shapes. */
function shape(node: QueryNode | null): string {
  if (!node) return 'null';
  switch (node.type) {
    case 'term':
      return node.term.caseSensitive ? `{${node.term.text}}` : node.term.text;
    case 'phrase': {
      const quoted = `"${node.words.map((w) => w.text).join(' ')}"`;
      const cased = node.words.every((w) => w.caseSensitive) ? `{${quoted}}` : quoted;
      return `${cased}${node.proximity === null ? '' : `~${node.proximity}`}`;
    }
    case 'near':
      return `(${shape(node.left)} NEAR/${node.distance}${node.ordered ? 'f' : ''} ${shape(node.right)})`;
    case 'and':
    case 'or':
      return `(${node.children.map(shape).join(` ${node.type.toUpperCase()} `)})`;
    case 'not':
      return `NOT ${shape(node.child)}`;
    case 'field':
      return `${node.field}:${node.value}`;
  }
}

describe('parseQuery trees', () => {
  it.each([
    ['acme', 'acme'],
    ['a OR b AND c', '(a OR (b AND c))'],
    ['a AND b OR c AND d', '((a AND b) OR (c AND d))'],
    ['a AND NOT b', '(a AND NOT b)'],
    ['a NOT b', '(a AND NOT b)'],
    ['NOT b AND a', '(NOT b AND a)'],
    ['a AND b AND c', '(a AND b AND c)'],
    ['(a OR b) AND c', '((a OR b) AND c)'],
    ['a NEAR/3 b', '(a NEAR/3 b)'],
    ['a NEAR/3f b', '(a NEAR/3f b)'],
    ['a NEAR/3F b', '(a NEAR/3f b)'],
    ['NOT a NEAR/2 b AND c', '(NOT (a NEAR/2 b) AND c)'],
    ['(a OR "b c") NEAR/1 d', '((a OR "b c") NEAR/1 d)'],
    ['"a b c"', '"a b c"'],
    ['"a b"~4', '"a b"~4'],
    ['"a"', 'a'],
    ['{BT}', '{BT}'],
    ['{Acme Corp}', '{"Acme Corp"}'],
    ['author:"Jean Dupont"', 'author:Jean Dupont'],
    ['Author:@acme', 'author:@acme'],
    ['site:example.com AND acme', '(site:example.com AND acme)'],
    ['acme <<<brand>>> OR beta', '(acme OR beta)'],
    ['"<<<not a comment>>>"', '"<<<not a comment>>>"'],
    ['e\u0301cole', 'école'],
  ])('%s → %s', (query, expected) => {
    const { ast, issues } = parseQuery(query);
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(shape(ast)).toBe(expected);
  });

  it('keeps source positions and the text as written for labels', () => {
    const { ast } = parseQuery('  {BT} OR "acme corp"~2 OR l’Oréal*');
    expect(ast?.type).toBe('or');
    if (ast?.type !== 'or') return;
    const [bt, phrase, wildcard] = ast.children;
    expect(bt).toMatchObject({
      type: 'term',
      start: 2,
      end: 6,
      term: { raw: '{BT}', caseSensitive: true },
    });
    expect(phrase).toMatchObject({
      type: 'phrase',
      start: 10,
      end: 23,
      raw: '"acme corp"~2',
      proximity: 2,
    });
    expect(wildcard).toMatchObject({
      type: 'term',
      start: 27,
      end: 35,
      term: { text: 'l’Oréal*' },
    });
  });
});
