/**
 * The one place where Vigie cleans what comes from web pages before it goes
 * into HTML it writes (the crisis report). Page text is escaped as text;
 * HTML is passed through DOMPurify with a strict allow-list, as the last
 * gate over a whole report body.
 *
 * DOMPurify needs a DOM: it runs in Vigie's extension pages (options, side
 * panel), never in the service worker. The instance is made from `window` on
 * first use, so importing this file does nothing and costs nothing.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/**
 * Page text as HTML text: `& < > " '` escaped, so it is safe between tags
 * and inside quoted attributes; control characters (but tab and line feed)
 * dropped. No DOM needed.
 */
export function sanitizeText(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    .replace(/[^\P{Cc}\t\n]/gu, '')
    .replace(/[&<>"']/gu, (char) => ESCAPES[char] ?? char);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Screenshots as Vigie stores them; an SVG could carry script, so raster types only. */
const IMAGE_DATA_URL = /^data:image\/(?:png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+={0,2}$/u;

export function isImageDataUrl(url: string): boolean {
  return IMAGE_DATA_URL.test(url);
}

/** Links leave only to the web (or to an anchor of the same document). */
const SAFE_LINK = /^(?:https?:\/\/|#)/iu;

function words(list: string): string[] {
  return list.split(/\s+/u).filter(Boolean);
}

/**
 * What a report body is made of: structure, text formatting, tables, links
 * and images. No script, style, form, frame, object, SVG or MathML; no event
 * handler, `style` or `data-` attribute.
 */
const STRICT: Config = {
  ALLOWED_TAGS: words(`
    a abbr article aside b bdi blockquote br caption code dd details div dl dt em figcaption
    figure footer h1 h2 h3 h4 h5 h6 header hr i img li main nav ol p pre q section small span
    strong sub summary sup table tbody td tfoot th thead time tr ul`),
  ALLOWED_ATTR: words(`
    alt class colspan datetime dir height href id lang rel rowspan scope src title width`),
  // DOMPurify's own URI rule stays (it also vets every non-URI attribute);
  // the hooks below narrow href and src further.
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

let purifier: DOMPurify | null = null;

function instance(): DOMPurify {
  if (purifier) return purifier;
  if (typeof window === 'undefined') {
    throw new Error('sanitizeHtml needs a DOM window: call it from an extension page.');
  }
  const made = createDOMPurify(window);
  made.addHook('uponSanitizeAttribute', (node, event) => {
    // Images: only raster data URLs (the screenshots), never a remote or SVG source.
    if (event.attrName === 'src' && !(node.nodeName === 'IMG' && isImageDataUrl(event.attrValue))) {
      event.keepAttr = false;
    }
    // Links: only http(s) or an anchor, whatever DOMPurify's data-URI rules would allow.
    if (event.attrName === 'href' && !SAFE_LINK.test(event.attrValue.trim())) {
      event.keepAttr = false;
    }
  });
  made.addHook('afterSanitizeAttributes', (node) => {
    // A link out of the report must not hand the page a reference back to it.
    if (node.nodeName === 'A' && node.getAttribute('href')?.startsWith('http')) {
      node.setAttribute('rel', 'noopener noreferrer nofollow');
    }
  });
  // DOMPurify is only as sound as the DOM under it: happy-dom's NodeIterator,
  // for one, stops when the current node is removed and lets the rest through
  // (DOMPurify does not support it). Refuse to run rather than return unsafe HTML.
  if (made.sanitize(PROBE.input, STRICT) !== PROBE.expected) {
    throw new SanitizerUnavailableError();
  }
  purifier = made;
  return made;
}

/** What a sound DOM makes of a few hostile constructs under the strict list. */
const PROBE = {
  input:
    // No inline event handler here: extension pages report each one as a CSP violation, even unrun.
    '<section><u>a</u><script>x()</script><b data-x="y()">b</b></section><img src="https://e.example/i.png" longdesc="z()"><i>c</i>',
  expected: '<section>a<b>b</b></section><img><i>c</i>',
} as const;

export class SanitizerUnavailableError extends Error {
  constructor() {
    super('DOMPurify does not sanitize soundly in this DOM: build HTML reports in a browser page.');
    this.name = 'SanitizerUnavailableError';
  }
}

/** HTML with everything outside the strict allow-list removed. Needs a DOM window. */
export function sanitizeHtml(html: string): string {
  return instance().sanitize(html, STRICT);
}
