/**
 * Template bodies: the variables Vigie fills from the page, the fill-in
 * fields the CM types at insertion, and the errors a senior sees at save time.
 *
 * Syntax (positions are UTF-16 offsets into the body, like every offset in JS):
 * - `{author}` … a known variable (KNOWN_VARIABLES), filled from the mention;
 * - `{author|vous}` … the text after the first `|` stands in when the value is missing or blank;
 * - `{order_number?}` … a fill-in field (snake_case name + `?`) the CM is asked for;
 * - `{{` and `}}` … a literal `{` and `}`.
 * A placeholder never spans a line break, so one forgotten `}` cannot swallow
 * the rest of the template.
 */
import { closest, distance } from 'fastest-levenshtein';
import { NETWORKS, type Network } from '../sites/types';
import type { Template } from '../store/schema';
import type { TemplateErrorCode } from './messages';

export const KNOWN_VARIABLES = [
  'author',
  'author_handle',
  'brand',
  'network',
  'post_url',
  'date',
  'agent',
] as const;
export type KnownVariable = (typeof KNOWN_VARIABLES)[number];

const KNOWN: ReadonlySet<string> = new Set(KNOWN_VARIABLES);

export function isKnownVariable(name: string): name is KnownVariable {
  return KNOWN.has(name);
}

/** Lowercase ASCII words joined by single underscores: what a CM can read back and type again. */
const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** A typo this close to a known name gets a "did you mean" instead of the whole list. */
const MAX_SUGGESTION_DISTANCE = 2;

interface Located {
  /** UTF-16 offset of the first source character. */
  start: number;
  /** UTF-16 offset just after the last source character. */
  end: number;
}

export type TemplatePart =
  /** Literal text, `{{`/`}}` already turned into braces (and erroneous placeholders kept as written). */
  | (Located & { kind: 'text'; text: string })
  /** `fallback` is null when the placeholder has no `|`. */
  | (Located & { kind: 'variable'; name: KnownVariable; fallback: string | null })
  | (Located & { kind: 'fill-in'; name: string });

export interface TemplateIssue extends Located {
  code: TemplateErrorCode;
  /** Substitutions `$2`, `$3`… of the message `template_error_<code>` (`$1` is the position). */
  params: string[];
}

/** Where a template's issue is: its body or one network variant. */
export type TemplateIssuePath = 'body' | `variants.${Network}`;
export interface TemplateFieldIssue extends TemplateIssue {
  path: TemplateIssuePath;
}

export interface ParsedTemplate {
  parts: TemplatePart[];
  /** All are errors: a template with any issue must not be saved. */
  issues: TemplateIssue[];
}

export function parseTemplate(body: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const issues: TemplateIssue[] = [];
  let text = '';
  let textStart = 0;

  const flushText = (end: number) => {
    if (text !== '') parts.push({ kind: 'text', text, start: textStart, end });
    text = '';
    textStart = end;
  };

  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    const next = body[i + 1];
    if (ch === '{' && next === '{') {
      text += '{';
      i += 2;
    } else if (ch === '}' && next === '}') {
      text += '}';
      i += 2;
    } else if (ch === '}') {
      issues.push({ code: 'unmatched_close_brace', start: i, end: i + 1, params: [] });
      text += '}';
      i += 1;
    } else if (ch === '{') {
      const close = matchingClose(body, i);
      if (close < 0) {
        issues.push({ code: 'unclosed_brace', start: i, end: i + 1, params: [] });
        // Carry on right after the brace: later placeholders on the line still get checked.
        text += '{';
        i += 1;
        continue;
      }
      const end = close + 1;
      const result = interpretPlaceholder(body.slice(i + 1, close), i, end);
      if ('code' in result) {
        issues.push(result);
        text += body.slice(i, end);
      } else {
        flushText(i);
        parts.push(result);
        textStart = end;
      }
      i = end;
    } else {
      text += ch;
      i += 1;
    }
  }
  flushText(body.length);
  return { parts, issues };
}

/** Index of the `}` closing the `{` at `open` (nesting counted), or -1 at a line break or the end. */
function matchingClose(body: string, open: number): number {
  let depth = 0;
  for (let j = open; j < body.length; j++) {
    const ch = body[j];
    if (ch === '\n' || ch === '\r') return -1;
    if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (depth === 0) return j;
    }
  }
  return -1;
}

function interpretPlaceholder(
  inner: string,
  start: number,
  end: number,
): TemplatePart | TemplateIssue {
  const issue = (code: TemplateErrorCode, ...params: string[]): TemplateIssue => ({
    code,
    start,
    end,
    params,
  });
  const nested = inner.indexOf('{');
  if (nested >= 0) {
    return { code: 'nested_brace', start: start + 1 + nested, end, params: [] };
  }
  const pipe = inner.indexOf('|');
  const head = pipe >= 0 ? inner.slice(0, pipe) : inner;
  const fallback = pipe >= 0 ? inner.slice(pipe + 1) : null;
  const isFillIn = head.endsWith('?');
  const name = isFillIn ? head.slice(0, -1) : head;

  if (name === '') return issue('empty_name');
  if (!SNAKE_CASE.test(name)) return issue('invalid_name', name);
  if (isFillIn) {
    if (fallback !== null) return issue('fallback_on_fill_in', name);
    // `{author?}` would ask the CM for what the page already gives: ambiguous, so refused.
    if (isKnownVariable(name)) return issue('fill_in_reserved_name', name);
    return { kind: 'fill-in', name, start, end };
  }
  if (!isKnownVariable(name)) {
    const suggestion = closest(name, [...KNOWN_VARIABLES]);
    if (distance(name, suggestion) <= MAX_SUGGESTION_DISTANCE) {
      return issue('unknown_variable_did_you_mean', name, suggestion);
    }
    return issue('unknown_variable', name, KNOWN_VARIABLES.map((v) => `{${v}}`).join(', '));
  }
  return { kind: 'variable', name, fallback, start, end };
}

/** Checks the body and every network variant; each issue says which one it is in. */
export function validateTemplate(
  template: Pick<Template, 'body' | 'variants'>,
): TemplateFieldIssue[] {
  const found: TemplateFieldIssue[] = parseTemplate(template.body).issues.map((issue) => ({
    ...issue,
    path: 'body',
  }));
  for (const network of NETWORKS) {
    const variant = template.variants?.[network];
    if (variant === undefined) continue;
    for (const issue of parseTemplate(variant).issues) {
      found.push({ ...issue, path: `variants.${network}` });
    }
  }
  return found;
}

/** The network's own wording when the template has one, else the common body. */
export function templateBodyFor(
  template: Pick<Template, 'body' | 'variants'>,
  network: Network,
): string {
  const variant = template.variants?.[network];
  return variant !== undefined && variant !== '' ? variant : template.body;
}

/** The fill-in fields of a body, in order of first appearance, each once: what to ask the CM. */
export function fillInNames(body: string): string[] {
  const names = parseTemplate(body)
    .parts.filter((part) => part.kind === 'fill-in')
    .map((part) => part.name);
  return [...new Set(names)];
}

export type VariableValues = Partial<Record<KnownVariable, string>>;

export interface RenderedTemplate {
  text: string;
  /**
   * Fill-in names and known variables that had no value and no fallback, in
   * order of first appearance; each is left in `text` as `{name}`.
   */
  unfilled: string[];
}

/**
 * Fills a body. Values and fills are inserted as they are (never parsed
 * again, so an author named "{brand}" stays "{brand}"). A body with errors
 * still renders: its broken placeholders come out as written.
 */
export function renderTemplate(
  body: string,
  values: VariableValues,
  fills: Readonly<Record<string, string>>,
): RenderedTemplate {
  let text = '';
  const unfilled = new Set<string>();
  for (const part of parseTemplate(body).parts) {
    if (part.kind === 'text') {
      text += part.text;
      continue;
    }
    const value = part.kind === 'variable' ? values[part.name] : fills[part.name];
    if (value !== undefined && value.trim() !== '') text += value;
    else if (part.kind === 'variable' && part.fallback !== null) text += part.fallback;
    else {
      text += `{${part.name}}`;
      unfilled.add(part.name);
    }
  }
  return { text, unfilled: [...unfilled] };
}
