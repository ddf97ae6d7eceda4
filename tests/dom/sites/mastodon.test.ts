import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  mastodonAdapter as adapter,
  looksLikeMastodon,
  snowflakeTime,
} from '../../../lib/sites/mastodon';

const FIXTURES = join(import.meta.dirname, '../../fixtures/sites/mastodon');

function loadFixture(name: string): void {
  document.open();
  document.write(readFileSync(join(FIXTURES, name), 'utf8'));
  document.close();
}

function status(id: string): Element {
  const found = document.querySelector(`.status[data-id="${id}"]:not(.status--is-quote)`);
  if (!found) throw new Error(`no status ${id}`);
  return found;
}

describe('mastodon adapter: handles() and looksLikeMastodon()', () => {
  it('accepts known instances and rejects other hosts', () => {
    for (const host of [
      'mastodon.social',
      'mastodon.online',
      'mstdn.social',
      'piaille.fr',
      'framapiaf.org',
    ]) {
      expect(adapter.handles(new URL(`https://${host}/@acme_air`))).toBe(true);
    }
    expect(adapter.handles(new URL('https://example.social/@acme_air'))).toBe(false);
    expect(adapter.handles(new URL('https://mastodon.social.evil.example/'))).toBe(false);
    expect(adapter.matches).toContain('https://mastodon.social/*');
    expect(adapter.matches).toContain('https://piaille.fr/*');
  });

  it('recognises a Mastodon page on any host, and not another page', () => {
    loadFixture('feed.html');
    expect(looksLikeMastodon(document)).toBe(true);
    document.open();
    document.write('<!DOCTYPE html><html><body><article><p>Acme Air</p></article></body></html>');
    document.close();
    expect(looksLikeMastodon(document)).toBe(false);
    document.open();
    document.write(
      '<!DOCTYPE html><html><head><meta name="application-name" content="Mastodon"></head><body></body></html>',
    );
    document.close();
    expect(looksLikeMastodon(document)).toBe(true);
  });

  it('reads times from snowflake ids', () => {
    expect(snowflakeTime('112427650252804321')).toBe('2024-05-12T10:30:00.000Z');
    expect(snowflakeTime('4213')).toBeUndefined();
    expect(snowflakeTime(undefined)).toBeUndefined();
  });
});

describe('mastodon adapter: hashtag timeline', () => {
  const pageUrl = new URL('https://piaille.fr/tags/acmeair');
  beforeEach(() => loadFixture('feed.html'));

  it('finds six statuses and the quoted one nested in a quote post', () => {
    const units = adapter.findUnits(document);
    expect(units.map((unit) => unit.getAttribute('data-id'))).toEqual([
      '112427119083524321',
      '112427416944644321',
      '112427474092036321',
      '112427052630020321',
      '112426745856004321',
      '112427542315012321',
      '112427474092036321',
    ]);
    expect(units.map((unit) => adapter.extract(unit, pageUrl).kind)).toEqual([
      'post',
      'reply',
      'post',
      'post',
      'post',
      'post',
      'post',
    ]);
  });

  it('reads a local status: shortened link without its hidden parts, hashtag bar, counts', () => {
    expect(adapter.extract(status('112427119083524321'), pageUrl)).toEqual({
      network: 'mastodon',
      kind: 'post',
      author: {
        name: 'Camille 🌻',
        handle: '@camille@piaille.fr',
        url: 'https://piaille.fr/@camille',
      },
      permalink: 'https://piaille.fr/@camille/112427119083524321',
      timestamp: '2024-05-12T08:14:55.000Z',
      text:
        'Troisième annulation chez Acme Air 😡 @acme_air vous comptez rembourser quand ?\n' +
        'Le formulaire : acme-air.example/fr/remboursem\n' +
        '#acmeair #déçu',
      languageHint: 'fr',
      // "1+" replies is a floor, not a count.
      engagement: { likes: 23, reposts: 8 },
    });
  });

  it('excludes span.invisible link parts', () => {
    const invisible = status('112427119083524321').querySelector('span.invisible')!;
    expect(adapter.isHiddenText(invisible)).toBe(true);
    expect(adapter.isHiddenText(status('112427119083524321').querySelector('.ellipsis')!)).toBe(
      false,
    );
  });

  it('reads a remote reply in English', () => {
    expect(adapter.extract(status('112427416944644321'), pageUrl)).toEqual({
      network: 'mastodon',
      kind: 'reply',
      author: {
        name: 'Jane 🌍',
        handle: '@jane@mastodon.online',
        url: 'https://piaille.fr/@jane@mastodon.online',
      },
      permalink: 'https://piaille.fr/@jane@mastodon.online/112427416944644321',
      timestamp: '2024-05-12T09:30:40.000Z',
      text: '@camille Anyone else stuck at CDG with Acme Air? SkyJet rebooked my friend in 20 min ✈️ #acmeair is trending for bad reasons',
      languageHint: 'en',
      engagement: { replies: 1 },
    });
  });

  it('reads a boost as its original author, not the booster', () => {
    const extracted = adapter.extract(status('112427474092036321'), pageUrl);
    expect(extracted.author.handle).toBe('@acme_air@mastodon.social');
    expect(extracted.text).not.toContain('a partagé');
  });

  it('reads only the summary of a folded content warning, and both parts of an unfolded one', () => {
    const folded = adapter.extract(status('112427052630020321'), pageUrl);
    expect(folded.text).toBe('Coup de gueule compagnie aérienne (SkyJet)');
    expect(folded.languageHint).toBeUndefined();
    const unfolded = adapter.extract(status('112426745856004321'), pageUrl);
    expect(unfolded.text).toBe(
      'Avis vol (long)\nVol Acme Air Nice–Paris : équipage adorable, mais 45 min de retard.\nComparé à SkyJet le mois dernier, c’était correct.',
    );
    expect(adapter.bodyOf(status('112426745856004321'))).toHaveLength(2);
  });

  it('keeps a quoted status out of the quoting one', () => {
    const quoting = status('112427542315012321');
    expect(adapter.extract(quoting, pageUrl).text).toBe('Corporate speak at its finest 🙄');
    expect(adapter.bodyOf(quoting)).toHaveLength(1);
    const quoted = quoting.querySelector('.status--is-quote')!;
    expect(adapter.unitOf(quoted.querySelector('p')!)).toBe(quoted);
    expect(adapter.extract(quoted, pageUrl)).toMatchObject({
      author: { handle: '@acme_air@mastodon.social' },
      text: 'Perturbations à Paris-CDG ce dimanche : nos équipes sont mobilisées.',
      languageHint: 'fr',
    });
  });

  it('finds the compose form when it answers this status, the reply button otherwise', () => {
    const answered = adapter.replyTarget(status('112427416944644321'));
    expect(answered.editor?.tagName).toBe('TEXTAREA');
    expect(answered.opener).toBeNull();
    const other = adapter.replyTarget(status('112427119083524321'));
    expect(other.editor).toBeNull();
    expect(other.opener?.getAttribute('title')).toBe('Répondre');
    expect(other.opener?.closest('.status')).toBe(status('112427119083524321'));
  });
});

describe('mastodon adapter: thread', () => {
  const pageUrl = new URL('https://mastodon.social/@acme_air/112427650252804321');
  beforeEach(() => loadFixture('post.html'));

  it('finds the ancestor, the focal status and the replies', () => {
    const units = adapter.findUnits(document);
    expect(
      units.map((unit) => {
        const extracted = adapter.extract(unit, pageUrl);
        return `${extracted.kind}:${extracted.author.handle}`;
      }),
    ).toEqual([
      'post:@camille@piaille.fr',
      'reply:@acme_air@mastodon.social',
      'reply:@camille@piaille.fr',
      'reply:@jane@mastodon.online',
    ]);
  });

  it('reads the focal status: time from its id, counters from the detailed meta', () => {
    const focal = document.querySelector('.detailed-status__wrapper')!;
    expect(adapter.extract(focal, pageUrl)).toEqual({
      network: 'mastodon',
      kind: 'reply',
      author: {
        name: 'Acme Air ✈️',
        handle: '@acme_air@mastodon.social',
        url: 'https://mastodon.social/@acme_air',
      },
      permalink: 'https://mastodon.social/@acme_air/112427650252804321',
      timestamp: '2024-05-12T10:30:00.000Z',
      text: '@camille Bonjour Camille, toutes nos excuses. Votre remboursement est en cours : suivez-le ici acme-air.example/fr/suivi?ref= 🙏',
      languageHint: 'fr',
      engagement: { likes: 1204, reposts: 4 },
    });
    expect(adapter.replyTarget(focal).opener?.getAttribute('aria-label')).toBe('Reply');
  });

  it('opens the reply from the status own button when there is no compose form', () => {
    const reply = status('112427680000004321');
    const target = adapter.replyTarget(reply);
    expect(target.editor).toBeNull();
    expect(target.opener?.closest('.status')).toBe(reply);
    expect(adapter.extract(reply, pageUrl).engagement).toEqual({ replies: 1 });
  });

  it('unitOf() maps text to its status and the focal wrapper', () => {
    const focalText = document.querySelector('.detailed-status .status__content__text p')!;
    expect(adapter.unitOf(focalText)).toBe(document.querySelector('.detailed-status__wrapper'));
    expect(adapter.unitOf(document.querySelector('.column-header')!)).toBeNull();
  });
});

describe('mastodon adapter: ≤ 4.2 content warning', () => {
  it('reads the summary and leaves out the folded text still in the DOM', () => {
    document.body.innerHTML = `
      <div class="status status-public" data-id="109876543210987654">
        <div class="status__info">
          <a href="/@marc/109876543210987654" class="status__relative-time"><time datetime="2023-01-10T12:00:00.000Z">1 an</time></a>
          <a href="/@marc" title="marc" class="status__display-name"><span class="display-name"><bdi><strong class="display-name__html">Marc</strong></bdi> <span class="display-name__account">@marc</span></span></a>
        </div>
        <div class="status__content"><p><span class="p-summary">Coup de gueule (SkyJet) </span><button type="button" class="status__content__spoiler-link">Afficher plus</button></p>
          <div class="status__content__text translate" lang="fr"><p>Acme Air m’a aussi perdu une valise.</p></div></div>
      </div>`;
    const unit = document.querySelector('.status')!;
    const extracted = adapter.extract(unit, new URL('https://framapiaf.org/@marc'));
    expect(extracted.text).toBe('Coup de gueule (SkyJet)');
    expect(extracted.author.handle).toBe('@marc@framapiaf.org');
    expect(adapter.bodyOf(unit)).toHaveLength(1);
    expect(adapter.isHiddenText(unit.querySelector('.status__content__text')!)).toBe(true);
  });
});
