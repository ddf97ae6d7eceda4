/**
 * A hidden-text candidate selector split by what it needs from an element,
 * so the text walk can answer most elements without `matches()`: an element
 * with no attribute at all can only be a candidate by its tag, and a set of
 * tags answers that. Those bare elements (`<p>`, `<span>`, `<strong>`, `<br>`)
 * are much of a post's body on many sites; asking `matches()` of each cost
 * about a third of the text phase (bench/README.md).
 */

export type CandidateTest = (element: Element, tagName: string) => boolean;

/** Top-level comma-separated parts of a selector list (commas in brackets, quotes or parentheses stay). */
export function selectorParts(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const char = selector[i];
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '\\') i++;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(selector.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(selector.slice(start).trim());
  return parts.filter((part) => part.length > 0);
}

const BARE_TAG = /^[a-zA-Z][a-zA-Z0-9-]*$/;
/** One compound selector (no combinator, no pseudo-class) with a class, id or attribute in it. */
const NEEDS_ATTRIBUTES = /^[a-zA-Z0-9_-]*(?:[.#][a-zA-Z0-9_-]+|\[[^\]]+\])+$/;

/**
 * `(element, element.tagName) => element.matches(selector)`, or a cheaper
 * test that is true at least whenever that is (never less: a candidate
 * missed would be hidden text read as visible).
 */
export function candidateTest(selector: string): CandidateTest {
  const tags = new Set<string>();
  const withAttributes: string[] = [];
  const others: string[] = [];
  for (const part of selectorParts(selector)) {
    if (BARE_TAG.test(part)) {
      // tagName is upper case for HTML elements, as written for others (SVG's `svg`).
      tags.add(part.toUpperCase());
      tags.add(part.toLowerCase());
      tags.add(part);
    } else if (NEEDS_ATTRIBUTES.test(part)) withAttributes.push(part);
    else others.push(part);
  }
  const always = others.length > 0 ? others.join(',') : null;
  const attributed = withAttributes.length > 0 ? withAttributes.join(',') : null;
  return (element, tagName) =>
    tags.has(tagName) ||
    (attributed !== null && element.hasAttributes() && element.matches(attributed)) ||
    (always !== null && element.matches(always));
}
