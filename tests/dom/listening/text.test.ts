import { beforeEach, describe, expect, it } from 'vitest';
import { collectUnitText, positionAt, rangeFor } from '@/lib/listening/text';

const noSkip = () => false;

describe('collectUnitText', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('joins inline elements as they read and separates blocks', () => {
    document.body.innerHTML =
      '<div id="b"><p>Vol <span>Acme</span> <a href="#">Air</a> annulé</p><p>#<span>acmeair</span></p></div>';
    const unit = collectUnitText([document.getElementById('b')!], noSkip);
    expect(unit.text).toBe('Vol Acme Air annulé\n#acmeair\n');
  });

  it('skips hidden text, scripts and what the adapter rejects', () => {
    document.body.innerHTML =
      '<div id="b">Acme <span class="sr">lien</span><script>x()</script>Air<br>fin</div>';
    const unit = collectUnitText([document.getElementById('b')!], (el) =>
      el.classList.contains('sr'),
    );
    expect(unit.text).toBe('Acme Air\nfin');
  });

  it('maps offsets back to text nodes, across node boundaries', () => {
    document.body.innerHTML = '<div id="b">Vol <span>Acme</span> <b>Air</b>!</div>';
    const unit = collectUnitText([document.getElementById('b')!], noSkip);
    const start = unit.text.indexOf('Acme');
    const end = start + 'Acme Air'.length;
    const from = positionAt(unit, start, false)!;
    const to = positionAt(unit, end, true)!;
    expect([from.node.data, from.offset]).toEqual(['Acme', 0]);
    expect([to.node.data, to.offset]).toEqual(['Air', 3]);
    const range = rangeFor(unit, start, end)!;
    expect(range.startContainer).toBe(from.node);
    expect(range.endContainer).toBe(to.node);
  });

  it('keeps an end on a node boundary in the earlier node', () => {
    document.body.innerHTML = '<div id="b"><span>Acme</span><span>land</span></div>';
    const unit = collectUnitText([document.getElementById('b')!], noSkip);
    const end = unit.text.indexOf('land');
    expect(positionAt(unit, end, true)).toMatchObject({ offset: 4 });
    expect(positionAt(unit, end, false)).toMatchObject({ offset: 0 });
  });
});
