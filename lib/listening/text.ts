/**
 * A unit's visible text as one string, and the way back from an offset in
 * that string to a position in the page's text nodes. Block boundaries become
 * a newline that belongs to no node, so "foo</p><p>bar" never reads "foobar".
 */

import { WORD_BREAKING_TAGS } from '../dom/blocks';
import { type CandidateTest, candidateTest } from './candidates';

/** Never text: scripts, styles, and form fields whose text the page does not show as text. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'svg',
]);

export interface UnitText {
  text: string;
  /** The text nodes, in order. */
  nodes: Text[];
  /** `starts[i]` is where `nodes[i]` begins in `text`. */
  starts: number[];
}

export interface Position {
  node: Text;
  offset: number;
}

/**
 * Which elements hold text that is not shown. `candidates` is a CSS selector
 * that every hidden element matches (a superset is fine); `confirm` decides
 * for the candidates only. The page's own engine finds the candidates
 * (`querySelectorAll`), so no script runs for the other elements.
 */
export interface HiddenTextRule {
  candidates: string;
  confirm: (element: Element) => boolean;
}

const candidateTests = new WeakMap<HiddenTextRule, CandidateTest>();

/**
 * `collectUnitText` with a hidden-text rule, the adapter's check asked of
 * candidates only. Candidates are found per element by `candidateTest`:
 * no script call for elements without attributes unless their tag is a
 * candidate, one `matches()` for the others. Measured no faster
 * (bench/README.md): one `matches()` of every element; one
 * `querySelectorAll` of the candidates per body, met by the walk in document
 * order; a text-node walk with blocks and hidden subtrees found by selector
 * (the selector of every word-breaking tag costs about the floor itself).
 */
export function collectText(bodies: readonly Element[], rule: HiddenTextRule): UnitText {
  let isCandidate = candidateTests.get(rule);
  if (isCandidate === undefined) {
    isCandidate = candidateTest(rule.candidates);
    candidateTests.set(rule, isCandidate);
  }
  const { confirm } = rule;
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  // The same walk as `collectUnitText`, the skip test inlined (no callback, tagName read once).
  const walk = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        nodes.push(child as Text);
        starts.push(text.length);
        text += data;
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const tag = element.tagName;
        if (SKIPPED_TAGS.has(tag) || (isCandidate(element, tag) && confirm(element))) continue;
        const block = WORD_BREAKING_TAGS.has(tag);
        if (block && text.length > 0 && text.charCodeAt(text.length - 1) !== 10) text += '\n';
        walk(element);
        if (block && text.length > 0 && text.charCodeAt(text.length - 1) !== 10) text += '\n';
      }
    }
  };
  for (const body of bodies) {
    if (text.length > 0 && text.charCodeAt(text.length - 1) !== 10) text += '\n';
    walk(body);
  }
  return { text, nodes, starts };
}

/** Collects the text of `bodies`, skipping subtrees `skip` rejects (hidden text, nested units). */
export function collectUnitText(
  bodies: readonly Element[],
  skip: (element: Element) => boolean,
): UnitText {
  const out: UnitText = { text: '', nodes: [], starts: [] };
  let text = '';
  const separate = () => {
    if (text.length > 0 && text.charCodeAt(text.length - 1) !== 10) text += '\n';
  };
  const walk = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        out.nodes.push(child as Text);
        out.starts.push(text.length);
        text += data;
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const tag = element.tagName;
        if (SKIPPED_TAGS.has(tag) || skip(element)) continue;
        const block = WORD_BREAKING_TAGS.has(tag);
        if (block) separate();
        walk(element);
        if (block) separate();
      }
    }
  };
  for (const body of bodies) {
    separate();
    walk(body);
  }
  out.text = text;
  return out;
}

/**
 * The text node and offset at `index`. An end offset (`atEnd`) that falls on
 * a node boundary stays in the earlier node, so a range never spills into
 * the next node's first character.
 */
export function positionAt(unit: UnitText, index: number, atEnd: boolean): Position | null {
  const { nodes, starts } = unit;
  let low = 0;
  let high = nodes.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = starts[mid]!;
    if (start < index || (!atEnd && start === index)) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (found < 0) return null;
  const node = nodes[found]!;
  const offset = index - starts[found]!;
  if (offset > node.data.length) {
    // The index is in a block separator: snap to the nearest real text.
    if (atEnd) return { node, offset: node.data.length };
    const next = nodes[found + 1];
    return next ? { node: next, offset: 0 } : null;
  }
  return { node, offset };
}

/** A StaticRange over [start, end) of the unit's text; null if it maps to no text. */
export function rangeFor(unit: UnitText, start: number, end: number): StaticRange | null {
  const from = positionAt(unit, start, false);
  const to = positionAt(unit, end, true);
  if (!from || !to) return null;
  return new StaticRange({
    startContainer: from.node,
    startOffset: from.offset,
    endContainer: to.node,
    endOffset: to.offset,
  });
}
