import { afterEach, describe, expect, it } from 'vitest';
import { collapseToEnd, endPoint, hasCaretInside, placeCaretAtEnd } from '@/lib/insert/caret';

afterEach(() => {
  document.body.innerHTML = '';
  document.getSelection()?.removeAllRanges();
});

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" id="ed">${html}</div><p id="outside">x</p>`;
  return document.getElementById('ed') as HTMLElement;
}

describe('caret placement', () => {
  it('puts the caret at the end of the last text, past zero-width anchors and placeholders', () => {
    const el = editor(
      '<p>abc</p><p><span>de</span><span data-slate-zero-width="z">\uFEFF</span></p>',
    );
    placeCaretAtEnd(el);
    const selection = document.getSelection();
    expect(selection?.anchorNode?.nodeValue).toBe('de');
    expect(selection?.anchorOffset).toBe(2);
    expect(selection?.isCollapsed).toBe(true);
    const slate = editor(
      '<div><span><span data-slate-placeholder="true" contenteditable="false">Write…</span><span data-slate-zero-width="n">\uFEFF<br></span></span></div>',
    );
    const point = endPoint(slate);
    expect(point?.node).toBe(slate.querySelector('[data-slate-zero-width]'));
  });

  it('puts the caret on an empty last line, before the <br> that holds it open', () => {
    const el = editor('<p>abc</p><p><br></p>');
    const point = endPoint(el);
    expect(point?.node).toBe(el.querySelectorAll('p')[1]);
    expect(point?.offset).toBe(0);
  });

  it("tells whether the CM's caret is inside the editor", () => {
    const el = editor('<p>abc</p>');
    const text = el.querySelector('p')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 1);
    range.collapse(true);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    expect(hasCaretInside(el)).toBe(true);
    const outside = document.createRange();
    outside.selectNodeContents(document.getElementById('outside') as HTMLElement);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(outside);
    expect(hasCaretInside(el)).toBe(false);
  });

  it("collapses the CM's selection to its end so the reply adds and replaces nothing", () => {
    const el = editor('<p>abcdef</p>');
    const text = el.querySelector('p')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 1);
    range.setEnd(text, 4);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    collapseToEnd(el);
    expect(document.getSelection()?.isCollapsed).toBe(true);
    expect(document.getSelection()?.anchorOffset).toBe(4);
  });

  it('moves a text field caret to the end, or keeps a focused one (collapsed to its end)', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const area = document.getElementById('t') as HTMLTextAreaElement;
    area.value = 'abcdef';
    area.setSelectionRange(0, 0);
    placeCaretAtEnd(area);
    expect([area.selectionStart, area.selectionEnd]).toEqual([6, 6]);
    area.focus();
    area.setSelectionRange(1, 3);
    expect(hasCaretInside(area)).toBe(true);
    collapseToEnd(area);
    expect([area.selectionStart, area.selectionEnd]).toEqual([3, 3]);
  });
});
