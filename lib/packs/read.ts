/**
 * Reads a pack file and reports every problem with its JSON path, before any
 * cryptography and before anything is written. Problems share the bundle's
 * codes (lib/bundle/validate.ts), so the page words them the same way.
 */
import type { z } from 'zod';
import {
  type BundleProblem,
  contentProblems,
  duplicateIds,
  fromZodIssue,
  jsonPath,
  type QueryCheck,
  syntaxProblem,
  type TemplateCheck,
} from '../bundle/validate';
import { type Pack, packSchema } from './format';

export type PackReadResult =
  | { ok: true; pack: Pack; raw: Record<string, unknown> }
  | { ok: false; problems: BundleProblem[] };

function problemOf(issue: z.core.$ZodIssue): BundleProblem[] {
  // A template whose status is neither approved nor retired.
  if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
    return [
      { path: jsonPath(issue.path), code: 'invalid_value', params: [issue.options.join(', ')] },
    ];
  }
  return fromZodIssue(issue);
}

/** Parses and validates a whole pack file; never throws. */
export function readPack(
  text: string,
  checkQuery?: QueryCheck,
  checkTemplate?: TemplateCheck,
): PackReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(text, error)] };
  }
  const parsed = packSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.flatMap(problemOf) };
  }
  const pack = parsed.data;
  const problems = [
    ...duplicateIds(pack.watchlists, '$.watchlists'),
    ...duplicateIds(pack.templates, '$.templates'),
  ];
  problems.push(
    ...contentProblems(pack, checkQuery, checkTemplate, (template) =>
      template.status === 'approved' ? template : undefined,
    ),
  );
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, pack, raw: json as Record<string, unknown> };
}
