import { parseTemplate } from '../templates/variables';
import type { FieldIssue } from './issues';
import { buildSegments, type Segment } from './segments';

/** A template body coloured: known variables, fill-in fields, errors underlined. */
export function templateSegments(body: string, issues: readonly FieldIssue[]): Segment[] {
  const spans = parseTemplate(body)
    .parts.filter((part) => part.kind !== 'text')
    .map((part) => ({
      start: part.start,
      end: part.end,
      token: part.kind === 'variable' ? 'var' : 'fill',
    }));
  return buildSegments(
    body,
    spans,
    issues.map((issue) => ({ start: issue.start, end: issue.end, severity: issue.severity })),
  );
}
