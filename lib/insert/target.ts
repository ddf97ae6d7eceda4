/**
 * Which editable the reply goes into: the adapter's reply box for the mention,
 * else the box its opener reveals, else the editable the CM focused last.
 */
import {
  deepActiveElement,
  editingHost,
  findEditableIn,
  isEditable,
  resolveEditable,
  sleep,
} from './dom';
import type { InsertTarget } from './types';

const OPENER_TIMEOUT_MS = 1_500;
const POLL_MS = 50;
/** How far above the opener a reply box it reveals may sit (button bars sit beside the box). */
const NEAR_LEVELS = 6;

/** Laid out on the page (a reply box rendered hidden is not one the CM can see). */
function isRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}

/** Rendered editables within a few levels above the opener. */
function editablesNear(opener: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  let scope: Element | null = opener;
  for (let level = 0; scope && level < NEAR_LEVELS; level++, scope = scope.parentElement) {
    const editable = findEditableIn(scope);
    if (editable && isRendered(editable) && !found.includes(editable)) found.push(editable);
    if (scope === opener.ownerDocument.body) break;
  }
  return found;
}

/** Clicks the opener, then waits for an editable to take focus or appear next to it. */
async function openReplyBox(opener: HTMLElement): Promise<HTMLElement | null> {
  const doc = opener.ownerDocument;
  const focusedBefore = deepActiveElement(doc);
  const known = new Set(editablesNear(opener));
  // A click the page's handlers see; never a send button (adapters name reply openers only).
  opener.click();
  const deadline = Date.now() + OPENER_TIMEOUT_MS;
  while (Date.now() < deadline) {
    await sleep(POLL_MS);
    const active = deepActiveElement(doc);
    if (active && active !== focusedBefore && isEditable(active))
      return editingHost(active as HTMLElement);
    const appeared = editablesNear(opener).find((editable) => !known.has(editable));
    if (appeared) return appeared;
  }
  // The box was already open next to the opener.
  return editablesNear(opener)[0] ?? null;
}

/** The editable to insert into, or null when there is none. */
export async function findTargetEditor(
  target: InsertTarget | null,
  lastFocused: HTMLElement | null,
): Promise<HTMLElement | null> {
  const given = resolveEditable(target?.editor ?? null);
  if (given) return given;
  if (target?.opener?.isConnected) {
    const opened = await openReplyBox(target.opener);
    if (opened) return opened;
  }
  if (lastFocused && isEditable(lastFocused)) return editingHost(lastFocused);
  return null;
}
