/**
 * Problems of a watchlist query or a template body as the editors and the
 * background report them: an i18n key with its substitutions (`$1` is the
 * 1-based position), the field, and where it is (offsets, line and column).
 * The same function runs in the page (live, for comfort) and in the
 * background (the check that decides), so both always agree.
 */
import { queryIssueSubstitutions } from '../query/format';
import { queryMessageKey } from '../query/messages';
import { parseQuery } from '../query/parser';
import type { Template } from '../store/schema';
import { templateErrorMessageKey } from '../templates/messages';
import { validateTemplate } from '../templates/variables';
import { lineColumn } from './position';

export interface FieldIssue {
  /** `query`, `body`, `variants.<network>`, or a plain field (`name`, `title`…). */
  field: string;
  severity: 'error' | 'warning';
  /** The issue's code (`missing_operand`, `unknown_variable`, `conflict`…). */
  code: string;
  /** i18n key of its message; substitutions follow. */
  key: string;
  substitutions: string[];
  /** UTF-16 offsets into the field's text (0 and 0 for a whole-field problem). */
  start: number;
  end: number;
  line: number;
  column: number;
  /** The message in the background's language (the page words it again from `key`). */
  message?: string;
}

/** Every error and warning of a query, in source order. */
export function queryIssues(query: string, field = 'query'): FieldIssue[] {
  return parseQuery(query)
    .issues.map((issue): FieldIssue => {
      const { line, column } = lineColumn(query, issue.start);
      return {
        field,
        severity: issue.severity,
        code: issue.code,
        key: queryMessageKey(issue.code),
        substitutions: queryIssueSubstitutions(issue),
        start: issue.start,
        end: issue.end,
        line,
        column,
      };
    })
    .sort((a, b) => a.start - b.start || (a.severity === 'error' ? -1 : 1));
}

/** The variable errors of a template's body and of each network variant. */
export function templateIssues(template: Pick<Template, 'body' | 'variants'>): FieldIssue[] {
  return validateTemplate(template).map((issue) => {
    const text =
      issue.path === 'body' ? template.body : (template.variants?.[variantOf(issue.path)] ?? '');
    const { line, column } = lineColumn(text, issue.start);
    return {
      field: issue.path,
      severity: 'error',
      code: issue.code,
      key: templateErrorMessageKey(issue.code),
      substitutions: [String(issue.start + 1), ...issue.params],
      start: issue.start,
      end: issue.end,
      line,
      column,
    };
  });
}

function variantOf(path: `variants.${string}`): keyof NonNullable<Template['variants']> {
  return path.slice('variants.'.length) as keyof NonNullable<Template['variants']>;
}

/** A problem with a whole field (no position in a text): required, conflict, not allowed. */
export function fieldIssue(field: string, code: string, substitutions: string[] = []): FieldIssue {
  return {
    field,
    severity: 'error',
    code,
    key: `editor_error_${code}`,
    substitutions,
    start: 0,
    end: 0,
    line: 1,
    column: 1,
  };
}

export const hasErrors = (issues: readonly FieldIssue[]): boolean =>
  issues.some((issue) => issue.severity === 'error');
