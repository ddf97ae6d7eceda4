import { afterEach, describe, expect, it } from 'vitest';
import { detectFamily } from '@/lib/insert/detect';

function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('detectFamily', () => {
  it('knows text fields, React-controlled or not', () => {
    mount(
      '<textarea id="a"></textarea><input id="b"><input id="c" type="search"><input id="d" type="checkbox">',
    );
    expect(detectFamily(document.getElementById('a'))).toBe('textarea');
    expect(detectFamily(document.getElementById('b'))).toBe('textarea');
    expect(detectFamily(document.getElementById('c'))).toBe('textarea');
    expect(detectFamily(document.getElementById('d'))).toBeNull();
  });

  it('knows Draft.js from its root, its content element or a node inside it', () => {
    mount(`<div class="DraftEditor-root" id="root"><div class="DraftEditor-editorContainer">
      <div class="public-DraftEditor-content" contenteditable="true" id="content">
        <div data-contents="true"><div data-block="true"><div><span><span data-text="true" id="text">hi</span></span></div></div></div>
      </div></div></div>`);
    for (const id of ['root', 'content', 'text'])
      expect(detectFamily(document.getElementById(id))).toBe('draft');
  });

  it('knows Draft.js by its data-contents when classes were renamed', () => {
    mount(
      '<div contenteditable="true" id="x"><div data-contents="true"><div data-block="true"></div></div></div>',
    );
    expect(detectFamily(document.getElementById('x'))).toBe('draft');
  });

  it('knows Lexical, Quill, ProseMirror (TipTap) and Slate', () => {
    mount(`
      <div contenteditable="true" data-lexical-editor="true" id="lexical"><p><span id="lexical-text">a</span></p></div>
      <div class="ql-container"><div class="ql-editor" contenteditable="true" id="quill"><p>a</p></div></div>
      <div class="tiptap ProseMirror" contenteditable="true" id="pm"><p>a</p></div>
      <div data-slate-editor="true" contenteditable="true" id="slate"><div data-slate-node="element"></div></div>`);
    expect(detectFamily(document.getElementById('lexical'))).toBe('lexical');
    expect(detectFamily(document.getElementById('lexical-text'))).toBe('lexical');
    expect(detectFamily(document.getElementById('quill'))).toBe('quill');
    expect(detectFamily(document.getElementById('pm'))).toBe('prosemirror');
    expect(detectFamily(document.getElementById('slate'))).toBe('slate');
  });

  it('falls back to a plain contenteditable, and finds the editable inside a wrapper', () => {
    mount(
      '<div id="wrap"><div contenteditable="true" id="ce"><div>hi</div></div></div><div id="none"></div>',
    );
    expect(detectFamily(document.getElementById('ce'))).toBe('contenteditable');
    expect(detectFamily(document.getElementById('wrap'))).toBe('contenteditable');
    expect(detectFamily(document.getElementById('none'))).toBeNull();
    expect(detectFamily(null)).toBeNull();
  });

  it('ignores what cannot be typed into', () => {
    mount(`<textarea id="ro" readonly></textarea><textarea id="off" disabled></textarea>
      <div contenteditable="false" id="no">x</div>`);
    for (const id of ['ro', 'off', 'no'])
      expect(detectFamily(document.getElementById(id))).toBeNull();
  });
});
