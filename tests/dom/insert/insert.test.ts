import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertReply } from '@/lib/insert/insert';

const REPLY = 'Bonjour Léa 👋\nNous regardons tout de suite.';

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function textarea(value = ''): HTMLTextAreaElement {
  document.body.innerHTML = '<textarea id="t"></textarea>';
  const area = document.getElementById('t') as HTMLTextAreaElement;
  area.value = value;
  return area;
}

describe('insertReply', () => {
  it('needs an editor: none given, none focused', async () => {
    document.body.innerHTML = '<p>nothing editable</p>';
    const outcome = await insertReply(REPLY, null, null);
    expect(outcome).toEqual({
      ok: false,
      family: null,
      method: null,
      messageKey: 'insert_no_editor',
    });
  });

  it('ignores a last focused element that left the page', async () => {
    const area = textarea();
    area.remove();
    expect((await insertReply(REPLY, null, area)).messageKey).toBe('insert_no_editor');
  });

  it('inserts into an empty text field with the value setter and one input event', async () => {
    const area = textarea();
    const inputs: string[] = [];
    area.addEventListener('input', (event) => inputs.push((event as InputEvent).data ?? ''));
    const outcome = await insertReply(REPLY, null, area);
    expect(outcome).toMatchObject({
      ok: true,
      family: 'textarea',
      method: 'value-setter',
      readBack: REPLY,
    });
    expect(area.value).toBe(REPLY);
    expect(inputs).toEqual([REPLY]);
  });

  it('appends at the end of a text field the CM is not in, keeping its text', async () => {
    const area = textarea('abc');
    area.setSelectionRange(0, 0);
    const outcome = await insertReply('Merci !', { editor: area, opener: null }, null);
    expect(outcome.ok).toBe(true);
    expect(area.value).toBe('abcMerci !');
  });

  it("inserts at the CM's caret in a focused text field", async () => {
    const area = textarea('abc');
    area.focus();
    area.setSelectionRange(1, 1);
    await insertReply('-', null, area);
    expect(area.value).toBe('a-bc');
  });

  it('turns line breaks into spaces for a one-line input', async () => {
    document.body.innerHTML = '<input id="i">';
    const input = document.getElementById('i') as HTMLInputElement;
    const outcome = await insertReply(REPLY, null, input);
    expect(outcome.ok).toBe(true);
    expect(input.value).toBe('Bonjour Léa 👋 Nous regardons tout de suite.');
  });

  it('finds the editable inside the adapter’s target element', async () => {
    document.body.innerHTML = '<div id="box"><textarea></textarea></div>';
    const outcome = await insertReply(
      'Merci',
      { editor: document.getElementById('box'), opener: null },
      null,
    );
    expect(outcome.ok).toBe(true);
    expect(document.querySelector('textarea')?.value).toBe('Merci');
  });

  it('clicks the opener and waits for the reply box it reveals', async () => {
    document.body.innerHTML =
      '<article><button id="reply">Reply</button><div id="slot"></div></article>';
    const opener = document.getElementById('reply') as HTMLElement;
    opener.addEventListener('click', () => {
      setTimeout(() => {
        const area = document.createElement('textarea');
        document.getElementById('slot')?.append(area);
        area.focus();
      }, 120);
    });
    const outcome = await insertReply('Merci', { editor: null, opener }, null);
    expect(outcome.ok).toBe(true);
    expect(document.querySelector('textarea')?.value).toBe('Merci');
  });

  it('falls back to the clipboard when the editor takes nothing, and tries each strategy once', async () => {
    // A React-like controlled field that puts its value back after every input.
    const area = textarea('abc');
    area.addEventListener('input', () => {
      area.value = 'abc';
    });
    const execCommand = vi.fn(() => false);
    document.execCommand = execCommand;
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const outcome = await insertReply(REPLY, null, area);
    expect(outcome).toMatchObject({
      ok: false,
      family: 'textarea',
      method: 'clipboard',
      messageKey: 'insert_pasted_to_clipboard',
      tried: ['value-setter', 'exec-command'],
    });
    expect(writeText).toHaveBeenCalledWith(REPLY);
    expect(area.value).toBe('abc');
  });

  it('does not try again when the editor changed into something else', async () => {
    const area = textarea();
    area.addEventListener('input', () => {
      area.value = area.value.toUpperCase();
    });
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const outcome = await insertReply('merci', null, area);
    expect(outcome).toMatchObject({
      ok: false,
      method: 'clipboard',
      messageKey: 'insert_failed',
      tried: ['value-setter'],
    });
    expect(area.value).toBe('MERCI');
  });
});
