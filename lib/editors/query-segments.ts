import { tokenize } from '../query/tokens';
import type { FieldIssue } from './issues';
import { buildSegments, type Segment, type Span } from './segments';

/** The query's syntax colouring, from the same tokenizer the parser uses. */
export function querySegments(query: string, issues: readonly FieldIssue[]): Segment[] {
  const spans: Span[] = [];
  for (const token of tokenize(query, [])) {
    if (token.kind === 'eof') continue;
    let kind: string = token.kind;
    if (token.kind === 'and' || token.kind === 'or' || token.kind === 'not') kind = 'op';
    else if (token.kind === 'lparen' || token.kind === 'rparen') kind = 'paren';
    else if (token.kind === 'term' && /[*?]/.test(token.term.text)) kind = 'wildcard';
    spans.push({ start: token.start, end: token.end, token: kind });
  }
  spans.push(...commentSpans(query));
  return buildSegments(
    query,
    spans,
    issues.map((issue) => ({ start: issue.start, end: issue.end, severity: issue.severity })),
  );
}

/** `<<<comments>>>`, read as the tokenizer does (`<<<` inside quotes is text). */
function commentSpans(query: string): Span[] {
  const spans: Span[] = [];
  let inQuotes = false;
  for (let i = 0; i < query.length; i++) {
    const ch = query[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === '<' && query.startsWith('<<<', i)) {
      const close = query.indexOf('>>>', i + 3);
      const end = close < 0 ? query.length : close + 3;
      spans.push({ start: i, end, token: 'comment' });
      i = end - 1;
    }
  }
  return spans;
}
