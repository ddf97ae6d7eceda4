/**
 * Page text inside Markdown stays text: a post saying "**urgent** [click](…)"
 * must not turn into bold and a link in the senior's chat or ticket.
 */

/**
 * Every ASCII punctuation that Markdown (CommonMark, GFM) can read as markup
 * is backslash-escaped: emphasis, links, images, code, headings, quotes,
 * lists, tables, strikethrough, HTML, entities, maths (`$`) and @mentions
 * that would ping someone where the packet is pasted. Line breaks are kept;
 * carriage returns and other control characters are dropped.
 */
const MARKUP = /[\\`*_{}[\]()<>#+\-.!|~&=$@]/gu;

export function escapeMarkdown(text: string): string {
  return stripControls(text).replace(MARKUP, (char) => `\\${char}`);
}

/** One line of text (a title, a name): breaks become spaces, then escaped. */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdown(oneLine(text));
}

/**
 * Line breaks and runs of ordinary spaces become one space. No-break spaces
 * stay: French puts them before ":" and inside « », and `\s` would eat them.
 */
export function oneLine(text: string): string {
  return stripControls(text)
    .replace(/[ \t\n\u2028\u2029]+/gu, ' ')
    .trim();
}

/** A block quote of page text: every line escaped and prefixed, blank lines kept inside the quote. */
export function markdownQuote(text: string): string {
  return stripControls(text)
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${escapeMarkdown(line)}`))
    .join('\n');
}

/**
 * A link only for a web address (no `javascript:` or `data:`); its text is
 * escaped and its target percent-encodes what would end it early.
 */
export function markdownLink(label: string, url: string): string {
  const target = url.replace(
    /[\s()<>\\]/gu,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${escapeMarkdownLine(label)}](<${target}>)`;
}

/** C0 controls but tab and line feed, and DEL: invisible, and some break renderers. */
export function stripControls(text: string): string {
  return text.replace(/\r\n?/gu, '\n').replace(/[^\P{Cc}\t\n]/gu, '');
}
