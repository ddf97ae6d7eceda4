/**
 * Earlier versions of lib/ code, kept so the bench can measure the current
 * one against them.
 */
import { WORD_BREAKING_TAGS } from '../../lib/dom/blocks';
import { collectUnitText, type HiddenTextRule, type UnitText } from '../../lib/listening/text';

/**
 * `collectText` until session 2's second round: the per-element walk, one
 * prebuilt `matches()` of the hidden-text candidates per element, the
 * adapter's check on candidates only.
 */
export function collectTextPerElement(bodies: readonly Element[], rule: HiddenTextRule): UnitText {
  const { candidates, confirm } = rule;
  return collectUnitText(bodies, (element) => element.matches(candidates) && confirm(element));
}

/** lib/listening/text.ts's `SKIPPED_TAGS` (not exported there), and as a selector. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'svg',
]);
const SKIPPED_SELECTOR = 'script,style,noscript,template,textarea,select,svg';
const WORD_BREAKING_SELECTOR = [...WORD_BREAKING_TAGS].map((tag) => tag.toLowerCase()).join(',');

/** What `collectTextByNodes` knows of one body before reading its text. */
interface BodyPlan {
  /** Text nodes where a skipped subtree begins (its first text, or the first one after it)… */
  skipFrom: (Text | null)[];
  /** …and the first text node after that subtree (null: the body ends there). */
  skipTo: (Text | null)[];
  /** Text nodes a word-breaking element boundary precedes (null: the body's end). */
  breaks: Set<Text | null> | null;
}

/**
 * Where skipped subtrees and block boundaries fall, in terms of text nodes:
 * one `querySelectorAll` per body for the elements that matter (hidden
 * candidates, never-text tags, word-breaking tags), then two walker steps
 * per such element.
 */
function planBody(body: Element, walker: TreeWalker, rule: HiddenTextRule): BodyPlan | null {
  const found = body.querySelectorAll(
    `${rule.candidates},${SKIPPED_SELECTOR},${WORD_BREAKING_SELECTOR}`,
  );
  if (found.length === 0) return null;
  const plan: BodyPlan = { skipFrom: [], skipTo: [], breaks: null };
  let skipped: Element | null = null;
  for (const element of found) {
    // Document order: whatever a skipped subtree holds comes right after it.
    if (skipped?.contains(element)) continue;
    const tag = element.tagName;
    if (SKIPPED_TAGS.has(tag) || (element.matches(rule.candidates) && rule.confirm(element))) {
      skipped = element;
      walker.currentNode = element;
      plan.skipFrom.push(walker.nextNode() as Text | null);
      walker.currentNode = element;
      plan.skipTo.push(walker.nextSibling() as Text | null);
    } else if (WORD_BREAKING_TAGS.has(tag)) {
      const breaks = plan.breaks ?? new Set();
      plan.breaks = breaks;
      walker.currentNode = element;
      breaks.add(walker.nextNode() as Text | null);
      walker.currentNode = element;
      breaks.add(walker.nextSibling() as Text | null);
    }
  }
  return plan;
}

/**
 * The same output as `collectText`, read from text nodes only (a
 * `TreeWalker` over each body's text, as the floor reads the page), with
 * skipped subtrees and block boundaries located beforehand (`planBody`).
 * Measured slower than the per-element walk it was meant to replace: the
 * per-body selector of every word-breaking tag costs about the floor itself.
 */
export function collectTextByNodes(bodies: readonly Element[], rule: HiddenTextRule): UnitText {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (const body of bodies) {
    if (text.length > 0 && text.charCodeAt(text.length - 1) !== 10) text += '\n';
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const plan = planBody(body, walker, rule);
    walker.currentNode = body;
    let node = walker.nextNode() as Text | null;
    const skipFrom = plan?.skipFrom ?? [];
    const skipTo = plan?.skipTo ?? [];
    const breaks = plan?.breaks ?? null;
    let skip = 0;
    let broken = false;
    for (;;) {
      if (breaks?.has(node)) broken = true;
      if (skip < skipFrom.length && node === skipFrom[skip]) {
        node = skipTo[skip] ?? null;
        skip++;
        if (node !== null) walker.currentNode = node;
        continue;
      }
      if (node === null) break;
      const data = node.data;
      if (data.length > 0) {
        if (broken && text.length > 0 && text.charCodeAt(text.length - 1) !== 10) text += '\n';
        broken = false;
        nodes.push(node);
        starts.push(text.length);
        text += data;
      }
      node = walker.nextNode() as Text | null;
    }
    if (broken && text.length > 0 && text.charCodeAt(text.length - 1) !== 10) text += '\n';
  }
  return { text, nodes, starts };
}

/** The bench adapter's `bodyOf` with `ownAll` as it was (`Array.from(…).filter(closest)`). */
export function bodyOfBefore(unit: Element): Element[] {
  return Array.from(unit.querySelectorAll('.post__text')).filter(
    (el) => el.closest('article.post[data-id]') === unit,
  );
}
