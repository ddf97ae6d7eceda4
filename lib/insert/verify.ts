/**
 * Did the reply land exactly once, where expected, with the old text intact?
 * Compared on read-back text, so spaces the browser turned into no-break
 * spaces (contenteditables do at line edges) count as spaces, and both sides
 * are normalised as read-back text is (line ends, zero-width anchors, trailing newlines).
 */

import { normalizeText } from './read-back';

const comparable = (text: string): string => normalizeText(text).replace(/\u00A0/g, ' ');

/**
 * True when `after` is `before` with `text` added once at one place: in an empty
 * editor it is exactly the text, otherwise the old text is still all there around it.
 */
export function isExactInsertion(before: string, after: string, text: string): boolean {
  const old = comparable(before);
  const now = comparable(after);
  const reply = comparable(text);
  if (old === '') return now === reply;
  if (now.length !== old.length + reply.length) return false;
  for (let at = now.indexOf(reply); at !== -1; at = now.indexOf(reply, at + 1)) {
    if (now.slice(0, at) + now.slice(at + reply.length) === old) return true;
  }
  return false;
}
