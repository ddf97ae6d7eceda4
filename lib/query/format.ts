import type { QueryIssue } from './ast';
import { QUERY_MESSAGES, type QueryIssueCode, queryMessageKey } from './messages';

/** `browser.i18n.getMessage`-shaped lookup; '' or undefined means "no such key". */
export type GetMessage = (key: string, substitutions: string[]) => string | undefined;

/** `$1` = 1-based position, then the issue's params in the order its message declares. */
export function queryIssueSubstitutions(issue: QueryIssue): string[] {
  const spec = QUERY_MESSAGES[issue.code];
  return [
    String(issue.start + 1),
    ...spec.params.map((name) => String(issue.params?.[name] ?? '')),
  ];
}

/** Replaces `$1`…`$9` (and `$$` by `$`) the way browsers fill messages.json strings. */
export function fillSubstitutions(template: string, substitutions: readonly string[]): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    const next = template.charCodeAt(i + 1);
    if (ch === '$' && template[i + 1] === '$') {
      out += '$';
      i++;
    } else if (ch === '$' && next >= 0x31 && next <= 0x39) {
      out += substitutions[next - 0x31] ?? '';
      i++;
    } else out += ch;
  }
  return out;
}

/**
 * Human text for an issue. Uses `getMessage` (the extension's i18n) and falls
 * back to the built-in English text when the key is missing, so a message is
 * never blank.
 */
export function formatQueryIssue(issue: QueryIssue, getMessage?: GetMessage): string {
  const substitutions = queryIssueSubstitutions(issue);
  const localized = getMessage?.(queryMessageKey(issue.code), substitutions);
  if (localized) return localized;
  return fillSubstitutions(QUERY_MESSAGES[issue.code].en, substitutions);
}

/** The `query_*` entries of one locale's messages.json, generated from the table. */
export function queryLocaleEntries(
  lang: 'en' | 'fr',
): Record<string, { message: string; description: string }> {
  const entries: Record<string, { message: string; description: string }> = {};
  for (const code of Object.keys(QUERY_MESSAGES) as QueryIssueCode[]) {
    const spec = QUERY_MESSAGES[code];
    const params = spec.params.map((name, index) => `, $${index + 2} = ${name}`).join('');
    entries[queryMessageKey(code)] = {
      message: spec[lang],
      description: `Query ${spec.severity} "${code}". $1 = position (1-based)${params}`,
    };
  }
  return entries;
}
