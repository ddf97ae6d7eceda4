import type { QueryError } from '../bundle/validate';
import { queryIssueSubstitutions } from './format';
import { queryMessageKey } from './messages';
import { parseQuery } from './parser';

/** The errors (not warnings) of a query, as i18n keys the CM's pages word. */
export function queryErrors(query: string): QueryError[] {
  return parseQuery(query)
    .issues.filter((issue) => issue.severity === 'error')
    .map((issue) => ({
      key: queryMessageKey(issue.code),
      substitutions: queryIssueSubstitutions(issue),
    }));
}
