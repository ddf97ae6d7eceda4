/**
 * Deterministic synthetic social feed and watchlists for the benchmark.
 *
 * Every post is generated from its own seeded PRNG (seed × post index), so the
 * 10,000-post feed starts with the 2,000-post one and posts appended during the
 * incremental pass are the same on every run. Markup is social-style and
 * nested (X / Mastodon-like): author header, a text body made of text runs,
 * inline spans and links (@handles, #hashtags, shortened URLs with
 * screen-reader-only parts, emphasis, emoji, line breaks), an action bar with
 * counts. Text is French or English with accents (a few of them decomposed,
 * NFD), emoji, hashtags and handles, ≈ 200 characters per post body.
 *
 * Brand names are made up: a "present" pool (ranks 1…300) inserted in ≈ 20 % of
 * posts with Zipf-distributed frequencies, and an "absent" pool never
 * inserted; ≈ 12 % of posts carry a topic word or phrase (delivery, refund, déçu…,
 * some of them risk words). The filler vocabulary holds no watch term.
 * Watchlists are written in Vigie's query syntax from both pools, plus
 * phrases, @handles, #hashtags, accented words and a few wildcards.
 */
import type { WatchlistInput, WatchlistKind } from '../../lib/listening';

export type Rng = () => number;

/** mulberry32: small, fast, good enough for test data. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

function mix(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Accents stripped, lower case: how brands spell their handles and URLs. */
export function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

// ---------------------------------------------------------------- vocabulary

/** Neutral filler: no watch term and (almost) no risk word, so hits come from what is inserted on purpose. */
const FR_WORDS: readonly string[] = (
  'le la les un une des et mais donc pour avec sans très vraiment trop encore déjà toujours ' +
  'produit prix merci génial super top magasin boutique application appli écran batterie café ' +
  'thé été hiver rentrée soldes nouveauté conseillère heures semaine aujourd’hui hier demain ' +
  'franchement bref enfin voilà c’est j’ai n’est pas plus ça où là être avoir fait envoyé payé ' +
  'essayé adoré recommandé français vendeur caisse rayon sympa rapide mobile réseau fibre box ' +
  'week-end vacances hôtel séjour chambre accueil plat goût enfant famille cadeau noël fête ' +
  'marché quartier ville métro bus train gare voyage billet'
).split(' ');

const EN_WORDS: readonly string[] = (
  'the a and but so for with without really too still already always new app update screen ' +
  'battery coffee tea summer sale store product price thanks great awesome love hours week ' +
  "today yesterday tomorrow honestly anyway finally it's I've don't can't won't just got sent " +
  'paid tried loved recommend seller checkout aisle shipping nice fast expensive phone network ' +
  'fiber router weekend holiday hotel stay room welcome dish taste kids family gift christmas ' +
  'party market downtown city subway bus train station trip ticket café naïve'
).split(' ');

/** What posts are about when they are about something (≈ 12 % of posts): topic terms, risk words. */
const TOPICS_FR: readonly string[] = [
  'livraison',
  'remboursement',
  'retard de livraison',
  'problème',
  'déçu',
  'qualité',
  'équipe',
  'réponse',
  'délai',
  'expérience',
  'attente',
  'facture',
  'colis',
  'commande',
  'abonnement',
  'panne',
  'service client',
  'toujours pas',
  'plus jamais',
  'remboursé',
  'pas content',
  'mise à jour',
  'produits',
];
const TOPICS_EN: readonly string[] = [
  'delivery',
  'refund',
  'late',
  'issue',
  'disappointed',
  'quality',
  'team',
  'answer',
  'experience',
  'waiting',
  'invoice',
  'package',
  'order',
  'subscription',
  'outage',
  'customer service',
  'still waiting',
  'never again',
  'broken',
  'not happy',
  'support',
];

const EMOJI: readonly string[] = [
  '🔥',
  '😡',
  '👍',
  '🙏',
  '😂',
  '❤️',
  '🇫🇷',
  '🤔',
  '😍',
  '👎',
  '✨',
  '📦',
];
const TOPIC_TAGS: readonly string[] = [
  'rentrée',
  'soldes',
  'SAV',
  'customerservice',
  'BlackFriday',
  'été2025',
  'télétravail',
  'fail',
  'merci',
  'unboxing',
];
const FIRST_NAMES: readonly string[] = (
  'Camille Léa Chloé Zoé Hélène Émilie Jérôme François Benoît Anaïs Noémie Maël Thaïs Inès ' +
  'Gaëlle Loïc Jules Hugo Lucas Emma Olivia Liam Noah Sophia James Mia Ethan Grace Chloe Renée'
).split(' ');
const LAST_NAMES: readonly string[] = (
  'Martin Bernard Dubois Lefèvre Girard Rousseau Mercier Lemaître Fournier Béranger Smith ' +
  'Johnson Brown Taylor Wilson Davies O’Brien Nguyen Garcia Müller Côté Gagné'
).split(' ');
const TIMES_FR: readonly string[] = [
  '2 min',
  '14 min',
  '1 h',
  '3 h',
  '9 h',
  '1 j',
  '3 j',
  '12 mars',
];
const TIMES_EN: readonly string[] = ['2m', '14m', '1h', '3h', '9h', '1d', '3d', 'Mar 12'];

// ---------------------------------------------------------------- brands

const ONSETS = 'b br c d f g k l m n p r s t v z ch tr gr pl'.split(' ');
const VOWELS = 'a e i o u a e i o ou ai y'.split(' ');
const ACCENTED = 'é è ô â ï'.split(' ');
const CODAS = ['', '', 'x', 'n', 's', 'r', 'l', 'k'];

function brandName(rng: Rng): string {
  const syllables = 2 + Math.floor(rng() * 2);
  let name = '';
  for (let s = 0; s < syllables; s++) {
    name += pick(rng, ONSETS) + (rng() < 0.15 ? pick(rng, ACCENTED) : pick(rng, VOWELS));
  }
  name += pick(rng, CODAS);
  return name[0]!.toUpperCase() + name.slice(1);
}

const BRAND_POOL_SIZE = 1500;
/** Ranks 0…299 are inserted in the feed; the others never are. */
export const PRESENT_BRANDS = 300;

let brandCache: string[] | null = null;

/** The brand pool, unique names (accent-insensitively), none equal to a vocabulary word. */
export function brands(): string[] {
  if (brandCache) return brandCache;
  const rng = createRng(0xb4a2d);
  const seen = new Set<string>([...FR_WORDS, ...EN_WORDS].map(plain));
  const out: string[] = [];
  while (out.length < BRAND_POOL_SIZE) {
    const name = brandName(rng);
    const key = plain(name);
    if (key.length < 4 || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  brandCache = out;
  return out;
}

/** Zipf(1) over the present brands: rank 1 is twice as frequent as rank 2. */
let zipfCumulative: Float64Array | null = null;
function zipfRank(rng: Rng): number {
  if (!zipfCumulative) {
    zipfCumulative = new Float64Array(PRESENT_BRANDS);
    let sum = 0;
    for (let r = 0; r < PRESENT_BRANDS; r++) {
      sum += 1 / (r + 1);
      zipfCumulative[r] = sum;
    }
    for (let r = 0; r < PRESENT_BRANDS; r++) zipfCumulative[r]! /= sum;
  }
  const x = rng();
  let low = 0;
  let high = PRESENT_BRANDS - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (zipfCumulative[mid]! < x) low = mid + 1;
    else high = mid;
  }
  return low;
}

export const brandHandle = (name: string): string => `@${plain(name)}_fr`;
export const brandHashtag = (name: string): string => `#${plain(name)}fail`;

// ---------------------------------------------------------------- posts

const BASE = 'https://bench.vigie.test';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

function sentence(rng: Rng, words: readonly string[], count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(pick(rng, words));
  const first = parts[0]!;
  parts[0] = first[0]!.toUpperCase() + first.slice(1);
  return `${parts.join(' ')}${pick(rng, ['.', '.', '!', ' ?', '…', ','])} `;
}

/** The body's inline markup, ≈ 200 characters of text. */
function bodyHtml(rng: Rng, fr: boolean): string {
  const words = fr ? FR_WORDS : EN_WORDS;
  const target = 170 + Math.floor(rng() * 60);
  const pieces: string[] = [];
  let length = 0;
  const add = (html: string, textLength: number) => {
    pieces.push(html);
    length += textLength;
  };
  const addText = (text: string) => add(escapeHtml(text), text.length);

  // Brand mention: ≈ 20 % of posts; topic word or phrase: ≈ 12 %.
  let brandAt = rng() < 0.2 ? Math.floor(rng() * 3) : -1;
  let topicAt = rng() < 0.12 ? Math.floor(rng() * 4) : -1;
  const jobAd = rng() < 0.02;
  const decomposed = rng() < 0.03;
  let step = 0;
  while (length < target) {
    if (step === brandAt) {
      brandAt = -1;
      const name = brands()[zipfRank(rng)]!;
      const form = rng();
      if (form < 0.4) addText(`${name} `);
      else if (form < 0.48) addText(`${name.toUpperCase()} `);
      else if (form < 0.55) addText(`${plain(name)} `);
      else if (form < 0.75) {
        const handle = brandHandle(name);
        add(`<a class="mention" href="${BASE}/${handle}">${handle}</a> `, handle.length + 1);
      } else if (form < 0.9) {
        const tag = brandHashtag(name);
        add(
          `<a class="hashtag" href="${BASE}/tags/${encodeURIComponent(tag.slice(1))}">${tag}</a> `,
          tag.length + 1,
        );
      } else addText(fr ? `service client ${name} ` : `${name} support `);
    }
    if (step === topicAt) {
      topicAt = -1;
      const topic = pick(rng, fr ? TOPICS_FR : TOPICS_EN);
      addText(`${pick(rng, words)} ${topic} ${pick(rng, words)} `);
    }
    const r = rng();
    if (r < 0.5) {
      const text = sentence(rng, words, 3 + Math.floor(rng() * 6));
      if (rng() < 0.3) add(`<span>${escapeHtml(text)}</span>`, text.length);
      else addText(text);
    } else if (r < 0.6) {
      const first = pick(rng, FIRST_NAMES);
      const handle = `@${plain(first)}${Math.floor(rng() * 90 + 10)}`;
      add(`<a class="mention" href="${BASE}/${handle}">${handle}</a> `, handle.length + 1);
    } else if (r < 0.7) {
      const tag = `#${pick(rng, TOPIC_TAGS)}`;
      add(
        `<a class="hashtag" href="${BASE}/tags/${encodeURIComponent(tag.slice(1))}">${tag}</a> `,
        tag.length + 1,
      );
    } else if (r < 0.76) {
      const slug = Math.floor(rng() * 1e6).toString(36);
      const shown = `example.com/${fr ? 'article' : 'post'}/${slug}`;
      add(
        `<a class="link" href="https://${shown}"><span class="invisible">https://</span><span class="ellipsis">${shown}</span><span class="invisible">?utm=feed</span></a> `,
        shown.length + 1,
      );
    } else if (r < 0.84) {
      const word = pick(rng, words);
      add(`<strong>${escapeHtml(word)}</strong> `, word.length + 1);
    } else if (r < 0.92) addText(`${pick(rng, EMOJI)} `);
    else if (r < 0.96) add('<br>', 1);
    else addText(`${pick(rng, words)} ${pick(rng, words)} `);
    step++;
  }
  if (jobAd) addText(fr ? 'Offre d’emploi à pourvoir ! ' : 'offre d’emploi (Paris) ');
  // A few posts typed on systems that send decomposed accents.
  if (decomposed) addText(fr ? 'de\u0301c\u0327u, tre\u0300s de\u0301c\u0327u ' : 'cafe\u0301 ');
  return pieces.join('');
}

function countText(rng: Rng, fr: boolean): string {
  const r = rng();
  if (r < 0.3) return '';
  if (r < 0.8) return String(Math.floor(rng() * 200));
  const k = (1 + rng() * 9).toFixed(1);
  return fr ? `${k.replace('.', ',')} k` : `${k}K`;
}

/** One post, `<article>` to `</article>`, from its own PRNG. */
export function postHtml(seed: number, index: number): string {
  const rng = createRng(mix(seed, index));
  const fr = rng() < 0.6;
  const first = pick(rng, FIRST_NAMES);
  const last = pick(rng, LAST_NAMES);
  const handle = `${plain(first)}_${plain(last).replace(/[^a-z]/g, '')}${Math.floor(rng() * 100)}`;
  const id = 1_000_000 + index;
  const minutes = Math.floor(rng() * 60 * 24 * 30);
  const time = new Date(Date.UTC(2025, 8, 1) - minutes * 60_000).toISOString();
  const reply = countText(rng, fr);
  const repost = countText(rng, fr);
  const like = countText(rng, fr);
  const label = (n: string, what: string) => (n ? `${n} ${what}` : what);
  return (
    `<article class="post" data-id="${id}" role="article" tabindex="-1">` +
    '<div class="post__inner"><div class="post__avatar" aria-hidden="true"></div>' +
    '<div class="post__main"><div class="post__header">' +
    `<a class="post__author" href="${BASE}/@${handle}"><span class="post__name"><span>${escapeHtml(`${first} ${last}`)}</span></span>` +
    `<span class="post__handle">@${handle}</span></a><span aria-hidden="true">·</span>` +
    `<a class="post__permalink" href="${BASE}/@${handle}/status/${id}"><time datetime="${time}">${pick(rng, fr ? TIMES_FR : TIMES_EN)}</time></a></div>` +
    `<div class="post__content"><div class="post__text" lang="${fr ? 'fr' : 'en'}" dir="auto">${bodyHtml(rng, fr)}</div></div>` +
    '<div class="post__actions" role="group">' +
    `<button class="action action--reply" aria-label="${label(reply, 'replies')}"><span class="action__icon"></span><span class="action__count">${reply}</span></button>` +
    `<button class="action action--repost" aria-label="${label(repost, 'reposts')}"><span class="action__icon"></span><span class="action__count">${repost}</span></button>` +
    `<button class="action action--like" aria-label="${label(like, 'likes')}"><span class="action__icon"></span><span class="action__count">${like}</span></button>` +
    '</div></div></div></article>'
  );
}

/** Posts [from, from + count) as one HTML string. */
export function feedHtml(seed: number, from: number, count: number): string {
  const parts: string[] = [];
  for (let i = from; i < from + count; i++) parts.push(postHtml(seed, i));
  return parts.join('');
}

// ---------------------------------------------------------------- watchlists

/** Accented words that occur in the text (the accent rule makes them match only that spelling). */
const ACCENTED_TERMS = ['déçu', 'qualité', 'équipe', 'réponse', 'remboursé', 'délai', 'expérience'];
/** Unaccented terms that match accented text (`decu` finds `déçu`). */
const UNACCENTED_TERMS = ['livraison', 'retard', 'probleme', 'attente', 'decu', 'facture'];
const PHRASES = [
  '"service client"',
  '"customer service"',
  '"mise à jour"',
  '"à jour"',
  '"never again"',
  '"plus jamais"',
];
const WILDCARDS = ['rembours*', 'abonn*', 'produit?', 'command*', 'livr*'];

export interface TermSet {
  /** Every positive term as written in the queries (what mark.js gets, too). */
  terms: string[];
  watchlists: WatchlistInput[];
}

/**
 * `count` watch terms (exactly), spread over watchlists of ≤ 25 terms
 * (3 watchlists for 10 terms). ≈ 30 % present brand names, ≈ 30 % absent ones,
 * then @handles and #hashtags (half of them present), phrases (the feed has
 * some), accented and unaccented words, a few wildcards.
 */
export function termSet(count: number): TermSet {
  const pool = brands();
  const rng = createRng(0x7e12 + count);
  const terms: string[] = [];
  const seen = new Set<string>();
  const push = (term: string) => {
    if (terms.length >= count || seen.has(term)) return;
    seen.add(term);
    terms.push(term);
  };
  const quota = (fraction: number) => Math.max(1, Math.round(count * fraction));
  /** A brand as a CM writes it: with its accents, or without (then it also matches the accented spelling). */
  const asTerm = (name: string) => (rng() < 0.5 ? name.toLowerCase() : plain(name));
  const presentBrands = pool.slice(0, PRESENT_BRANDS);
  const absentBrands = pool.slice(PRESENT_BRANDS);
  // In priority order, so that even 10 terms have one of each main kind.
  for (let i = 0; i < quota(0.28); i++) push(asTerm(presentBrands[i]!));
  push(WILDCARDS[0]!);
  for (let i = 0; i < quota(0.05); i++) push(brandHandle(presentBrands[i]!));
  for (let i = 0; i < quota(0.05); i++) push(brandHashtag(presentBrands[i]!));
  push(PHRASES[0]!);
  push(ACCENTED_TERMS[0]!);
  for (let i = 0; i < quota(0.05); i++) push(brandHandle(absentBrands[i]!));
  for (let i = 0; i < quota(0.05); i++) push(brandHashtag(absentBrands[i]!));
  for (const phrase of PHRASES.slice(0, quota(0.01))) push(phrase);
  for (let i = 0; i < quota(0.02); i++) {
    const name = plain(presentBrands[i]!);
    push(i % 2 === 0 ? `"service client ${name}"` : `"${name} support"`);
  }
  for (const word of ACCENTED_TERMS.slice(0, quota(0.01))) push(word);
  for (const word of UNACCENTED_TERMS.slice(0, quota(0.01))) push(word);
  for (const wildcard of WILDCARDS.slice(0, quota(0.005))) push(wildcard);
  for (let i = 0; i < quota(0.01); i++) push(`${plain(absentBrands[i]!).slice(0, 5)}*`);
  // Fill up with absent brands.
  for (let i = 0; terms.length < count; i++) push(asTerm(absentBrands[i % absentBrands.length]!));

  // Shuffle (seeded) so each watchlist mixes kinds of terms, then chunk.
  const order = terms.slice();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const lists = count <= 10 ? 3 : Math.ceil(count / 25);
  const kinds: WatchlistKind[] = ['brand', 'competitor', 'topic'];
  const watchlists: WatchlistInput[] = [];
  for (let w = 0; w < lists; w++) {
    const chunk = order.filter((_, i) => i % lists === w);
    if (chunk.length === 0) continue;
    const any = chunk.join(' OR ');
    watchlists.push({
      id: `wl-${w}`,
      name: `Watchlist ${w}`,
      kind: kinds[w % 3]!,
      // The first watchlist also excludes job ads, as CMs do.
      query: w === 0 ? `(${any}) AND NOT "offre d'emploi"` : any,
      enabled: true,
    });
  }
  return { terms, watchlists };
}
