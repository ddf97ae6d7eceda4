import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { collectText, collectUnitText, type HiddenTextRule } from '@/lib/listening/text';
import { genericAdapter, SITE_ADAPTERS } from '@/lib/sites';

const FIXTURES = join(process.cwd(), 'tests/fixtures/sites');

function load(html: string): void {
  document.open();
  // External scripts (the React fixture's bundle) cannot load here and are not needed.
  document.write(html.replace(/<script\b[^>]*\bsrc=[^>]*><\/script>/g, ''));
  document.close();
}

const sr: HiddenTextRule = { candidates: '.sr', confirm: (el) => el.classList.contains('sr') };

describe('collectText (hidden-text candidates by selector)', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  const cases: [string, string][] = [
    [
      'blocks',
      '<div id="b"><p>Vol <span>Acme</span> <a href="#">Air</a> annulé</p><p>#<span>acmeair</span></p></div>',
    ],
    [
      'hidden, script, br',
      '<div id="b">Acme <span class="sr">lien</span><script>x()</script>Air<br>fin</div>',
    ],
    ['hidden block', '<div id="b">foo<div class="sr">x<p>y</p></div>bar</div>'],
    ['nested hidden', '<div id="b">a<span class="sr">b<span class="sr">c</span>d</span>e</div>'],
    ['block then hidden then text', '<div id="b"><p>x</p><span class="sr">y</span>z</div>'],
    ['trailing empty inline', '<div id="b"><p>x</p><span></span></div>'],
    ['svg and textarea', '<div id="b">a<svg><text>t</text></svg>b<textarea>c</textarea>d</div>'],
    ['empty blocks', '<div id="b"><div></div>a<div><br></div>b<p></p></div>'],
    ['nothing', '<div id="b"></div>'],
  ];
  for (const [name, html] of cases) {
    it(`reads what collectUnitText reads: ${name}`, () => {
      document.body.innerHTML = html;
      const bodies = [document.getElementById('b')!];
      const fast = collectText(bodies, sr);
      const slow = collectUnitText(bodies, sr.confirm);
      expect(fast.text).toBe(slow.text);
      expect(fast.starts).toEqual(slow.starts);
      expect(fast.nodes).toEqual(slow.nodes);
    });
  }

  it('reads several bodies on lines of their own', () => {
    document.body.innerHTML = '<p id="x">Acme</p><p id="y">Air</p>';
    const bodies = [document.getElementById('x')!, document.getElementById('y')!];
    expect(collectText(bodies, sr).text).toBe(collectUnitText(bodies, sr.confirm).text);
  });
});

describe('every adapter: hiddenTextCandidates covers isHiddenText', () => {
  for (const adapter of [...SITE_ADAPTERS, genericAdapter]) {
    const dir = join(FIXTURES, adapter.id);
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((file) => file.endsWith('.html'));
    } catch {
      files = [];
    }
    for (const file of files) {
      it(`${adapter.id}/${file}: same unit text as the per-element walk`, () => {
        load(readFileSync(join(dir, file), 'utf8'));
        const rule: HiddenTextRule = {
          candidates: adapter.hiddenTextCandidates ?? '*',
          confirm: (el) => adapter.isHiddenText(el),
        };
        expect(adapter.hiddenTextCandidates).toBeTruthy();
        for (const el of document.body.querySelectorAll('*')) {
          if (adapter.isHiddenText(el)) expect(el.matches(rule.candidates)).toBe(true);
        }
        for (const unit of adapter.findUnits(document.body)) {
          const bodies = adapter.bodyOf(unit);
          const fast = collectText(bodies, rule);
          const slow = collectUnitText(bodies, (el) => adapter.isHiddenText(el));
          expect(fast.text).toBe(slow.text);
          expect(fast.starts).toEqual(slow.starts);
          expect(fast.nodes.length).toBe(slow.nodes.length);
          expect(fast.nodes.every((node, i) => node === slow.nodes[i])).toBe(true);
        }
      });
    }
  }
});

describe('collectText on random markup', () => {
  const tags = ['span', 'b', 'a', 'p', 'div', 'br', 'li', 'script', 'svg', 'em'];
  const attributes = ['', ' class="sr"', ' class="x"', ' hidden', ' style="color:red"'];
  const words = ['', 'Acme', ' ', 'air ', 'é', '\n'];
  const markup: fc.Memo<string> = fc.memo((depth) =>
    depth <= 1
      ? fc.constantFrom(...words)
      : fc.oneof(
          fc.constantFrom(...words),
          fc
            .tuple(
              fc.constantFrom(...tags),
              fc.constantFrom(...attributes),
              fc.array(markup(depth - 1), { maxLength: 4 }),
            )
            .map(([tag, attribute, children]) =>
              tag === 'br' ? '<br>' : `<${tag}${attribute}>${children.join('')}</${tag}>`,
            ),
        ),
  );
  const rule: HiddenTextRule = {
    candidates: '.sr,[hidden],svg,script',
    confirm: (el) => el.classList.contains('sr') || el.hasAttribute('hidden'),
  };

  it('reads what the per-element walk reads', () => {
    fc.assert(
      fc.property(fc.array(markup(4), { maxLength: 5 }), (parts) => {
        document.body.innerHTML = `<div id="b">${parts.join('')}</div>`;
        const bodies = [document.getElementById('b')!];
        const fast = collectText(bodies, rule);
        const slow = collectUnitText(bodies, (el) => rule.confirm(el));
        expect(fast.text).toBe(slow.text);
        expect(fast.starts).toEqual(slow.starts);
        expect(fast.nodes.every((node, i) => node === slow.nodes[i])).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
