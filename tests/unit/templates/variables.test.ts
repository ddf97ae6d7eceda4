import { describe, expect, it } from 'vitest';
import {
  fillInNames,
  KNOWN_VARIABLES,
  parseTemplate,
  renderTemplate,
  type TemplateErrorCode,
  templateBodyFor,
  validateTemplate,
} from '@/lib/templates';

describe('parseTemplate: every variable form', () => {
  it('splits text, known variables, fallbacks and fill-ins with their source offsets', () => {
    const body = 'Bonjour {author|vous}, commande {order_number?} pour {brand}.';
    expect(parseTemplate(body)).toEqual({
      issues: [],
      parts: [
        { kind: 'text', text: 'Bonjour ', start: 0, end: 8 },
        { kind: 'variable', name: 'author', fallback: 'vous', start: 8, end: 21 },
        { kind: 'text', text: ', commande ', start: 21, end: 32 },
        { kind: 'fill-in', name: 'order_number', start: 32, end: 47 },
        { kind: 'text', text: ' pour ', start: 47, end: 53 },
        { kind: 'variable', name: 'brand', fallback: null, start: 53, end: 60 },
        { kind: 'text', text: '.', start: 60, end: 61 },
      ],
    });
  });

  it.each(KNOWN_VARIABLES)('knows {%s}', (name) => {
    const { parts, issues } = parseTemplate(`{${name}}`);
    expect(issues).toEqual([]);
    expect(parts).toEqual([
      { kind: 'variable', name, fallback: null, start: 0, end: name.length + 2 },
    ]);
  });

  it('reads {{ and }} as literal braces, also around a variable', () => {
    expect(parseTemplate('{{author}} {{{brand}}}')).toEqual({
      issues: [],
      parts: [
        { kind: 'text', text: '{author} {', start: 0, end: 13 },
        { kind: 'variable', name: 'brand', fallback: null, start: 13, end: 20 },
        { kind: 'text', text: '}', start: 20, end: 22 },
      ],
    });
  });

  it('keeps an empty fallback (nothing when missing) and a | inside the fallback', () => {
    const parts = parseTemplate('{author|}{agent|A | B}').parts;
    expect(parts).toMatchObject([
      { kind: 'variable', name: 'author', fallback: '' },
      { kind: 'variable', name: 'agent', fallback: 'A | B' },
    ]);
  });

  it('counts offsets in UTF-16 units, after emoji too', () => {
    expect(parseTemplate('👋 {author}').parts[1]).toMatchObject({ start: 3, end: 11 });
  });

  it('lists fill-in fields once each, in order', () => {
    expect(fillInNames('{ticket?} {order_number?} {ticket?} {author}')).toEqual([
      'ticket',
      'order_number',
    ]);
  });
});

type Expected = [code: TemplateErrorCode, start: number, end: number, params?: string[]];

const ERRORS: [body: string, expected: Expected[]][] = [
  ['Hello {author', [['unclosed_brace', 6, 7]]],
  ['Hi {author\n{brand}', [['unclosed_brace', 3, 4]]],
  ['{author {brand}', [['unclosed_brace', 0, 1]]],
  ['Merci } !', [['unmatched_close_brace', 6, 7]]],
  ['{author}}', [['unmatched_close_brace', 8, 9]]],
  ['a {} b', [['empty_name', 2, 4]]],
  ['{|vous}', [['empty_name', 0, 7]]],
  ['{?}', [['empty_name', 0, 3]]],
  ['{Author}', [['invalid_name', 0, 8, ['Author']]]],
  ['x { author }', [['invalid_name', 2, 12, [' author ']]]],
  ['{order-number?}', [['invalid_name', 0, 15, ['order-number']]]],
  ['{order__number?}', [['invalid_name', 0, 16, ['order__number']]]],
  [
    'Hi {customer}',
    [['unknown_variable', 3, 13, ['customer', KNOWN_VARIABLES.map((v) => `{${v}}`).join(', ')]]],
  ],
  ['{autor}', [['unknown_variable_did_you_mean', 0, 7, ['autor', 'author']]]],
  ['{post_ur|lien}', [['unknown_variable_did_you_mean', 0, 14, ['post_ur', 'post_url']]]],
  ['N° {order?|inconnu}', [['fallback_on_fill_in', 3, 19, ['order']]]],
  ['{author?}', [['fill_in_reserved_name', 0, 9, ['author']]]],
  ['{author|{brand}}', [['nested_brace', 8, 16]]],
  [
    '{autor} et {x?|y} puis }',
    [
      ['unknown_variable_did_you_mean', 0, 7, ['autor', 'author']],
      ['fallback_on_fill_in', 11, 17, ['x']],
      ['unmatched_close_brace', 23, 24],
    ],
  ],
];

describe('parseTemplate: every error with its position', () => {
  it.each(ERRORS)('%j', (body, expected) => {
    const { issues } = parseTemplate(body);
    expect(issues.map((i) => [i.code, i.start, i.end, i.params])).toEqual(
      expected.map(([code, start, end, params]) => [code, start, end, params ?? []]),
    );
  });

  it('keeps a broken placeholder as text and still parses the rest of the line', () => {
    const { parts } = parseTemplate('{autor} {author');
    expect(parts).toEqual([{ kind: 'text', text: '{autor} {author', start: 0, end: 15 }]);
    expect(parseTemplate('{ x {brand}').parts).toMatchObject([
      { kind: 'text', text: '{ x ' },
      { kind: 'variable', name: 'brand' },
    ]);
  });
});

describe('validateTemplate', () => {
  it('checks the body and every variant, naming where each error is', () => {
    const issues = validateTemplate({
      body: 'Merci {autor}',
      variants: { x: 'Merci {author}', linkedin: 'Bonjour {brand', tiktok: '{a?|b}' },
    });
    expect(issues.map((i) => [i.path, i.code, i.start])).toEqual([
      ['body', 'unknown_variable_did_you_mean', 6],
      ['variants.linkedin', 'unclosed_brace', 8],
      ['variants.tiktok', 'fallback_on_fill_in', 0],
    ]);
  });

  it('accepts a valid template without variants', () => {
    expect(validateTemplate({ body: 'Merci {author|à vous} !' })).toEqual([]);
  });
});

describe('templateBodyFor', () => {
  const template = { body: 'common', variants: { x: 'for X' } };
  it('picks the network variant, else the body', () => {
    expect(templateBodyFor(template, 'x')).toBe('for X');
    expect(templateBodyFor(template, 'linkedin')).toBe('common');
    expect(templateBodyFor({ body: 'only' }, 'x')).toBe('only');
  });
});

describe('renderTemplate', () => {
  it('fills variables and fill-ins', () => {
    const body = 'Bonjour {author}, votre commande {order_number?} chez {brand} ({date}).';
    expect(
      renderTemplate(
        body,
        { author: 'Léa', brand: 'Acme', date: '3 mars' },
        { order_number: 'A-42' },
      ),
    ).toEqual({ text: 'Bonjour Léa, votre commande A-42 chez Acme (3 mars).', unfilled: [] });
  });

  it('uses the fallback when the value is missing, empty or blank', () => {
    const body = 'Bonjour {author|à vous} !';
    expect(renderTemplate(body, {}, {}).text).toBe('Bonjour à vous !');
    expect(renderTemplate(body, { author: '' }, {}).text).toBe('Bonjour à vous !');
    expect(renderTemplate(body, { author: '  ' }, {}).text).toBe('Bonjour à vous !');
    expect(renderTemplate(body, { author: 'Sam' }, {}).text).toBe('Bonjour Sam !');
    expect(renderTemplate('Hi{author|}!', {}, {}).text).toBe('Hi!');
  });

  it('leaves what has no value and no fallback as {name}, listed once in unfilled', () => {
    const body = '{author}, n° {order?} ; {author} via {agent|l’équipe}, {ticket?}';
    expect(renderTemplate(body, {}, { ticket: ' ' })).toEqual({
      text: '{author}, n° {order} ; {author} via l’équipe, {ticket}',
      unfilled: ['author', 'order', 'ticket'],
    });
  });

  it('turns {{ }} into braces and never re-reads a value as a placeholder', () => {
    expect(renderTemplate('{{code}} {author}', { author: '{brand}' }, {}).text).toBe(
      '{code} {brand}',
    );
  });

  it('renders a body with errors with its broken placeholders as written', () => {
    expect(renderTemplate('Hi {autor} {brand}', { brand: 'Acme' }, {})).toEqual({
      text: 'Hi {autor} Acme',
      unfilled: [],
    });
  });
});
