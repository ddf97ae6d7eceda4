/**
 * Vigie's UI on a page: a discreet marker beside each mentioned unit and the
 * mention card. It lives in one shadow root whose host hangs off <html>,
 * outside the site's own root, so the site's framework never sees it.
 * Markers exist only for units in view and follow them on scroll and resize,
 * repainted at most once per frame.
 */
import { render } from 'preact';
import { MentionCard, type MentionCardData } from '@/components/mention-card/MentionCard';
import overlayCss from '@/components/mention-card/overlay.css?inline';
import { t } from '@/lib/i18n';
import { OVERLAY_HOST_TAG } from './overlay-host';

export interface OverlayMention {
  key: string;
  unit: Element;
  card: MentionCardData;
  kind: 'brand' | 'competitor' | 'topic';
  risky: boolean;
}

export interface OverlayActions {
  setStatus(key: string, status: 'escalated' | 'replied' | 'ignored'): void;
  logBadBuzz(key: string): void;
}

interface Placed {
  mention: OverlayMention;
  top: number;
  left: number;
}

const MARKER_SIZE = 22;

function Layer({
  placed,
  open,
  onToggle,
  onClose,
  actions,
}: {
  placed: Placed[];
  open: Placed | null;
  onToggle: (key: string) => void;
  onClose: () => void;
  actions: OverlayActions;
}) {
  return (
    <div class="layer">
      {placed.map(({ mention, top, left }) => (
        <button
          type="button"
          key={mention.key}
          class={`marker kind-${mention.kind}${mention.risky ? ' risky' : ''}`}
          style={{ top: `${top}px`, left: `${left}px` }}
          aria-label={t('card_marker_label', mention.card.watchlists.map((w) => w.name).join(', '))}
          aria-haspopup="dialog"
          aria-expanded={open?.mention.key === mention.key}
          data-testid="mention-marker"
          data-key={mention.key}
          onClick={() => onToggle(mention.key)}
        >
          {mention.risky ? '!' : 'V'}
        </button>
      ))}
      {open && (
        <div
          style={{
            position: 'fixed',
            top: `${Math.min(open.top + MARKER_SIZE + 6, window.innerHeight - 40)}px`,
            left: `${Math.max(8, Math.min(open.left - 300, window.innerWidth - 336))}px`,
          }}
        >
          <MentionCard
            data={open.mention.card}
            onClose={onClose}
            onEscalate={() => actions.setStatus(open.mention.key, 'escalated')}
            onHandled={() => actions.setStatus(open.mention.key, 'replied')}
            onIgnore={() => actions.setStatus(open.mention.key, 'ignored')}
            onBadBuzz={() => actions.logBadBuzz(open.mention.key)}
          />
        </div>
      )}
    </div>
  );
}

export class Overlay {
  private readonly host: HTMLElement;
  private readonly layer: HTMLDivElement;
  private readonly mentions = new Map<string, OverlayMention>();
  private readonly byUnit = new Map<Element, string>();
  private readonly inView = new Set<Element>();
  private readonly intersections: IntersectionObserver;
  private openKey: string | null = null;
  private frame = 0;

  constructor(
    private readonly actions: OverlayActions,
    signal: AbortSignal,
  ) {
    this.host = document.createElement(OVERLAY_HOST_TAG);
    const root = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = overlayCss;
    this.layer = document.createElement('div');
    root.append(style, this.layer);
    document.documentElement.append(this.host);

    this.intersections = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) this.inView.add(entry.target);
        else this.inView.delete(entry.target);
      }
      this.schedule();
    });
    const repaint = () => this.schedule();
    window.addEventListener('scroll', repaint, { capture: true, passive: true, signal });
    window.addEventListener('resize', repaint, { passive: true, signal });
    signal.addEventListener(
      'abort',
      () => {
        cancelAnimationFrame(this.frame);
        this.intersections.disconnect();
        render(null, this.layer);
        this.host.remove();
      },
      { once: true },
    );
  }

  upsert(list: readonly OverlayMention[]): void {
    for (const mention of list) {
      const previousKey = this.byUnit.get(mention.unit);
      if (previousKey && previousKey !== mention.key) this.mentions.delete(previousKey);
      if (!this.byUnit.has(mention.unit)) this.intersections.observe(mention.unit);
      this.byUnit.set(mention.unit, mention.key);
      this.mentions.set(mention.key, mention);
    }
    this.schedule();
  }

  /** Forgets units that left the page or stopped matching. */
  remove(units: Iterable<Element>): void {
    for (const unit of units) {
      const key = this.byUnit.get(unit);
      this.intersections.unobserve(unit);
      this.inView.delete(unit);
      this.byUnit.delete(unit);
      if (key) this.mentions.delete(key);
    }
    this.schedule();
  }

  /** The language the background detected, for a card whose page gave none. */
  setLanguage(key: string, language: string): void {
    const mention = this.mentions.get(key);
    if (!mention || mention.card.language) return;
    this.mentions.set(key, { ...mention, card: { ...mention.card, language } });
    this.schedule();
  }

  open(key: string): void {
    this.openKey = key;
    this.schedule();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.paint();
    });
  }

  private paint(): void {
    const placed: Placed[] = [];
    for (const unit of this.inView) {
      const key = this.byUnit.get(unit);
      const mention = key ? this.mentions.get(key) : undefined;
      if (!mention || !unit.isConnected) continue;
      const rect = unit.getBoundingClientRect();
      if (rect.bottom < 0 || rect.top > window.innerHeight) continue;
      placed.push({
        mention,
        top: Math.max(4, rect.top + 4),
        left: Math.min(window.innerWidth - MARKER_SIZE - 4, rect.right - MARKER_SIZE - 4),
      });
    }
    if (this.openKey && !this.mentions.has(this.openKey)) this.openKey = null;
    const open = placed.find((p) => p.mention.key === this.openKey) ?? null;
    render(
      <Layer
        placed={placed}
        open={open}
        onToggle={(key) => {
          this.openKey = this.openKey === key ? null : key;
          this.schedule();
        }}
        onClose={() => {
          this.openKey = null;
          this.schedule();
        }}
        actions={this.actions}
      />,
      this.layer,
    );
  }
}
