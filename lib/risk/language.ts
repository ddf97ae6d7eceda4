/**
 * Language of a post, for the mention card and the `language:` query field.
 * Wraps franc-min (trigram statistics, maintained, MIT). Its data weighs a few
 * tens of kilobytes, so this module belongs to the background service worker,
 * not to the content script.
 */
import { francAll } from 'franc-min';

/** franc's ISO 639-3 codes that Vigie names, mapped to ISO 639-1. franc only considers these. */
export const FRANC_TO_ISO_639_1: Readonly<Record<string, string>> = {
  fra: 'fr',
  eng: 'en',
  spa: 'es',
  deu: 'de',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  arb: 'ar',
  tur: 'tr',
  pol: 'pl',
  jpn: 'ja',
  cmn: 'zh',
  rus: 'ru',
  // Scripts of their own: adding them costs FR/EN detection nothing.
  ukr: 'uk',
  kor: 'ko',
  ell: 'el',
  hin: 'hi',
  tha: 'th',
};

const CANDIDATES = Object.keys(FRANC_TO_ISO_639_1);

/** Below this many letters, trigram statistics are a guess: detectLanguage says nothing. */
export const MIN_LETTERS_FOR_DETECTION = 20;

/**
 * The gap between the best and the second-best candidate (franc's scores are
 * normalised to 1 for the best) that counts as full confidence. Measured on
 * the test samples: correctly detected posts of 60–90 characters show gaps
 * from 0.05 (Spanish vs Portuguese, German vs Dutch) to 0.48.
 */
const FULL_CONFIDENCE_GAP = 0.3;

/** Deprecated BCP 47 primary subtags still seen in `lang` attributes. */
const DEPRECATED_SUBTAGS: Readonly<Record<string, string>> = { iw: 'he', in: 'id', ji: 'yi' };

export interface DetectedLanguage {
  /** ISO 639-1 code. */
  language: string;
  /** 0–1; 1 for a page's own `lang` and for scripts used by one language only. */
  confidence: number;
  source: 'hint' | 'text';
}

// URLs, @handles and #hashtags carry no language (or an English one in a French post).
const NOISE = /https?:\/\/\S+|www\.\S+|[@#][\p{L}\p{N}_]+/gu;
const LETTER = /\p{L}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * ISO 639-1 code of a BCP 47 tag from the page (`fr-FR` → `fr`), or null when
 * the tag names no language (`und`, `zxx`, `mul`) or has no 639-1 code.
 */
export function languageFromHint(hint: string | undefined): string | null {
  const primary = hint?.trim().split(/[-_]/)[0]?.toLowerCase();
  if (!primary) return null;
  if (primary.length === 2 && /^[a-z]{2}$/.test(primary)) {
    return DEPRECATED_SUBTAGS[primary] ?? primary;
  }
  // Three-letter subtags: only those franc knows map to a 639-1 code Vigie uses.
  return FRANC_TO_ISO_639_1[primary] ?? null;
}

/**
 * Language of `text`. A page's `lang` hint wins when it names a language:
 * pass the post's own `lang` (X sets one per tweet), not the page's `<html
 * lang>`, which is the interface language. Returns null for texts of fewer
 * than MIN_LETTERS_FOR_DETECTION letters and when franc cannot tell.
 */
export function detectLanguage(text: string, hint?: string): DetectedLanguage | null {
  const hinted = languageFromHint(hint);
  if (hinted) return { language: hinted, confidence: 1, source: 'hint' };

  const cleaned = text.replace(NOISE, ' ');
  if (count(cleaned, LETTER) < MIN_LETTERS_FOR_DETECTION) return null;

  const ranking = francAll(cleaned, { only: CANDIDATES, minLength: 1 });
  const best = ranking[0];
  if (!best || best[0] === 'und') return null;
  let language = FRANC_TO_ISO_639_1[best[0]];
  if (!language) return null;
  // franc picks the script with the most characters; Japanese mixes kanji with kana.
  if (language === 'zh' && count(cleaned, KANA) >= 2) language = 'ja';

  const runnerUp = ranking[1]?.[1] ?? 0;
  const gap = best[1] - runnerUp;
  const confidence = ranking.length === 1 ? 1 : Math.min(1, gap / FULL_CONFIDENCE_GAP);
  return { language, confidence: Math.round(confidence * 100) / 100, source: 'text' };
}
