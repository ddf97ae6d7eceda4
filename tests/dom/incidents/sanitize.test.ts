import { describe, expect, it } from 'vitest';
import {
  isImageDataUrl,
  SanitizerUnavailableError,
  sanitizeHtml,
  sanitizeText,
} from '@/lib/sanitize';

const PNG_URL = 'data:image/png;base64,iVBORw0KGgo=';

/** Parses what came out, to check the DOM a browser would build from it. */
function parse(html: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}</body>`, 'text/html');
}

describe('sanitizeText', () => {
  it('escapes page text so it stays text', () => {
    const hostile = `<img src=x onerror=alert(1)><script>alert(2)</script>"'&`;
    const escaped = sanitizeText(hostile);
    expect(escaped).toBe(
      '&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;&quot;&#39;&amp;',
    );
    const doc = parse(`<p title="${escaped}">${escaped}</p>`);
    expect(doc.querySelector('img, script')).toBeNull();
    expect(doc.querySelector('p')?.textContent).toBe(hostile);
    expect(doc.querySelector('p')?.getAttribute('title')).toBe(hostile);
  });

  it('drops control characters but keeps line breaks, tabs and every script', () => {
    expect(sanitizeText('a\u0000b\r\nc\td\u007f — 日本語 عربى 😀')).toBe(
      'ab\nc\td — 日本語 عربى 😀',
    );
  });
});

describe('sanitizeHtml', () => {
  // DOMPurify's own behaviour is checked in a real browser (chromium.test.ts):
  // under happy-dom it lets nodes through, so Vigie refuses to use it there.
  it('refuses to run on a DOM where DOMPurify is unsound, such as happy-dom', () => {
    expect(() => sanitizeHtml('<p>ok</p>')).toThrow(SanitizerUnavailableError);
  });

  it('recognises screenshot data URLs strictly', () => {
    expect(isImageDataUrl(PNG_URL)).toBe(true);
    expect(isImageDataUrl('data:image/jpeg;base64,/9j/4AAQ')).toBe(true);
    expect(isImageDataUrl('data:image/svg+xml;base64,PHN2Zz4=')).toBe(false);
    expect(isImageDataUrl('data:image/png;base64,AAAA" onerror="alert(1)')).toBe(false);
    expect(isImageDataUrl('https://acme.example/a.png')).toBe(false);
  });
});
