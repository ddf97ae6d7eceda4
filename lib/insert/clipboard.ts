/**
 * The last resort: the reply on the clipboard, for the CM to paste by hand.
 */
import { deepActiveElement, selectionFor } from './dom';

const CLIPBOARD_TIMEOUT_MS = 1_000;

/** The async Clipboard API: refused when the page's document does not have focus (the side panel has it). */
async function writeWithClipboardApi(text: string): Promise<boolean> {
  const clipboard = globalThis.navigator?.clipboard;
  if (!clipboard?.writeText) return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), CLIPBOARD_TIMEOUT_MS);
  });
  try {
    return await Promise.race([clipboard.writeText(text).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `execCommand('copy')` from a hidden textarea in a closed shadow root (allowed by the
 * `clipboardWrite` permission), then focus and caret go back where they were.
 */
function writeWithExecCommand(text: string, doc: Document): boolean {
  const previous = deepActiveElement(doc);
  const selection = previous ? selectionFor(previous) : doc.getSelection();
  const savedRange =
    selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;

  const host = doc.createElement('div');
  host.style.cssText =
    'position:fixed;top:0;left:-10000px;width:1px;height:1px;overflow:hidden;opacity:0;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  shadow.append(area);
  (doc.body ?? doc.documentElement).append(host);
  try {
    area.focus({ preventScroll: true });
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    host.remove();
    if (previous instanceof HTMLElement) previous.focus({ preventScroll: true });
    if (selection && savedRange) {
      selection.removeAllRanges();
      selection.addRange(savedRange);
    }
  }
}

/** Puts `text` on the clipboard; false when neither way was allowed. */
export async function copyToClipboard(text: string, doc: Document = document): Promise<boolean> {
  if (await writeWithClipboardApi(text)) return true;
  return writeWithExecCommand(text, doc);
}
