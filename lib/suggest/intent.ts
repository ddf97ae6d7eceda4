/**
 * What a mention asks of the CM, from its text and the risk the listening
 * pipeline already scored: a complaint to apologise for, a crisis to hold,
 * a question to answer, praise to thank. A mention can carry several ("Super
 * vidéo ! Combien de kilos en soute ?"), each with a strength in 0–1, and the
 * suggester maps them to template intents with TEMPLATE_INTENTS_FOR.
 *
 * Cheap on purpose: word lists (words.json) and the risk scorer's own
 * tokenizer and negation look-back, so "pas génial" is not praise for the
 * same reasons "pas déçu" is not a complaint.
 */
import { findNegation } from '../risk/negation';
import { tokenizeWords, type Word } from '../risk/words';
import words from './words.json';

export const MENTION_INTENTS = ['crisis', 'complaint', 'question', 'praise', 'neutral'] as const;
export type MentionIntent = (typeof MENTION_INTENTS)[number];

export interface DetectedIntent {
  intent: MentionIntent;
  /** 0–1: how clearly the mention shows it. */
  strength: number;
}

/** The part of a mention intent detection reads. */
export interface IntentInput {
  text: string;
  risk?: { level: string; categories: readonly string[] };
}

/**
 * Template intents that answer each mention intent, best first, with how well
 * they fit (0–1). A crisis is held first, then apologised for; a complaint is
 * apologised for, or taken to private messages; a question is answered, or
 * taken to private messages when it needs the customer's booking, or held
 * when it is about a collective event.
 */
export const TEMPLATE_INTENTS_FOR: Readonly<
  Record<MentionIntent, readonly { intent: string; fit: number }[]>
> = {
  crisis: [
    { intent: 'holding-statement', fit: 1 },
    { intent: 'apology', fit: 0.6 },
  ],
  complaint: [
    { intent: 'apology', fit: 1 },
    { intent: 'redirect-dm', fit: 0.8 },
  ],
  question: [
    { intent: 'answer', fit: 1 },
    { intent: 'redirect-dm', fit: 0.6 },
    // "Is the strike going ahead?": the public answer to a question about a
    // collective event is the holding statement; the words tell which.
    { intent: 'holding-statement', fit: 0.6 },
  ],
  praise: [{ intent: 'thanks', fit: 1 }],
  neutral: [],
};

const COMPLAINT_CATEGORIES = new Set(['complaint', 'anger', 'refund', 'outage', 'safety']);
const CRISIS_CATEGORIES = new Set(['crisis', 'boycott', 'discrimination', 'legal']);
/**
 * Complaints that are also a public matter: an outage hits every customer at
 * once, and a safety issue is never answered with a mere apology. They count
 * as a complaint and, less surely, as a crisis.
 */
const PUBLIC_COMPLAINT_CATEGORIES = new Set(['outage', 'safety']);
const CRISIS_STRENGTH_FROM_PUBLIC_COMPLAINT = 0.6;
/** How strongly a risk level alone says "complaint": one mild word is not yet an angry customer. */
const COMPLAINT_STRENGTH_BY_LEVEL: Readonly<Record<string, number>> = {
  low: 0.6,
  medium: 0.85,
  high: 1,
};
/** A high score without a crisis word is usually one very angry customer, not yet a crisis. */
const CRISIS_STRENGTH_FROM_LEVEL_ONLY = 0.5;
/** "Comment faire…" without a "?" is still a question, a little less surely. */
const QUESTION_STRENGTH_FROM_OPENER = 0.8;
/** "?!" and "!?" are mostly indignation: "Vous refusez une femme voilée ?!". */
const QUESTION_STRENGTH_RHETORICAL = 0.5;
/** A compliment next to a question is politeness: the question is what needs a reply. */
const PRAISE_DAMPING_WITH_QUESTION = 0.6;
/** Praise next to a clear complaint is mostly irony or a preamble ("Merci, mais…"). */
const PRAISE_DAMPING_WITH_COMPLAINT = 0.3;

const praiseWords = new Set(words.praise.words);
const openers = [...words.questionOpeners.fr, ...words.questionOpeners.en].map((opener) =>
  opener.split(' '),
);
const HANDLE_OR_URL = /@[\p{L}\p{N}_.]+|https?:\/\/\S+|www\.\S+/gu;

function startsWithOpener(folded: readonly string[], start: number): boolean {
  return openers.some((opener) => opener.every((word, offset) => folded[start + offset] === word));
}

function questionStrength(text: string, tokens: readonly Word[]): number {
  const marks = text.match(/[?？][!?？]*|![?？]/g) ?? [];
  if (marks.some((mark) => !mark.includes('!'))) return 1;
  const folded = tokens.map((word) => word.folded);
  const opens = tokens.some(
    (word, index) => (index === 0 || word.breakBefore) && startsWithOpener(folded, index),
  );
  if (opens) return QUESTION_STRENGTH_FROM_OPENER;
  return marks.length > 0 ? QUESTION_STRENGTH_RHETORICAL : 0;
}

function isSarcastic(text: string, tokens: readonly Word[]): boolean {
  if (words.praise.sarcasmEmoji.some((emoji) => text.includes(emoji))) return true;
  const joined = ` ${tokens.map((word) => word.folded).join(' ')} `;
  return words.praise.sarcasmPhrases.some((phrase) => joined.includes(` ${phrase} `));
}

/** 1 when the text praises (a praise word not negated, or a praise emoji), else 0. */
export function praiseStrength(text: string): number {
  const tokens = tokenizeWords(text.replace(HANDLE_OR_URL, '\n'));
  if (isSarcastic(text, tokens)) return 0;
  if (words.praise.emoji.some((emoji) => text.includes(emoji))) return 1;
  const praised = tokens.some(
    (word, index) => praiseWords.has(word.folded) && findNegation(tokens, index, index) === null,
  );
  return praised ? 1 : 0;
}

/** Strength of each intent the mention shows, strongest first; `neutral` alone when none. */
export function detectIntents(input: IntentInput): DetectedIntent[] {
  const level = input.risk?.level ?? 'none';
  const categories = input.risk?.categories ?? [];
  const tokens = tokenizeWords(input.text.replace(HANDLE_OR_URL, '\n'));

  let complaint = COMPLAINT_STRENGTH_BY_LEVEL[level] ?? 0;
  if (complaint === 0 && categories.some((category) => COMPLAINT_CATEGORIES.has(category))) {
    complaint = COMPLAINT_STRENGTH_BY_LEVEL.low ?? 0;
  }
  let crisis = categories.some((category) => CRISIS_CATEGORIES.has(category)) ? 1 : 0;
  if (categories.some((category) => PUBLIC_COMPLAINT_CATEGORIES.has(category))) {
    crisis = Math.max(crisis, CRISIS_STRENGTH_FROM_PUBLIC_COMPLAINT);
  }
  if (level === 'high') crisis = Math.max(crisis, CRISIS_STRENGTH_FROM_LEVEL_ONLY);
  const question = questionStrength(input.text, tokens);
  let praise = praiseStrength(input.text);
  if (question > 0) praise *= PRAISE_DAMPING_WITH_QUESTION;
  if (complaint >= (COMPLAINT_STRENGTH_BY_LEVEL.medium ?? 1))
    praise *= PRAISE_DAMPING_WITH_COMPLAINT;

  const found: DetectedIntent[] = [
    { intent: 'crisis' as const, strength: crisis },
    { intent: 'complaint' as const, strength: complaint },
    { intent: 'question' as const, strength: question },
    { intent: 'praise' as const, strength: praise },
  ].filter((detected) => detected.strength > 0);
  if (found.length === 0) return [{ intent: 'neutral', strength: 1 }];
  // Stable sort: equal strengths keep MENTION_INTENTS order.
  return found.sort((a, b) => b.strength - a.strength);
}

/** How well a template intent answers: the best (strength × fit) over the mention's intents, with the intent that gave it. */
export function templateIntentFit(
  detected: readonly DetectedIntent[],
): Map<string, { fit: number; because: MentionIntent }> {
  const fits = new Map<string, { fit: number; because: MentionIntent }>();
  for (const { intent, strength } of detected) {
    for (const candidate of TEMPLATE_INTENTS_FOR[intent]) {
      const fit = strength * candidate.fit;
      const current = fits.get(candidate.intent);
      if (!current || fit > current.fit) fits.set(candidate.intent, { fit, because: intent });
    }
  }
  return fits;
}
