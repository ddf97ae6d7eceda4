/**
 * The crisis report's own style sheet, inline so the file stands alone:
 * readable in light and dark (it follows the reader's system), printable,
 * and without any font or image to fetch.
 */
export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --panel: #f6f8fa;
  --link: #0a58ca; --quote: #8c959f;
  --sev-1: #1a7f37; --sev-2: #9a6700; --sev-3: #bc4c00; --sev-4: #cf222e;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9da7b3; --line: #30363d; --panel: #161b22;
    --link: #58a6ff; --quote: #6e7681;
    --sev-1: #3fb950; --sev-2: #d29922; --sev-3: #f0883e; --sev-4: #ff7b72;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0 auto; max-width: 60rem; padding: 2rem 1.25rem 4rem;
  background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2.5rem 0 .75rem; padding-top: 1rem; border-top: 2px solid var(--line); }
h3 { font-size: 1rem; margin: 1.5rem 0 .5rem; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
a { color: var(--link); overflow-wrap: anywhere; }
.meta { color: var(--muted); margin: .1rem 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .95em; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th, tfoot td, tfoot th { background: var(--panel); }
td.count, th.count { text-align: right; font-variant-numeric: tabular-nums; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
blockquote {
  margin: .5rem 0; padding: .5rem 1rem; border-left: 4px solid var(--quote);
  background: var(--panel); white-space: pre-wrap; overflow-wrap: anywhere;
}
.notes { white-space: pre-wrap; overflow-wrap: anywhere; }
.severity { font-weight: 600; }
.severity-1 { color: var(--sev-1); } .severity-2 { color: var(--sev-2); }
.severity-3 { color: var(--sev-3); } .severity-4 { color: var(--sev-4); }
figure { margin: .5rem 0; }
figure img { max-width: 100%; height: auto; border: 1px solid var(--line); }
figcaption { color: var(--muted); font-size: .9em; }
ol.timeline { padding-left: 1.25rem; }
ol.timeline li { margin: .25rem 0; }
.comment { white-space: pre-wrap; }
.mention-text { white-space: pre-wrap; overflow-wrap: anywhere; }
nav ol { padding-left: 1.25rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .9em; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  article.incident { break-before: page; }
  a { color: inherit; }
}
`;
