import { describe, expect, it, vi } from 'vitest';
import { callerOf, type Handlers, route } from '@/lib/messages/router';

const own = { id: 'vigie-id', origin: 'chrome-extension://vigie-id/' };
const ui = { id: 'vigie-id', url: 'chrome-extension://vigie-id/options.html' };
const content = { id: 'vigie-id', url: 'https://x.com/home', tab: { id: 7 } };

function handlers(over: Partial<Handlers> = {}): Handlers {
  const fail = async () => {
    throw new Error('not under test');
  };
  return new Proxy(over as Handlers, {
    get: (target, key: string) => (target as Record<string, unknown>)[key] ?? fail,
  });
}

describe('callerOf', () => {
  it('tells Vigie pages from content scripts and refuses strangers', () => {
    expect(callerOf(ui, own.id, own.origin)).toBe('ui');
    expect(callerOf(content, own.id, own.origin)).toBe('content');
    expect(callerOf({ ...ui, id: 'other' }, own.id, own.origin)).toBeNull();
    expect(callerOf({ id: 'vigie-id' }, own.id, own.origin)).toBeNull();
  });
});

describe('route', () => {
  it('passes a parsed payload and the calling tab to the handler', async () => {
    const seen = vi.fn(async () => []);
    const response = await route(
      {
        vigie: 1,
        type: 'mentions.seen',
        payload: { url: 'https://x.com/', mentions: [], reset: true },
      },
      content,
      handlers({ 'mentions.seen': seen }),
      own,
    );
    expect(response).toEqual({ ok: true, data: [] });
    expect(seen).toHaveBeenCalledWith(
      { url: 'https://x.com/', mentions: [], reset: true },
      { caller: 'content', tabId: 7, url: 'https://x.com/home' },
    );
  });

  it.each([
    [
      'a foreign extension',
      { vigie: 1, type: 'settings.get', payload: null },
      { ...ui, id: 'evil' },
      'forbidden',
    ],
    ['not an envelope', 'hello', ui, 'bad_request'],
    ['null', null, ui, 'bad_request'],
    ['an unknown type', { vigie: 1, type: 'drop.tables', payload: null }, ui, 'unknown_message'],
    ['a prototype key', { vigie: 1, type: 'toString', payload: null }, ui, 'unknown_message'],
    [
      'a UI-only call from a page',
      { vigie: 1, type: 'bundle.export', payload: null },
      content,
      'forbidden',
    ],
    [
      'a content-only call from a UI page',
      { vigie: 1, type: 'content.hello', payload: { url: 'x' } },
      ui,
      'forbidden',
    ],
    [
      'a malformed payload',
      { vigie: 1, type: 'mentions.setStatus', payload: { id: 'm', status: 'done' } },
      ui,
      'bad_request',
    ],
  ])('answers %s with a typed error', async (_, message, sender, code) => {
    const response = await route(message, sender, handlers(), own);
    expect(response).toMatchObject({ ok: false, error: { code } });
  });

  it('answers forbidden when a handler refuses the caller', async () => {
    const { ForbiddenError } = await import('@/lib/messages/errors');
    const response = await route(
      { vigie: 1, type: 'settings.get', payload: null },
      ui,
      handlers({
        'settings.get': async () => {
          throw new ForbiddenError('Senior role required');
        },
      }),
      own,
    );
    expect(response).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Senior role required' },
    });
  });

  it('turns a throwing handler into an internal error', async () => {
    const response = await route(
      { vigie: 1, type: 'settings.get', payload: null },
      ui,
      handlers({
        'settings.get': async () => {
          throw new Error('disk full');
        },
      }),
      own,
    );
    expect(response).toEqual({ ok: false, error: { code: 'internal', message: 'disk full' } });
  });
});
