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
