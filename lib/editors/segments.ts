/**
 * Cuts a text into coloured segments for the overlay behind an editor's
 * textarea: each segment keeps the exact characters of the source (so the
 * overlay lines up with the caret) and carries a token class and, when an
 * issue covers it, `error` or `warning`.
 */
export interface Segment {
  text: string;
  start: number;
  /** Token class (`op`, `term`, `phrase`, `var`…); '' for plain text. */
  token: string;
  mark: 'error' | 'warning' | null;
}

export interface Span {
  start: number;
  end: number;
  token: string;
}

export interface MarkSpan {
  start: number;
  end: number;
  severity: 'error' | 'warning';
}

/**
 * Merges token spans and issue marks into segments covering the whole text.
 * A mark of no width (an operand missing at the end) covers one character,
 * or a trailing no-break space so the underline shows.
 */
export function buildSegments(
  text: string,
  tokens: readonly Span[],
  marks: readonly MarkSpan[],
): Segment[] {
  const widened = marks.map((mark) => ({
    ...mark,
    end: mark.end > mark.start ? mark.end : mark.start + 1,
  }));
  const trailing = widened.some((mark) => mark.end > text.length);
  const source = trailing ? `${text}\u00a0` : text;
  const cuts = new Set<number>([0, source.length]);
  for (const span of [...tokens, ...widened]) {
    cuts.add(Math.max(0, Math.min(span.start, source.length)));
    cuts.add(Math.max(0, Math.min(span.end, source.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const token = tokens.find((span) => span.start <= start && span.end >= end)?.token ?? '';
    const covering = widened.filter((mark) => mark.start <= start && mark.end >= end);
    const mark = covering.some((m) => m.severity === 'error')
      ? 'error'
      : covering.length > 0
        ? 'warning'
        : null;
    const previous = segments[segments.length - 1];
    if (previous && previous.token === token && previous.mark === mark) {
      previous.text += source.slice(start, end);
    } else segments.push({ text: source.slice(start, end), start, token, mark });
  }
  return segments;
}
