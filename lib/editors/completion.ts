/**
 * Autocompletion of template variables: typing `{` (then letters) offers the
 * known variables and the fill-in fields already in the template. Pure: the
 * editor gives the text and the caret, gets the items and the new text.
 */
import { fillInNames, KNOWN_VARIABLES } from '../templates/variables';

export interface CompletionContext {
  /** Offset of the `{` that opened the placeholder. */
  start: number;
  /** What was typed after it, up to the caret. */
  prefix: string;
}

export interface CompletionItem {
  kind: 'variable' | 'fill-in' | 'new-fill-in';
  name: string;
  /** The placeholder as it will be inserted, braces included. */
  insert: string;
}

const NAME_CHAR = /[a-z0-9_]/;

/** The placeholder being typed at `caret`, or null (`{{` is a literal brace, not a placeholder). */
export function completionAt(text: string, caret: number): CompletionContext | null {
  let i = caret;
  while (i > 0 && NAME_CHAR.test(text[i - 1] ?? '')) i--;
  if (text[i - 1] !== '{') return null;
  let braces = 0;
  for (let j = i - 1; j >= 0 && text[j] === '{'; j--) braces++;
  if (braces % 2 === 0) return null;
  return { start: i - 1, prefix: text.slice(i, caret) };
}

/**
 * Known variables first, then the template's own fill-ins; those starting with
 * the prefix lead, then those containing it, then (when nothing starts with
 * it) the prefix itself as a new fill-in field.
 */
export function completionItems(prefix: string, body: string): CompletionItem[] {
  const items: CompletionItem[] = [
    ...KNOWN_VARIABLES.map((name) => ({ kind: 'variable' as const, name, insert: `{${name}}` })),
    ...fillInNames(body).map((name) => ({ kind: 'fill-in' as const, name, insert: `{${name}?}` })),
  ];
  const starts = items.filter((item) => item.name.startsWith(prefix));
  const contains = items.filter(
    (item) => !item.name.startsWith(prefix) && prefix !== '' && item.name.includes(prefix),
  );
  const found = [...starts, ...contains];
  // A name nothing starts with: offer it as a new field to fill in at insertion.
  if (starts.length === 0 && /^[a-z][a-z0-9_]*$/.test(prefix)) {
    found.push({ kind: 'new-fill-in', name: prefix, insert: `{${prefix}?}` });
  }
  return found;
}

/**
 * Replaces the typed `{prefix` (and a `}`, `?}` or name rest right after the
 * caret, when the CM completes inside an existing placeholder) by the item.
 */
export function applyCompletion(
  text: string,
  context: CompletionContext,
  caret: number,
  item: CompletionItem,
): { text: string; caret: number } {
  let end = caret;
  while (end < text.length && NAME_CHAR.test(text[end] ?? '')) end++;
  if (text[end] === '?' && text[end + 1] === '}') end += 2;
  else if (text[end] === '}') end += 1;
  const next = text.slice(0, context.start) + item.insert + text.slice(end);
  return { text: next, caret: context.start + item.insert.length };
}
