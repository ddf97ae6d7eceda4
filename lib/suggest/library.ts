/**
 * A template set prepared for scoring: what fit.ts reads about each approved
 * template, as typed arrays and inverted lists, so that scoring 10,000
 * templates against a mention is one tight loop over numbers and the per
 * mention work (tags, watchlists) is proportional to what matches, not to the
 * library's size.
 */
import { NETWORKS } from '../sites/types';
import type { Template } from '../store/schema';
import { fold, searchTerms } from './text';
import words from './words.json';

export const MENTION_KINDS = Object.keys(words.kindTags);
const networkBit = new Map<string, number>(NETWORKS.map((network, index) => [network, 1 << index]));
const kindBitOfTag = new Map<string, number>(
  Object.entries(words.kindTags).flatMap(([kind, tags]) =>
    tags.map((tag) => [tag, 1 << MENTION_KINDS.indexOf(kind)]),
  ),
);

export function bitOfNetwork(network: string): number {
  return networkBit.get(network) ?? 0;
}

export function bitOfKind(kind: string | undefined): number {
  const index = kind === undefined ? -1 : MENTION_KINDS.indexOf(kind);
  return index === -1 ? 0 : 1 << index;
}

/** ISO 639-1 part of a language tag: "fr-CA" → "fr". */
export function primaryLanguage(tag: string | undefined): string | undefined {
  return tag?.trim().split(/[-_]/)[0]?.toLowerCase() || undefined;
}

/** Interns strings as small integers (languages, intents). */
class Codes {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();
  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
  find(value: string | undefined): number {
    return value === undefined ? -1 : (this.codes.get(value) ?? -1);
  }
}

/** A word tag ("retard", "check-in") as stems, and the templates that carry it. */
export interface WordTag {
  tag: string;
  stems: string[];
  templates: number[];
}

export class PreparedLibrary {
  readonly templates: Template[];
  readonly languages = new Codes();
  readonly intents = new Codes();
  readonly languageCode: Int32Array;
  readonly intentCode: Int32Array;
  readonly taggedNetworks: Int32Array;
  readonly variantNetworks: Int32Array;
  readonly taggedKinds: Int32Array;
  /** Folded tag → templates carrying it: watchlist ids and kinds are looked up here. */
  readonly templatesByTag = new Map<string, number[]>();
  readonly wordTags: WordTag[] = [];
  /** Per template, its word tags (indices into wordTags). */
  readonly wordTagsOf: number[][];
  /** Stem → word tags that contain it; sortedStems for prefix look-ups. */
  readonly wordTagsByStem = new Map<string, number[]>();
  readonly sortedStems: string[];

  constructor(approved: readonly Template[]) {
    this.templates = [...approved];
    const count = approved.length;
    this.languageCode = new Int32Array(count);
    this.intentCode = new Int32Array(count);
    this.taggedNetworks = new Int32Array(count);
    this.variantNetworks = new Int32Array(count);
    this.taggedKinds = new Int32Array(count);
    const wordTagIds = new Map<string, number>();
    this.wordTagsOf = approved.map((template, position) => {
      const language = primaryLanguage(template.language) ?? template.language;
      this.languageCode[position] = this.languages.code(language);
      this.intentCode[position] = template.intent ? this.intents.code(template.intent) : -1;
      for (const network of Object.keys(template.variants ?? {})) {
        this.variantNetworks[position]! |= bitOfNetwork(network);
      }
      const own: number[] = [];
      for (const tag of new Set(template.tags.map((tag) => fold(tag.trim())))) {
        const postings = this.templatesByTag.get(tag) ?? [];
        postings.push(position);
        this.templatesByTag.set(tag, postings);
        const network = bitOfNetwork(tag);
        const kind = kindBitOfTag.get(tag) ?? 0;
        this.taggedNetworks[position]! |= network;
        this.taggedKinds[position]! |= kind;
        if (network !== 0 || kind !== 0) continue;
        const id = this.wordTagId(tag, wordTagIds);
        if (id === null) continue;
        this.wordTags[id]!.templates.push(position);
        own.push(id);
      }
      return own;
    });
    this.sortedStems = [...this.wordTagsByStem.keys()].sort();
  }

  private wordTagId(tag: string, ids: Map<string, number>): number | null {
    const known = ids.get(tag);
    if (known !== undefined) return known;
    const stems = [...new Set(searchTerms(tag))];
    if (stems.length === 0) return null;
    const id = this.wordTags.length;
    this.wordTags.push({ tag, stems, templates: [] });
    ids.set(tag, id);
    for (const stem of stems) {
      const tags = this.wordTagsByStem.get(stem) ?? [];
      tags.push(id);
      this.wordTagsByStem.set(stem, tags);
    }
    return id;
  }

  /**
   * Word tags found among `mentionStems`. A tag stem is found when it is one
   * of them, or when one of them of 5 letters or more begins it ("annul",
   * from "annulé", finds the tag "annulation").
   */
  matchingWordTags(mentionStems: Iterable<string>): Set<number> {
    const found = new Set<string>();
    for (const stem of mentionStems) {
      if (this.wordTagsByStem.has(stem)) found.add(stem);
      if (stem.length < 5) continue;
      for (let at = lowerBound(this.sortedStems, stem); at < this.sortedStems.length; at++) {
        const candidate = this.sortedStems[at]!;
        if (!candidate.startsWith(stem)) break;
        found.add(candidate);
      }
    }
    const matching = new Set<number>();
    for (const stem of found) {
      for (const id of this.wordTagsByStem.get(stem) ?? []) {
        if (this.wordTags[id]!.stems.every((tagStem) => found.has(tagStem))) matching.add(id);
      }
    }
    return matching;
  }
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
