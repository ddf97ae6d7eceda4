import { describe, expect, it } from 'vitest';
import {
  escalationPacket,
  escapeMarkdown,
  markdownLink,
  markdownQuote,
  type PacketContext,
} from '@/lib/incidents';
import { HOUR, incident, MINUTE, mention, T0, translator } from './fixtures';

const captured = incident({
  title: 'Blague sur les clientes',
  excerpt: 'Nos clientes adorent attendre, surtout le lundi matin',
  mentionIds: ['m1', 'm2', 'captured'],
  watchlistIds: ['wl-brand'],
  engagement: { likes: 100, replies: 10 },
  notes: 'Déjà 3 journalistes en réponse',
  status: 'escalated',
  timeline: [
    { at: T0, status: 'open', by: 'Camille', comment: '' },
    { at: T0 + 5 * MINUTE, status: 'escalated', by: 'Camille', comment: 'Ça prend de l’ampleur' },
  ],
});

const mentions = [
  // The captured post itself, stored as a mention and seen again later: counted once, latest counts.
  mention({
    id: 'captured',
    permalink: 'https://twitter.com/acme/status/42',
    author: { handle: 'acme' },
    engagement: { likes: 150, replies: 12 },
  }),
  mention({
    id: 'm1',
    permalink: 'https://x.com/jo/status/7',
    author: { handle: 'jo' },
    engagement: { likes: 5, reposts: 2 },
    watchlistIds: ['wl-brand', 'wl-topic'],
  }),
  mention({
    id: 'm2',
    author: { name: 'Lou' },
    engagement: { views: 1000 },
    firstSeenAt: T0 + 2 * HOUR,
  }),
  mention({ id: 'not-linked', engagement: { likes: 99_999 } }),
];

function context(lang: 'en' | 'fr', extra: Partial<PacketContext> = {}): PacketContext {
  return {
    mentions,
    watchlistNames: { 'wl-brand': 'Acme', 'wl-topic': 'Remboursements' },
    holdingStatement: {
      title: 'Message d’attente — bad buzz',
      body: 'Nous avons vu vos messages.\nNous revenons vers vous très vite.',
    },
    t: translator(lang),
    locale: lang,
    timeZone: 'UTC',
    ...extra,
  };
}

describe('escalationPacket', () => {
  it('gives the senior everything at once, in plain text', () => {
    const { text } = escalationPacket(captured, context('en'));
    expect(text).toBe(
      [
        'Incident: Blague sur les clientes',
        '',
        '- Link: https://x.com/acme/status/42',
        '- Author: @acme',
        '- Network: X (Twitter)',
        '- Status: Escalated to senior',
        '- Captured: Mar 12, 2025, 2:00 PM',
        '',
        'Excerpt',
        '“Nos clientes adorent attendre, surtout le lundi matin”',
        '',
        'Why it matters',
        '- Category: Bad joke',
        '- Severity: High (3/4) — Spreading: shared by influential accounts or on several networks, press risk.',
        '- Matched watchlists: Acme, Remboursements',
        '- Reach',
        '  - Likes: 155',
        '  - Replies: 12',
        '  - Reposts: 2',
        '  - Views: 1,000',
        '  - Linked mentions: 3',
        '  - Distinct authors: 3',
        '',
        'Notes',
        '“Déjà 3 journalistes en réponse”',
        '',
        'Timeline so far',
        '- Mar 12, 2025, 2:00 PM — Open — Camille',
        '- Mar 12, 2025, 2:05 PM — Escalated to senior — Camille: Ça prend de l’ampleur',
        '',
        'Suggested holding statement',
        'Message d’attente — bad buzz',
        '“Nous avons vu vos messages.\nNous revenons vers vous très vite.”',
        '',
      ].join('\n'),
    );
  });

  it('speaks French with French typography', () => {
    const { text } = escalationPacket(captured, context('fr'));
    expect(text).toContain('Incident\u00a0: Blague sur les clientes');
    expect(text).toContain('- Gravité\u00a0: Élevée (3/4) — Propagation\u00a0:');
    expect(text).toContain('«\u202fNos clientes adorent attendre, surtout le lundi matin\u202f»');
    expect(text).toContain('- Statut\u00a0: Remonté au senior');
    expect(text).toContain('  - Vues\u00a0: 1\u202f000');
  });

  it('writes Markdown with headings, a quote and a real link', () => {
    const { markdown } = escalationPacket(captured, context('en'));
    expect(markdown).toContain('### Incident: Blague sur les clientes\n');
    expect(markdown).toContain(
      '- **Link**: [https://x\\.com/acme/status/42](<https://x.com/acme/status/42>)',
    );
    expect(markdown).toContain(
      '#### Excerpt\n\n> Nos clientes adorent attendre, surtout le lundi matin',
    );
    expect(markdown).toContain(
      '#### Suggested holding statement\n\nMessage d’attente — bad buzz\n\n> Nous avons vu vos messages\\.\n> Nous revenons vers vous très vite\\.',
    );
    expect(markdown).toContain('  - **Views**: 1,000');
  });

  it('keeps page text from becoming Markdown', () => {
    const hostile = incident({
      title: '# Titre [piège](javascript:alert(1))',
      author: '**@admin**',
      excerpt:
        '> pas une citation\n- pas une liste\n1. pas un numéro\n![img](https://evil.example/x.png) <b>gras</b> `code` ~~barré~~ | a | b |\n===',
      permalink: 'javascript:alert(1)',
      url: 'javascript:alert(1)',
      timeline: [{ at: T0, status: 'open', by: '_moi_', comment: '[lien](https://evil.example)' }],
    });
    const { markdown } = escalationPacket(hostile, context('en', { holdingStatement: undefined }));
    // No link but the ones Vigie writes, and none to javascript:.
    expect(markdown).not.toMatch(/\]\(/);
    expect(markdown).not.toContain('](<javascript');
    expect(markdown).toContain('- **Link**: javascript:alert\\(1\\)');
    expect(markdown).toContain('### Incident: \\# Titre \\[piège\\]\\(javascript:alert\\(1\\)\\)');
    expect(markdown).toContain('- **Author**: \\*\\*\\@admin\\*\\*');
    for (const line of [
      '> \\> pas une citation',
      '> \\- pas une liste',
      '> 1\\. pas un numéro',
      '> \\!\\[img\\]\\(https://evil\\.example/x\\.png\\) \\<b\\>gras\\</b\\> \\`code\\` \\~\\~barré\\~\\~ \\| a \\| b \\|',
      '> \\=\\=\\=',
    ]) {
      expect(markdown).toContain(line);
    }
    expect(markdown).toContain('— \\_moi\\_**: \\[lien\\]\\(https://evil\\.example\\)');
    expect(markdown).toContain('None chosen yet: pick a crisis template');
  });

  it('says when there is no linked mention and no watchlist', () => {
    const lone = incident({ mentionIds: [], engagement: undefined, watchlistIds: undefined });
    const { text } = escalationPacket(lone, context('en'));
    expect(text).toContain('- Reach\n  - no linked mention yet\n');
    expect(text).not.toContain('Matched watchlists');
  });
});

describe('Markdown escaping', () => {
  it('escapes every character Markdown could read as markup', () => {
    const markup = '\\`*_{}[]()<>#+-.!|~&=$@';
    expect(escapeMarkdown(markup)).toBe([...markup].map((char) => `\\${char}`).join(''));
    expect(escapeMarkdown('Bonjour, ça va ? Oui : très bien')).toBe(
      'Bonjour, ça va ? Oui : très bien',
    );
  });

  it('quotes every line and drops control characters', () => {
    expect(markdownQuote('un\r\n\r\ndeux\u0007')).toBe('> un\n>\n> deux');
  });

  it('writes links that cannot be closed early', () => {
    expect(markdownLink('x', 'https://a.example/p (1)>')).toBe(
      '[x](<https://a.example/p%20%281%29%3E>)',
    );
  });
});
