/**
 * Reads a bundle file and reports every problem with its JSON path, before
 * anything is written. Problems carry a code and parameters, not prose: the
 * page that shows them words them in the CM's language.
 */
import type { z } from 'zod';
import { type Bundle, type BundleTemplate, bundleSchema } from './format';

export interface BundleProblem {
  /** JSON path of the offending value, e.g. `$.watchlists[0].kind`. */
  path: string;
  /** `json_syntax`, `invalid_type`, `invalid_value`, `missing`, `unknown_key`, `too_short`, `too_long`, `invalid_format`, `duplicate_id`, `invalid_query` and `invalid_template` (params: the message key, then its substitutions). */
  code: string;
  params: string[];
}

/** One error in a query, as an i18n key and its substitutions (position first). */
export interface QueryError {
  key: string;
  substitutions: string[];
}

/** Checks a query; returns its errors, empty when the query is valid. */
export type QueryCheck = (query: string) => QueryError[];

/** Checks a template's body and variants; each error with the field it is in (`body`, `variants.x`). */
export type TemplateCheck = (template: BundleTemplate) => (QueryError & { field: string })[];

export type BundleReadResult =
  | { ok: true; bundle: Bundle }
  | { ok: false; problems: BundleProblem[] };

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : `.${String(part)}`;
  }
  return out;
}

/** Where a JSON syntax error is, as "line:column", from the engine's message. */
export function syntaxProblem(text: string, error: unknown): BundleProblem {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  const position = /position (\d+)/.exec(message);
  let line = lineColumn?.[1] ?? '1';
  let column = lineColumn?.[2] ?? '1';
  if (!lineColumn && position?.[1]) {
    const before = text.slice(0, Number(position[1]));
    line = String(before.split('\n').length);
    column = String(before.length - before.lastIndexOf('\n'));
  }
  return { path: '$', code: 'json_syntax', params: [line, column] };
}

export function fromZodIssue(issue: z.core.$ZodIssue): BundleProblem[] {
  const path = jsonPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? [{ path, code: 'missing', params: [String(issue.expected)] }]
        : [{ path, code: 'invalid_type', params: [String(issue.expected)] }];
    case 'invalid_value':
      return [{ path, code: 'invalid_value', params: [issue.values.map(String).join(', ')] }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: jsonPath([...issue.path, key]),
        code: 'unknown_key',
        params: [key],
      }));
    case 'too_small':
      return [{ path, code: 'too_short', params: [String(issue.minimum)] }];
    case 'too_big':
      return [{ path, code: 'too_long', params: [String(issue.maximum)] }];
    case 'invalid_format':
      return [{ path, code: 'invalid_format', params: [String(issue.format)] }];
    default:
      return [{ path, code: 'invalid_value', params: [issue.message] }];
  }
}

export function duplicateIds(items: readonly { id: string }[], listPath: string): BundleProblem[] {
  const seen = new Map<string, number>();
  const problems: BundleProblem[] = [];
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else
      problems.push({
        path: `${listPath}[${index}].id`,
        code: 'duplicate_id',
        params: [item.id, `${listPath}[${first}]`],
      });
  });
  return problems;
}

/**
 * Queries and template wordings checked with the real parsers, each problem at
 * its JSON path. `wordingOf` picks the templates that carry a wording (a
 * pack's retired tombstones carry none).
 */
export function contentProblems<T>(
  content: { watchlists: readonly { query: string }[]; templates: readonly T[] },
  checkQuery: QueryCheck | undefined,
  checkTemplate: TemplateCheck | undefined,
  wordingOf: (template: T) => BundleTemplate | undefined,
): BundleProblem[] {
  const problems: BundleProblem[] = [];
  if (checkQuery) {
    content.watchlists.forEach((watchlist, index) => {
      for (const error of checkQuery(watchlist.query)) {
        problems.push({
          path: `$.watchlists[${index}].query`,
          code: 'invalid_query',
          params: [error.key, ...error.substitutions],
        });
      }
    });
  }
  if (checkTemplate) {
    content.templates.forEach((entry, index) => {
      const template = wordingOf(entry);
      if (!template) return;
      for (const error of checkTemplate(template)) {
        problems.push({
          path: `$.templates[${index}].${error.field}`,
          code: 'invalid_template',
          params: [error.key, ...error.substitutions],
        });
      }
    });
  }
  return problems;
}

/** Parses and validates a whole bundle file; never throws. */
export function readBundle(
  text: string,
  checkQuery?: QueryCheck,
  checkTemplate?: TemplateCheck,
): BundleReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(text, error)] };
  }
  const parsed = bundleSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.flatMap(fromZodIssue) };
  }
  const bundle = parsed.data;
  const problems = [
    ...duplicateIds(bundle.watchlists, '$.watchlists'),
    ...duplicateIds(bundle.templates, '$.templates'),
  ];
  problems.push(...contentProblems(bundle, checkQuery, checkTemplate, (template) => template));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, bundle };
}
