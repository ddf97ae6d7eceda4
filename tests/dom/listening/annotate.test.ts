import { describe, expect, it } from 'vitest';
import { Highlighter, type HighlightHost } from '@/lib/listening/annotate';

/** A stand-in for CSS.highlights: happy-dom has no Highlight. */
function fakeHost(): HighlightHost & { highlights: Map<string, Set<AbstractRange>> } {
  const highlights = new Map<string, Set<AbstractRange> & { priority: number }>();
  return {
    highlights: highlights as never,
    createHighlight: () => Object.assign(new Set<AbstractRange>(), { priority: 0 }) as never,
  };
}

function rangeIn(el: Element): StaticRange {
  const text = el.firstChild as Text;
  return new StaticRange({
    startContainer: text,
    startOffset: 0,
    endContainer: text,
    endOffset: 2,
  });
}

describe('Highlighter', () => {
  it('gives a coloured watchlist its own highlight and style; others keep their kind', () => {
    const styles: string[] = [];
    const host = { ...fakeHost(), setStyles: (css: string) => styles.push(css) };
    const highlighter = new Highlighter(host);
    highlighter.applyColours([
      { id: 'acme', kind: 'brand', color: '#0a7f3f' },
      { id: 'sky', kind: 'competitor' },
      // Data from the store, not CSS: anything but a hex colour is ignored.
      { id: 'evil', kind: 'topic', color: 'red; } body { display: none' },
    ]);
    expect(host.highlights.has('vigie-w0')).toBe(true);
    expect(host.highlights.has('vigie-w1')).toBe(false);
    expect(styles).toHaveLength(1);
    expect(styles[0]).toContain('::highlight(vigie-w0)');
    expect(styles[0]).toContain('#0a7f3f');
    expect(styles[0]).not.toContain('display');
    expect(highlighter.keyFor({ watchlistId: 'acme', kind: 'brand' })).toBe('w:acme');
    expect(highlighter.keyFor({ watchlistId: 'sky', kind: 'competitor' })).toBe('competitor');
    expect(highlighter.keyFor({ watchlistId: 'evil', kind: 'topic' })).toBe('topic');

    document.body.innerHTML = '<p id="a">Acme</p>';
    const a = document.getElementById('a')!;
    highlighter.setUnit(a, { 'w:acme': [rangeIn(a)] });
    expect(host.highlights.get('vigie-w0')?.size).toBe(1);
    expect(host.highlights.get('vigie-brand')?.size).toBe(0);
    highlighter.dispose();
    expect(host.highlights.has('vigie-w0')).toBe(false);
    expect(styles.at(-1)).toBe('');
  });

  it('registers one named highlight per kind, prefixed vigie-', () => {
    const host = fakeHost();
    new Highlighter(host);
    expect([...host.highlights.keys()].sort()).toEqual([
      'vigie-brand',
      'vigie-competitor',
      'vigie-pulse',
      'vigie-risk',
      'vigie-topic',
    ]);
  });

  it('replaces a unit’s ranges and drops those of disconnected units', () => {
    const host = fakeHost();
    const highlighter = new Highlighter(host);
    document.body.innerHTML = '<p id="a">Acme</p><p id="b">SkyJet</p>';
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    highlighter.setUnit(a, { brand: [rangeIn(a)] });
    highlighter.setUnit(b, { competitor: [rangeIn(b)], risk: [rangeIn(b)] });
    highlighter.setUnit(a, { brand: [rangeIn(a)] });
    expect(host.highlights.get('vigie-brand')!.size).toBe(1);
    b.remove();
    expect(highlighter.dropDisconnected()).toEqual([b]);
    expect(host.highlights.get('vigie-competitor')!.size).toBe(0);
    expect(host.highlights.get('vigie-risk')!.size).toBe(0);
    expect(highlighter.unitCount).toBe(1);
    highlighter.dispose();
    expect(host.highlights.size).toBe(0);
  });
});
