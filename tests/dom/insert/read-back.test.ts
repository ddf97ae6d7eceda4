import { afterEach, describe, expect, it } from 'vitest';
import { normalizeText, readBack } from '@/lib/insert/read-back';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" id="ed">${html}</div>`;
  return document.getElementById('ed') as HTMLElement;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('normalizeText', () => {
  it('drops zero-width anchors, CR line ends and trailing newlines, keeps emoji joiners', () => {
    expect(normalizeText('a\r\nb\rc\n\n')).toBe('a\nb\nc');
    expect(normalizeText('\uFEFFab\u200Bc\u2060')).toBe('abc');
    const family = '👨\u200D👩\u200D👧';
    expect(normalizeText(family)).toBe(family);
  });
});

describe('readBack', () => {
  it('reads a text field value', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const area = document.getElementById('t') as HTMLTextAreaElement;
    area.value = 'Bonjour\nLéa 👋\n';
    expect(readBack(area, 'textarea')).toBe('Bonjour\nLéa 👋');
  });

  it('reads Draft.js blocks (an empty block renders a <br>)', () => {
    const el = editor(`<div data-contents="true">
      <div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Bonjour Léa 👋</span></span></div></div>
      <div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>
      <div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Suite</span></span></div></div>
    </div>`);
    expect(readBack(el, 'draft')).toBe('Bonjour Léa 👋\n\nSuite');
  });

  it('reads Lexical plain text: <br> line breaks, the extra <br> after a trailing break', () => {
    expect(readBack(editor('<p><span>a</span><br><span>b</span></p>'), 'lexical')).toBe('a\nb');
    expect(readBack(editor('<p><span>a</span><br><br></p>'), 'lexical')).toBe('a');
    expect(readBack(editor('<p><br></p>'), 'lexical')).toBe('');
  });

  it('reads paragraphs as lines (Lexical rich, Quill, ProseMirror), empty ones included', () => {
    expect(readBack(editor('<p>a</p><p><br></p><p>b</p>'), 'quill')).toBe('a\n\nb');
    expect(
      readBack(editor('<p>abc</p><p>d<br class="ProseMirror-trailingBreak"></p>'), 'prosemirror'),
    ).toBe('abc\nd');
  });

  it('reads Slate blocks without zero-width anchors or the placeholder', () => {
    const el =
      editor(`<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true">
      <span data-slate-placeholder="true" contenteditable="false">Write a reply…</span>
      <span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span></span></span></div>`);
    expect(readBack(el, 'slate')).toBe('');
    const filled = editor(
      `<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Bonjour</span></span></span></div><div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Suite</span></span></span></div>`,
    );
    expect(readBack(filled, 'slate')).toBe('Bonjour\nSuite');
  });

  it('reads a plain contenteditable as the browser lays it out', () => {
    expect(
      readBack(editor('abc<div>def</div><div><br></div><div>g</div>'), 'contenteditable'),
    ).toBe('abc\ndef\n\ng');
    expect(readBack(editor('abc<br>def<br>'), 'contenteditable')).toBe('abc\ndef');
    expect(
      readBack(editor('a <img alt="👋" src="x.png"> <img alt="" src="y.png">'), 'contenteditable'),
    ).toBe('a 👋 ');
  });
});
