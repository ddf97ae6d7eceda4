/**
 * Highlights through the CSS Custom Highlight API: the page's DOM is never
 * touched. One named highlight per watchlist kind plus one for risk words
 * and one for the short "pulse" when the CM jumps to a mention. Ranges are
 * StaticRanges (cheap; the browser does not track them), so ranges of units
 * that left the page are dropped explicitly.
 */

export const HIGHLIGHT_NAMES = {
  brand: 'vigie-brand',
  competitor: 'vigie-competitor',
  topic: 'vigie-topic',
  risk: 'vigie-risk',
  pulse: 'vigie-pulse',
} as const;

export type HighlightKind = keyof typeof HIGHLIGHT_NAMES;

/** What the page's highlight registry offers (a subset of the DOM's, so tests can fake it). */
export interface HighlightHost {
  highlights: Map<string, Highlight>;
  createHighlight(): Highlight;
}

export function browserHighlightHost(): HighlightHost | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') {
    return null;
  }
  return {
    highlights: CSS.highlights as unknown as Map<string, Highlight>,
    createHighlight: () => new Highlight(),
  };
}

type UnitRanges = Partial<Record<HighlightKind, AbstractRange[]>>;

export class Highlighter {
  private readonly byKind = new Map<HighlightKind, Highlight>();
  private readonly units = new Map<Element, UnitRanges>();

  constructor(private readonly host: HighlightHost) {
    // Risk above kinds so a risky word inside a brand phrase still shows.
    const priorities: Record<HighlightKind, number> = {
      topic: 1,
      competitor: 2,
      brand: 3,
      risk: 4,
      pulse: 5,
    };
    for (const kind of Object.keys(HIGHLIGHT_NAMES) as HighlightKind[]) {
      const highlight = host.createHighlight();
      highlight.priority = priorities[kind];
      this.byKind.set(kind, highlight);
      host.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
    }
  }

  /** Replaces the ranges of one unit. */
  setUnit(unit: Element, ranges: UnitRanges): void {
    this.removeUnit(unit);
    let any = false;
    for (const [kind, list] of Object.entries(ranges) as [HighlightKind, AbstractRange[]][]) {
      const highlight = this.byKind.get(kind);
      if (!highlight || list.length === 0) continue;
      for (const range of list) highlight.add(range);
      any = true;
    }
    if (any) this.units.set(unit, ranges);
  }

  /** Replaces one kind of a unit's ranges (risk words, known only after the deferred phase). */
  setKind(unit: Element, kind: HighlightKind, list: AbstractRange[]): void {
    const highlight = this.byKind.get(kind);
    if (!highlight) return;
    const ranges = this.units.get(unit) ?? {};
    for (const range of ranges[kind] ?? []) highlight.delete(range);
    for (const range of list) highlight.add(range);
    ranges[kind] = list;
    this.units.set(unit, ranges);
  }

  removeUnit(unit: Element): void {
    const ranges = this.units.get(unit);
    if (!ranges) return;
    for (const [kind, list] of Object.entries(ranges) as [HighlightKind, AbstractRange[]][]) {
      const highlight = this.byKind.get(kind);
      if (highlight) for (const range of list) highlight.delete(range);
    }
    this.units.delete(unit);
  }

  /** Drops the ranges of units no longer in the document (virtualized feeds, re-renders). */
  dropDisconnected(): Element[] {
    const gone: Element[] = [];
    for (const unit of this.units.keys()) {
      if (!unit.isConnected) gone.push(unit);
    }
    for (const unit of gone) this.removeUnit(unit);
    return gone;
  }

  /** Briefly adds a unit's ranges to the pulse highlight. */
  pulse(unit: Element, durationMs = 1_200): void {
    const pulse = this.byKind.get('pulse');
    const ranges = this.units.get(unit);
    if (!pulse || !ranges) return;
    const all = Object.values(ranges).flat();
    for (const range of all) pulse.add(range);
    setTimeout(() => {
      for (const range of all) pulse.delete(range);
    }, durationMs);
  }

  rangesOf(unit: Element): UnitRanges | undefined {
    return this.units.get(unit);
  }

  get unitCount(): number {
    return this.units.size;
  }

  /** Removes every Vigie highlight from the page. */
  dispose(): void {
    for (const name of Object.values(HIGHLIGHT_NAMES)) this.host.highlights.delete(name);
    this.byKind.clear();
    this.units.clear();
  }
}
