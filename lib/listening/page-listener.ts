/**
 * Listening on one page: every unit the site adapter finds is matched
 * against the compiled watchlists; matched units get their terms
 * highlighted and are reported as mentions. New and edited units are
 * handled as the page changes; the first pass over a big page is sliced.
 *
 *   page DOM ─▶ adapter (units, bodies) ─▶ text + offsets ─▶ matcher
 *        ▲                                                     │
 *        └──── highlights (CSS Custom Highlight API) ◀─────────┤
 *                                  mentions ─▶ background ◀────┘
 */
import { textHash } from '../hash';
import type { ExtractedUnit, SiteAdapter } from '../sites/types';
import type { Highlighter, HighlightKind } from './annotate';
import { inSlices } from './slices';
import { collectUnitText, rangeFor } from './text';

/** The matcher as the page listener uses it (lib/listening/index.ts implements it). */
export interface PageMatcher {
  match(
    text: string,
    context: {
      author?: string;
      handle?: string;
      site?: string;
      network?: string;
      language?: string;
    },
  ): {
    watchlists: {
      watchlistId: string;
      kind: 'brand' | 'competitor' | 'topic';
      spans: { start: number; end: number; term: string }[];
    }[];
    risk: { start: number; end: number; category: string; weight: number; term: string }[];
  };
}

export interface RiskAssessment {
  level: 'none' | 'low' | 'medium' | 'high';
  score: number;
  categories: string[];
  /** The risk words that count (negated ones excluded), to highlight. */
  spans: { start: number; end: number }[];
}

export interface FoundMention {
  unit: Element;
  dedupeKey: string;
  extracted: ExtractedUnit;
  watchlistIds: string[];
  terms: string[];
  risk: RiskAssessment;
}

export interface PageListenerOptions {
  adapter: SiteAdapter;
  matcher: PageMatcher;
  assessRisk: (text: string, hits: ReturnType<PageMatcher['match']>['risk']) => RiskAssessment;
  highlighter: Highlighter;
  pageUrl: () => URL;
  /** Nodes of Vigie's own UI, never read. */
  isOwnNode: (element: Element) => boolean;
  /** New or changed mentions, in document order within a batch. */
  onMentions: (found: FoundMention[]) => void;
  /** Units that were mentions and no longer are (edited, or gone from the page). */
  onCleared: (units: Element[]) => void;
  signal: AbortSignal;
}

function dedupeKeyOf(unit: ExtractedUnit): string {
  if (unit.permalink) return unit.permalink;
  const who = unit.author.handle ?? unit.author.name ?? '';
  return `${unit.network}:${who}:${textHash(unit.text)}`;
}

export class PageListener {
  /** What each matched unit was last reported as, to report only changes. */
  private readonly reported = new Map<Element, { signature: string; mention: FoundMention }>();
  private pending: FoundMention[] = [];
  /**
   * During the first pass, ranges wait here and are registered once at the end:
   * the browser re-renders every highlight when one changes, and doing that
   * after each slice made the pass 8× longer on big pages (bench/README.md).
   */
  private staged: Map<Element, Partial<Record<HighlightKind, AbstractRange[]>>> | null = null;

  constructor(private readonly options: PageListenerOptions) {}

  /** The first pass over the page, sliced so no task holds the main thread long. */
  async scan(root: ParentNode): Promise<void> {
    const units = this.options.adapter.findUnits(root);
    this.staged = new Map();
    const url = this.options.pageUrl();
    await inSlices(units, (unit) => this.evaluate(unit, url), {
      signal: this.options.signal,
      budgetMs: 8,
      yieldToPage: async () => {
        this.flush();
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
      },
    });
    const staged = this.staged;
    this.staged = null;
    if (!this.options.signal.aborted) {
      for (const [unit, ranges] of staged) {
        if (unit.isConnected) this.options.highlighter.setUnit(unit, ranges);
      }
    }
    this.flush();
  }

  /** Units that appeared or changed (from the observer). */
  update(units: readonly Element[]): void {
    const url = this.options.pageUrl();
    for (const unit of units) this.evaluate(unit, url);
    this.flush();
  }

  /** Forgets units that left the page. */
  dropDisconnected(): void {
    this.options.highlighter.dropDisconnected();
    const gone = [...this.reported.keys()].filter((unit) => !unit.isConnected);
    for (const unit of gone) this.reported.delete(unit);
    if (gone.length > 0) this.options.onCleared(gone);
  }

  /** The unit of a reported mention, to scroll to it. */
  unitFor(dedupeKey: string): Element | null {
    for (const { mention } of this.reported.values()) {
      if (mention.dedupeKey === dedupeKey && mention.unit.isConnected) return mention.unit;
    }
    return null;
  }

  mentions(): FoundMention[] {
    return [...this.reported.values()].map((entry) => entry.mention);
  }

  /** `url`: the page's, read once per batch rather than once per unit. */
  private evaluate(unit: Element, url: URL): void {
    if (this.options.signal.aborted || !unit.isConnected) return;
    const { adapter, matcher, highlighter } = this.options;
    const text = collectUnitText(
      adapter.bodyOf(unit),
      (element) => adapter.isHiddenText(element) || this.options.isOwnNode(element),
    );
    const context = { site: url.hostname, network: adapter.network };
    const result = text.text.trim() ? matcher.match(text.text, context) : null;
    if (!result || result.watchlists.length === 0) {
      this.staged?.delete(unit);
      highlighter.removeUnit(unit);
      if (this.reported.delete(unit)) this.options.onCleared([unit]);
      return;
    }
    const ranges: Partial<Record<HighlightKind, AbstractRange[]>> = {};
    const terms = new Set<string>();
    for (const match of result.watchlists) {
      const list = ranges[match.kind] ?? [];
      ranges[match.kind] = list;
      for (const span of match.spans) {
        const range = rangeFor(text, span.start, span.end);
        if (range) list.push(range);
        terms.add(span.term);
      }
    }
    const risk = this.options.assessRisk(text.text, result.risk);
    ranges.risk = risk.spans
      .map((span) => rangeFor(text, span.start, span.end))
      .filter((range): range is StaticRange => range !== null);
    if (this.staged) this.staged.set(unit, ranges);
    else highlighter.setUnit(unit, ranges);

    const extracted = adapter.extract(unit, url);
    const mention: FoundMention = {
      unit,
      dedupeKey: dedupeKeyOf(extracted),
      extracted,
      watchlistIds: result.watchlists.map((match) => match.watchlistId),
      terms: [...terms],
      risk,
    };
    const signature = JSON.stringify([
      mention.dedupeKey,
      extracted.text,
      extracted.engagement,
      mention.watchlistIds,
      risk.level,
    ]);
    if (this.reported.get(unit)?.signature === signature) return;
    this.reported.set(unit, { signature, mention });
    this.pending.push(mention);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.options.onMentions(batch);
  }
}
