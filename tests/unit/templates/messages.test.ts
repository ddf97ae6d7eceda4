import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { substitute } from '@/lib/i18n';
import {
  CHECK_MESSAGES,
  checkMessageKey,
  formatTemplateIssue,
  parseTemplate,
  TEMPLATE_ERROR_MESSAGES,
  type TemplateErrorCode,
  type Translate,
  templateErrorMessageKey,
  templatesLocaleEntries,
} from '@/lib/templates';

type Messages = Record<string, { message: string }>;
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const locales = { en: load('en'), fr: load('fr') };
const placeholders = (message: string) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();
const translatorFor =
  (messages: Messages): Translate =>
  (key, ...subs) =>
    substitute(messages[key]?.message ?? key, subs);

describe('template and check messages', () => {
  it.each(['en', 'fr'] as const)('%s messages.json holds every entry of the tables', (lang) => {
    for (const [key, entry] of Object.entries(templatesLocaleEntries(lang))) {
      expect(locales[lang][key]?.message, key).toBe(entry.message);
    }
  });

  it('each message uses exactly $1…$n for its n params, in both languages', () => {
    const specs = [
      ...Object.entries(TEMPLATE_ERROR_MESSAGES).map(([c, s]) => [`error ${c}`, s] as const),
      ...Object.entries(CHECK_MESSAGES).map(([c, s]) => [`check ${c}`, s] as const),
    ];
    for (const [name, spec] of specs) {
      const expected = spec.params.map((_, index) => `$${index + 1}`);
      expect(placeholders(spec.en), name).toEqual(expected);
      expect(placeholders(spec.fr), name).toEqual(expected);
      // `$n$` would be read by Chrome as a named placeholder.
      expect(spec.en + spec.fr, name).not.toMatch(/\$[1-9]\$/);
    }
  });

  it('formats a template error with its 1-based position', () => {
    const [issue] = parseTemplate('Bonjour {autor}').issues;
    expect(formatTemplateIssue(issue!, translatorFor(locales.fr))).toBe(
      'Variable {autor} inconnue à la position 9 : vouliez-vous dire {author} ?',
    );
    expect(formatTemplateIssue(issue!, translatorFor(locales.en))).toBe(
      'Unknown variable {autor} at position 9: did you mean {author}?',
    );
  });

  it('keys follow template_error_<code> and check_<code>', () => {
    expect(templateErrorMessageKey('unclosed_brace')).toBe('template_error_unclosed_brace');
    expect(checkMessageKey('too_long')).toBe('check_too_long');
  });

  it('every error code of the table can be produced by the parser', () => {
    const samples: Record<TemplateErrorCode, string> = {
      unclosed_brace: '{author',
      unmatched_close_brace: '}',
      empty_name: '{}',
      invalid_name: '{A}',
      unknown_variable: '{customer}',
      unknown_variable_did_you_mean: '{autor}',
      fallback_on_fill_in: '{a?|b}',
      fill_in_reserved_name: '{brand?}',
      nested_brace: '{author|{brand}}',
    };
    for (const [code, body] of Object.entries(samples)) {
      expect(parseTemplate(body).issues.map((i) => i.code)).toEqual([code]);
    }
    expect(Object.keys(samples).sort()).toEqual(Object.keys(TEMPLATE_ERROR_MESSAGES).sort());
  });
});
