import { afterEach, describe, expect, it, vi } from 'vitest';
import { trackLastFocusedEditable } from '@/lib/insert/track-focus';
import { watchSent } from '@/lib/insert/watch-sent';

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function replyBox(): {
  area: HTMLTextAreaElement;
  send: HTMLButtonElement;
  cancel: HTMLButtonElement;
} {
  document.body.innerHTML = `<div class="composer"><div><textarea id="t"></textarea></div>
    <div class="actions"><button id="cancel">Annuler</button><button id="send">Publier</button></div></div>
    <button id="far">Other</button>`;
  return {
    area: document.getElementById('t') as HTMLTextAreaElement,
    send: document.getElementById('send') as HTMLButtonElement,
    cancel: document.getElementById('cancel') as HTMLButtonElement,
  };
}

describe('watchSent', () => {
  it('reports the text when the box empties right after a click on its send button', async () => {
    const { area, send } = replyBox();
    area.value = 'Merci Léa';
    send.addEventListener('click', () => setTimeout(() => (area.value = ''), 50));
    const onSent = vi.fn();
    const controller = new AbortController();
    watchSent(area, 'textarea', onSent, controller.signal, { pollMs: 10 });
    send.click();
    await tick(150);
    expect(onSent).toHaveBeenCalledOnce();
    expect(onSent).toHaveBeenCalledWith('Merci Léa');
    controller.abort();
  });

  it('reports on Enter and on Ctrl+Enter in the box, not on Shift+Enter', async () => {
    const { area } = replyBox();
    area.value = 'Merci';
    const onSent = vi.fn();
    const controller = new AbortController();
    watchSent(area, 'textarea', onSent, controller.signal, { pollMs: 10 });
    area.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true }),
    );
    area.value = '';
    await tick(60);
    expect(onSent).not.toHaveBeenCalled();
    area.value = 'Merci encore';
    area.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
    );
    area.value = '';
    await tick(60);
    expect(onSent).toHaveBeenCalledWith('Merci encore');
    controller.abort();
  });

  it('counts a reply dialog that closes after its send click as sent', async () => {
    const { area, send } = replyBox();
    area.value = 'Merci';
    send.addEventListener('click', () => document.querySelector('.composer')?.remove());
    const onSent = vi.fn();
    watchSent(area, 'textarea', onSent, new AbortController().signal, { pollMs: 10 });
    send.click();
    await tick(60);
    expect(onSent).toHaveBeenCalledWith('Merci');
  });

  it('ignores cancel buttons, far buttons, an empty box and emptying without a gesture', async () => {
    const { area, cancel } = replyBox();
    const onSent = vi.fn();
    watchSent(area, 'textarea', onSent, new AbortController().signal, {
      pollMs: 10,
      windowMs: 100,
    });
    area.value = 'Merci';
    cancel.addEventListener('click', () => (area.value = ''));
    cancel.click();
    await tick(40);
    area.value = 'Merci';
    (document.getElementById('far') as HTMLButtonElement).click();
    area.value = '';
    await tick(40);
    area.value = 'Merci';
    await tick(10);
    area.value = '';
    await tick(150);
    expect(onSent).not.toHaveBeenCalled();
  });

  it('forgets a gesture once its window passed, and stops with its signal', async () => {
    const { area, send } = replyBox();
    area.value = 'Merci';
    const onSent = vi.fn();
    const controller = new AbortController();
    watchSent(area, 'textarea', onSent, controller.signal, { pollMs: 10, windowMs: 50 });
    send.click();
    await tick(120);
    area.value = '';
    await tick(40);
    expect(onSent).not.toHaveBeenCalled();
    area.value = 'Merci';
    controller.abort();
    send.click();
    area.value = '';
    await tick(40);
    expect(onSent).not.toHaveBeenCalled();
  });

  it('sees a contenteditable emptied by its editor after a send click', async () => {
    document.body.innerHTML = `<form><div contenteditable="true" id="ce"><p>Merci</p><p>Léa</p></div>
      <div><div><div><button type="button" aria-label="Send">➤</button></div></div></div></form>`;
    const box = document.getElementById('ce') as HTMLElement;
    const button = document.querySelector('button') as HTMLButtonElement;
    button.addEventListener('click', () => {
      box.innerHTML = '<p><br></p>';
    });
    const onSent = vi.fn();
    watchSent(box, 'contenteditable', onSent, new AbortController().signal, { pollMs: 10 });
    button.click();
    await tick(40);
    expect(onSent).toHaveBeenCalledWith('Merci\nLéa');
  });
});

describe('trackLastFocusedEditable', () => {
  it('remembers the last editable focused, not buttons, not ignored ones, not removed ones', () => {
    document.body.innerHTML = `<textarea id="a"></textarea><div contenteditable="true" id="b"><p id="inner">x</p></div>
      <button id="btn">b</button><input id="own">`;
    const controller = new AbortController();
    const own = document.getElementById('own') as HTMLElement;
    const last = trackLastFocusedEditable(controller.signal, (el) => el === own);
    expect(last()).toBeNull();
    (document.getElementById('a') as HTMLElement).focus();
    expect(last()?.id).toBe('a');
    (document.getElementById('b') as HTMLElement).focus();
    expect(last()?.id).toBe('b');
    (document.getElementById('btn') as HTMLElement).focus();
    own.focus();
    expect(last()?.id).toBe('b');
    document.getElementById('b')?.remove();
    expect(last()).toBeNull();
    controller.abort();
    (document.getElementById('a') as HTMLElement).focus();
    expect(last()).toBeNull();
  });
});
