import { describe, expect, it } from 'vitest';
import {
  type CheckInput,
  checkReply,
  formatWarning,
  isNearDuplicate,
  normalizeReply,
  normalizeThreadUrl,
  type Translate,
} from '@/lib/templates';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 15, 12);
const REPLY = 'Bonjour, nous sommes désolés pour ce retard. Écrivez-nous en message privé.';

const input = (over: Partial<CheckInput> = {}): CheckInput => ({
  text: REPLY,
  network: 'x',
  unfilled: [],
  recent: [],
  now: NOW,
  windowDays: 7,
  ...over,
});

describe('checkReply: length', () => {
  it('blocks over the hard limit, with length, limit and the network name key', () => {
    expect(checkReply(input({ text: 'a'.repeat(281) }))).toEqual([
      { code: 'too_long', severity: 'block', params: ['281', '280', 'network_x'] },
    ]);
    expect(checkReply(input({ network: 'google-maps', text: 'a'.repeat(4097) }))).toEqual([
      { code: 'too_long', severity: 'block', params: ['4097', '4096', 'network_google_maps'] },
    ]);
  });

  it('warns from 90 % of the limit, in the network own unit', () => {
    expect(checkReply(input({ text: 'a'.repeat(251) }))).toEqual([]);
    expect(checkReply(input({ text: 'a'.repeat(252) }))).toEqual([
      { code: 'near_limit', severity: 'warn', params: ['252', '280', 'network_x'] },
    ]);
    // 126 CJK characters weigh 252 on X.
    expect(checkReply(input({ text: '故'.repeat(126) }))[0]?.code).toBe('near_limit');
    expect(checkReply(input({ network: 'tiktok', text: 'a'.repeat(135) }))[0]?.code).toBe(
      'near_limit',
    );
  });

  it('says nothing about length where there is no limit', () => {
    expect(checkReply(input({ network: 'web', text: 'a'.repeat(50_000) }))).toEqual([]);
  });
});

describe('checkReply: unfilled', () => {
  it('warns with the names still written {name} in the text', () => {
    const text = 'Bonjour {author}, votre commande {order_number} est partie.';
    expect(checkReply(input({ text, unfilled: ['author', 'order_number', 'author'] }))).toEqual([
      { code: 'unfilled', severity: 'warn', params: ['author, order_number'] },
    ]);
  });

  it('forgets a name the CM has typed over by hand', () => {
    const text = 'Bonjour Léa, votre commande {order_number} est partie.';
    expect(checkReply(input({ text, unfilled: ['author', 'order_number'] }))).toEqual([
      { code: 'unfilled', severity: 'warn', params: ['order_number'] },
    ]);
    expect(checkReply(input({ text: 'Bonjour Léa', unfilled: ['author'] }))).toEqual([]);
  });
});

describe('checkReply: language', () => {
  it('warns when the primary subtags differ', () => {
    expect(checkReply(input({ templateLanguage: 'fr', mentionLanguage: 'en-GB' }))).toEqual([
      { code: 'language_mismatch', severity: 'warn', params: ['fr', 'en'] },
    ]);
  });

  it('accepts regional variants and stays silent when either language is unknown', () => {
    expect(checkReply(input({ templateLanguage: 'fr-FR', mentionLanguage: 'FR_ca' }))).toEqual([]);
    expect(checkReply(input({ templateLanguage: 'fr' }))).toEqual([]);
    expect(checkReply(input({ mentionLanguage: 'en' }))).toEqual([]);
    expect(checkReply(input({ templateLanguage: 'fr', mentionLanguage: 'und' }))).toEqual([]);
    expect(checkReply(input({ templateLanguage: 'fr', mentionLanguage: ' ' }))).toEqual([]);
  });
});

describe('checkReply: already sent', () => {
  const thread = 'https://x.com/lea/status/123';

  it('warns when the same text went to this author within the window', () => {
    const recent = [
      { text: REPLY, author: '@Lea', url: 'https://x.com/o/status/9', at: NOW - 2.5 * DAY },
    ];
    expect(checkReply(input({ authorHandle: 'lea', recent }))).toEqual([
      { code: 'already_sent_author', severity: 'warn', params: ['3'] },
    ]);
  });

  it('warns when a near-identical text went to this thread, whoever the author', () => {
    const nearly = REPLY.replace('retard', 'délai').toUpperCase();
    const recent = [{ text: nearly, url: `${thread}?s=20&t=abc#reply`, at: NOW - 3_600_000 }];
    expect(checkReply(input({ threadUrl: thread, recent }))).toEqual([
      { code: 'already_sent_thread', severity: 'warn', params: ['1'] },
    ]);
  });

  it('gives both warnings when both match, with the latest reply in days', () => {
    const recent = [
      { text: REPLY, author: 'lea', url: thread, at: NOW - 6 * DAY },
      { text: REPLY, author: 'lea', url: thread, at: NOW - 1.2 * DAY },
    ];
    expect(checkReply(input({ authorHandle: '@LEA', threadUrl: thread, recent }))).toEqual([
      { code: 'already_sent_author', severity: 'warn', params: ['2'] },
      { code: 'already_sent_thread', severity: 'warn', params: ['2'] },
    ]);
  });

  it('ignores replies outside the window, to others, elsewhere, or different enough', () => {
    const recent = [
      { text: REPLY, author: 'lea', url: thread, at: NOW - 8 * DAY },
      { text: REPLY, author: 'sam', url: 'https://x.com/sam/status/1', at: NOW - DAY },
      {
        text: 'Merci beaucoup pour votre message, à bientôt !',
        author: 'lea',
        url: thread,
        at: NOW,
      },
    ];
    expect(checkReply(input({ authorHandle: 'lea', threadUrl: thread, recent }))).toEqual([]);
    expect(checkReply(input({ recent }))).toEqual([]);
  });
});

describe('checkReply: several checks together', () => {
  it('reports each in order: length, unfilled, language, repeats', () => {
    const text = `${'a'.repeat(280)} {x}`;
    const warnings = checkReply(
      input({
        text,
        unfilled: ['x'],
        templateLanguage: 'en',
        mentionLanguage: 'fr',
        authorHandle: 'lea',
        recent: [{ text, author: 'lea', at: NOW }],
      }),
    );
    expect(warnings.map((w) => [w.code, w.severity])).toEqual([
      ['too_long', 'block'],
      ['unfilled', 'warn'],
      ['language_mismatch', 'warn'],
      ['already_sent_author', 'warn'],
    ]);
  });
});

describe('similarity helpers', () => {
  it('normalises case, compatibility forms and spaces', () => {
    expect(normalizeReply('  Merci\n\nBEAUCOUP\u00A0!  ')).toBe('merci beaucoup !');
  });

  it('treats ≥ 0.9 Levenshtein similarity as a duplicate', () => {
    const base = 'a'.repeat(100);
    expect(isNearDuplicate(base, `${'a'.repeat(90)}${'b'.repeat(10)}`)).toBe(true);
    expect(isNearDuplicate(base, `${'a'.repeat(89)}${'b'.repeat(11)}`)).toBe(false);
    expect(isNearDuplicate(base, 'a'.repeat(89))).toBe(false);
  });

  it('compares thread links without scheme, fragment, tracking or trailing slash', () => {
    expect(normalizeThreadUrl('http://www.Reddit.com/r/acme/comments/1/?utm_source=x#c')).toBe(
      normalizeThreadUrl('https://reddit.com/r/acme/comments/1'),
    );
    expect(normalizeThreadUrl('https://www.youtube.com/watch?v=a')).not.toBe(
      normalizeThreadUrl('https://www.youtube.com/watch?v=b'),
    );
  });
});

describe('formatWarning', () => {
  const messages: Record<string, string> = {
    network_x: 'X',
    check_too_long: 'Too long for $3: $1/$2',
  };
  const translate: Translate = (key, ...subs) =>
    (messages[key] ?? key).replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');

  it('translates the network name before substituting it', () => {
    const [warning] = checkReply(input({ text: 'a'.repeat(300) }));
    expect(formatWarning(warning!, translate)).toBe('Too long for X: 300/280');
  });
});
