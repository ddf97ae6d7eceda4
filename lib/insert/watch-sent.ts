/**
 * Did the CM actually post the reply? A reply box that empties (or goes away)
 * right after a submit-like gesture while it held text was sent.
 *
 * What counts as a submit-like gesture:
 * - Enter or Ctrl/Cmd+Enter pressed in the editor (not Shift+Enter, not while composing);
 * - a click on a button (`button`, `[role=button]`, submit input) near the editor: in its
 *   form, or within a few levels above it, and not labelled as cancel/close/delete;
 * - the submit of the form holding the editor.
 *
 * Limits (what it cannot know):
 * - It sees the page, not the network: a site that empties its box before the server
 *   refuses the post is reported as sent; a site that keeps the text after posting, or
 *   empties it more than `windowMs` later, is not.
 * - A box that goes away after a submit-like click (a reply dialog that closes) counts as
 *   sent, also when the button did something else that closed it.
 * - Send buttons far from the box (another part of the page) and gestures other than
 *   a click or Enter (voice control, a site shortcut) are not seen.
 * - It reports the box's rendered text (what `readBack` reads), not the site's model: a
 *   site that rewrites the text when posting (mentions, links) is reported as the box showed it.
 * - It reports once per call; the text is what the box held at the gesture (or, if the site
 *   emptied it before this listener ran, the last non-empty text seen).
 */
import { readBack } from './read-back';
import type { EditorFamily } from './types';

export interface WatchSentOptions {
  /** How long after the gesture the box may take to empty. */
  windowMs?: number;
  /** How often the box is read while a gesture is pending. */
  pollMs?: number;
}

const BUTTON_SELECTOR = 'button, [role="button"], input[type="submit"], input[type="button"]';
/** Buttons near a reply box that empty or close it without posting. */
const NOT_A_SEND =
  /\b(cancel|annuler|close|fermer|discard|dismiss|abandonner|supprimer|delete|effacer|clear)\b/i;
/** How many levels above the editor a send button may sit when there is no form. */
const NEAR_LEVELS = 8;

function isNear(editor: HTMLElement, button: Element): boolean {
  const form = editor.closest('form');
  if (form?.contains(button)) return true;
  const { body } = editor.ownerDocument;
  let scope: Element | null = editor.parentElement;
  // The whole page is not "near": stop below <body>.
  for (
    let level = 0;
    scope && scope !== body && level < NEAR_LEVELS;
    level++, scope = scope.parentElement
  ) {
    if (scope.contains(button)) return true;
  }
  return false;
}

function labelOf(button: Element): string {
  return [button.getAttribute('aria-label'), button.getAttribute('title'), button.textContent]
    .filter(Boolean)
    .join(' ');
}

/** A click that looks like sending the editor's reply. */
function isSendClick(editor: HTMLElement, event: Event): boolean {
  const [origin] = event.composedPath();
  if (!(origin instanceof Element)) return false;
  const button = origin.closest(BUTTON_SELECTOR);
  if (!button || editor.contains(button)) return false;
  return isNear(editor, button) && !NOT_A_SEND.test(labelOf(button));
}

function isSendKey(editor: HTMLElement, event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return false;
  return event.composedPath().includes(editor);
}

/**
 * Calls `onSent(finalText)` once when the editor empties or goes away within `windowMs`
 * of a submit-like gesture made while it held text. Stops with `signal`.
 */
export function watchSent(
  editor: HTMLElement,
  family: EditorFamily,
  onSent: (finalText: string) => void,
  signal: AbortSignal,
  options: WatchSentOptions = {},
): void {
  const windowMs = options.windowMs ?? 4_000;
  const pollMs = options.pollMs ?? 100;
  const doc = editor.ownerDocument;
  const view = doc.defaultView;
  if (!view || signal.aborted) return;

  const stop = new AbortController();
  const listening = AbortSignal.any([signal, stop.signal]);
  const read = () => (editor.isConnected ? readBack(editor, family) : '');
  /** The last non-empty text, in case the site empties the box before our listener runs. */
  let lastText = read();
  let pending: { text: string; until: number } | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;

  const remember = () => {
    const text = read();
    if (text) lastText = text;
  };
  const observer = new view.MutationObserver(remember);
  observer.observe(editor, { subtree: true, childList: true, characterData: true });
  editor.addEventListener('input', remember, { signal: listening });

  const finish = () => {
    clearInterval(timer);
    timer = undefined;
    pending = null;
  };
  listening.addEventListener('abort', () => {
    finish();
    observer.disconnect();
  });

  const check = () => {
    if (!pending) return;
    if (!editor.isConnected || read() === '') {
      const { text } = pending;
      stop.abort();
      onSent(text);
    } else if (Date.now() > pending.until) {
      finish();
    }
  };

  const gesture = () => {
    const text = read() || lastText;
    if (!text) return;
    pending = { text, until: Date.now() + windowMs };
    timer ??= setInterval(check, pollMs);
    // Sites that empty synchronously are seen right after their handlers ran.
    setTimeout(check, 0);
  };

  view.addEventListener(
    'keydown',
    (event) => {
      if (isSendKey(editor, event)) gesture();
      // The CM went on typing in the box: what happens next is editing, not sending.
      else if (pending && event.isTrusted && event.composedPath().includes(editor)) finish();
    },
    { capture: true, signal: listening },
  );
  view.addEventListener(
    'click',
    (event) => {
      if (isSendClick(editor, event)) gesture();
    },
    { capture: true, signal: listening },
  );
  view.addEventListener(
    'submit',
    (event) => {
      const [origin] = event.composedPath();
      if (origin instanceof Element && origin.contains(editor)) gesture();
    },
    { capture: true, signal: listening },
  );
}
