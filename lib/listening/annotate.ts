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

/** A watchlist that may carry its own colour (the options' watchlist editor). */
export interface ColouredWatchlist {
  id: string;
  kind: 'brand' | 'competitor' | 'topic';
  color?: string;
}

/** What the page's highlight registry offers (a subset of the DOM's, so tests can fake it). */
export interface HighlightHost {
  highlights: Map<string, Highlight>;
  createHighlight(): Highlight;
  /** Styles of the per-watchlist highlights; absent where styles cannot be added. */
  setStyles?(css: string): void;
}

/** Only `#rgb` / `#rrggbb` reach a style rule: a colour is data from the store, not CSS. */
const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

function colouredHighlightCss(name: string, colour: string): string {
  return `::highlight(${name}) { background-color: color-mix(in srgb, ${colour} 32%, transparent); text-decoration: underline 2px ${colour}; }`;
}

/** Vigie's one style sheet for per-watchlist highlights (sessions replace its rules). */
let adoptedSheet: CSSStyleSheet | null = null;

/**
 * Styles for the per-watchlist highlights, in a constructed style sheet
 * adopted by the document: no element is added to the page.
 */
function adoptStyles(css: string): void {
  try {
    if (!adoptedSheet) {
      adoptedSheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, adoptedSheet];
    }
    adoptedSheet.replaceSync(css);
  } catch {
    // A browser that refuses (an older Firefox content script): kinds keep their colours.
  }
}

export function browserHighlightHost(): HighlightHost | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') {
    return null;
  }
  return {
    highlights: CSS.highlights as unknown as Map<string, Highlight>,
    createHighlight: () => new Highlight(),
    setStyles: adoptStyles,
  };
}

/** A unit's ranges by highlight key: a kind, or `w:<watchlist id>` for a coloured watchlist. */
export type UnitRanges = Partial<Record<string, AbstractRange[]>>;

const KIND_PRIORITY: Record<HighlightKind, number> = {
  topic: 1,
  competitor: 2,
  brand: 3,
  risk: 4,
  pulse: 5,
};

export class Highlighter {
  private readonly byKey = new Map<string, Highlight>();
  /** Registered names of the per-watchlist highlights, by key. */
  private readonly customNames = new Map<string, string>();
  /** The key of each coloured watchlist's ranges, by watchlist id (read per match). */
  private readonly colouredKeys = new Map<string, string>();
  private readonly units = new Map<Element, UnitRanges>();

  constructor(private readonly host: HighlightHost) {
    // Risk above kinds so a risky word inside a brand phrase still shows.
    for (const kind of Object.keys(HIGHLIGHT_NAMES) as HighlightKind[]) {
      const highlight = host.createHighlight();
      highlight.priority = KIND_PRIORITY[kind];
      this.byKey.set(kind, highlight);
      host.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
    }
  }

  /**
   * Watchlists with their own colour get a highlight of their own (at their
   * kind's priority); the others keep their kind's. Call before any unit.
   */
  applyColours(watchlists: readonly ColouredWatchlist[]): void {
    if (!this.host.setStyles) return;
    const rules: string[] = [];
    for (const watchlist of watchlists) {
      if (!watchlist.color || !HEX_COLOUR.test(watchlist.color)) continue;
      const key = `w:${watchlist.id}`;
      const name = `vigie-w${this.customNames.size}`;
      const highlight = this.host.createHighlight();
      highlight.priority = KIND_PRIORITY[watchlist.kind];
      this.byKey.set(key, highlight);
      this.customNames.set(key, name);
      this.colouredKeys.set(watchlist.id, key);
      this.host.highlights.set(name, highlight);
      rules.push(colouredHighlightCss(name, watchlist.color));
    }
    if (rules.length > 0) this.host.setStyles(rules.join('\n'));
  }

  /** Where a watchlist's ranges go: its own highlight when it has a colour, else its kind's. */
  keyFor(match: { watchlistId: string; kind: HighlightKind }): string {
    return this.colouredKeys.get(match.watchlistId) ?? match.kind;
  }

  /** Replaces the ranges of one unit. */
  setUnit(unit: Element, ranges: UnitRanges): void {
    this.removeUnit(unit);
    let any = false;
    for (const [key, list] of Object.entries(ranges) as [string, AbstractRange[]][]) {
      const highlight = this.byKey.get(key);
      if (!highlight || list.length === 0) continue;
      for (const range of list) highlight.add(range);
      any = true;
    }
    if (any) this.units.set(unit, ranges);
  }

  /** Replaces one kind of a unit's ranges (risk words, known only after the deferred phase). */
  setKind(unit: Element, kind: HighlightKind, list: AbstractRange[]): void {
    const highlight = this.byKey.get(kind);
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
    for (const [key, list] of Object.entries(ranges) as [string, AbstractRange[]][]) {
      const highlight = this.byKey.get(key);
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
    const pulse = this.byKey.get('pulse');
    const ranges = this.units.get(unit);
    if (!pulse || !ranges) return;
    const all = Object.values(ranges).flatMap((list) => list ?? []);
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
    for (const name of this.customNames.values()) this.host.highlights.delete(name);
    this.host.setStyles?.('');
    this.byKey.clear();
    this.customNames.clear();
    this.colouredKeys.clear();
    this.units.clear();
  }
}
