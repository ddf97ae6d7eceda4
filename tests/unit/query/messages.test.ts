import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  fillSubstitutions,
  formatQueryIssue,
  parseQuery,
  QUERY_MESSAGES,
  type QueryIssueCode,
  queryMessageKey,
} from '@/lib/query';

type Messages = Record<string, { message: string; description?: string }>;
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const locales = { en: load('en'), fr: load('fr') };
const codes = Object.keys(QUERY_MESSAGES) as QueryIssueCode[];
const placeholders = (message: string) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();

/** getMessage as the browser implements it, over one locale file. */
const getMessageFrom = (messages: Messages) => (key: string, substitutions: string[]) => {
  const entry = messages[key];
  return entry ? fillSubstitutions(entry.message, substitutions) : '';
};

describe('query messages', () => {
  it.each(['en', 'fr'] as const)(
    '%s messages.json has every query_<code> key, as in the table',
    (lang) => {
      for (const code of codes) {
        expect(locales[lang][queryMessageKey(code)]?.message, code).toBe(
          QUERY_MESSAGES[code][lang],
        );
      }
    },
  );

  it('uses $1 for the position then one $n per param, the same in both languages', () => {
    for (const code of codes) {
      const spec = QUERY_MESSAGES[code];
      const expected = Array.from({ length: spec.params.length + 1 }, (_, i) => `$${i + 1}`);
      expect(placeholders(spec.en), `${code} en`).toEqual(expected);
      expect(placeholders(spec.fr), `${code} fr`).toEqual(expected);
    }
  });

  it('formats an issue in English and French through getMessage', () => {
    const [issue] = parseQuery('apple pie').issues;
    expect(formatQueryIssue(issue!, getMessageFrom(locales.en))).toBe(
      'Two terms without an operator at 7: write AND or OR between them, or quote them as a phrase.',
    );
    expect(formatQueryIssue(issue!, getMessageFrom(locales.fr))).toBe(
      "Deux termes sans opérateur à la position 7 : écrivez AND ou OR entre eux, ou mettez-les entre guillemets pour chercher l'expression.",
    );
  });

  it('passes params in their declared order', () => {
    const [warning] = parseQuery('acme AND Not').issues;
    expect(formatQueryIssue(warning!, getMessageFrom(locales.fr))).toBe(
      '« Not » à la position 10 est cherché comme un mot ; écrivez NOT en majuscules pour en faire un opérateur.',
    );
  });

  it('falls back to the built-in English text when the key is missing', () => {
    const [issue] = parseQuery('acme AND').issues;
    const text = 'AND at 6 is missing a term: put one on each side of it (after it for NOT).';
    expect(formatQueryIssue(issue!, () => '')).toBe(text);
    expect(formatQueryIssue(issue!)).toBe(text);
  });

  it('fills $1…$9 and keeps $$ as a dollar', () => {
    expect(fillSubstitutions('$1 costs $$2 ($2)', ['tea', '3'])).toBe('tea costs $2 (3)');
  });
});
