import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateTest, selectorParts } from '@/lib/listening/candidates';
import { genericAdapter, SITE_ADAPTERS } from '@/lib/sites';

const FIXTURES = join(process.cwd(), 'tests/fixtures/sites');

describe('selectorParts', () => {
  it('splits a selector list at top-level commas only', () => {
    expect(selectorParts('a, .b,[data-x="1,2"], :is(p, li) > span,svg')).toEqual([
      'a',
      '.b',
      '[data-x="1,2"]',
      ':is(p, li) > span',
      'svg',
    ]);
  });
});

describe('candidateTest', () => {
  const selector =
    'script,svg,vigie-overlay,[hidden],[style],.sr-only,span.invisible,[role="button"],div > em,:is(b, i)';
  const html =
    '<div id="root"><p>a <span>b</span> <em>c</em> <strong>d</strong><br>' +
    '<span class="invisible">e</span><span class="ellipsis">f</span><a role="button">g</a>' +
    '<i>h</i><b>j</b><span hidden>k</span><span style="display:none">l</span>' +
    '<vigie-overlay></vigie-overlay><svg><text>m</text></svg><script>n</script></p>' +
    '<div><em>o</em></div><span class="sr-only x">p</span></div>';

  it('accepts every element the selector matches', () => {
    document.body.innerHTML = html;
    const test = candidateTest(selector);
    for (const el of document.getElementById('root')!.querySelectorAll('*')) {
      if (el.matches(selector)) expect(test(el, el.tagName), el.outerHTML).toBe(true);
    }
  });

  it('answers bare elements by their tag, without matching', () => {
    document.body.innerHTML = html;
    const test = candidateTest(selector);
    const root = document.getElementById('root')!;
    for (const tag of ['strong', 'br']) {
      const el = root.querySelector(tag)!;
      expect(test(el, el.tagName)).toBe(false);
    }
    const ellipsis = root.querySelector('.ellipsis')!;
    expect(test(ellipsis, ellipsis.tagName)).toBe(false);
  });

  for (const adapter of [...SITE_ADAPTERS, genericAdapter]) {
    let files: string[] = [];
    try {
      files = readdirSync(join(FIXTURES, adapter.id)).filter((file) => file.endsWith('.html'));
    } catch {
      files = [];
    }
    for (const file of files) {
      it(`${adapter.id}/${file}: a candidate wherever the adapter's selector matches`, () => {
        document.open();
        document.write(
          readFileSync(join(FIXTURES, adapter.id, file), 'utf8').replace(
            /<script\b[^>]*\bsrc=[^>]*><\/script>/g,
            '',
          ),
        );
        document.close();
        const candidates = `${adapter.hiddenTextCandidates ?? '*'},vigie-overlay`;
        const test = candidateTest(candidates);
        for (const el of document.body.querySelectorAll('*')) {
          if (el.matches(candidates)) expect(test(el, el.tagName)).toBe(true);
        }
      });
    }
  }
});
