/**
 * The obviously-correct matcher the fast one is checked against: per term, try
 * every start position, fold character by character with string functions
 * (no tables, no automaton), backtrack through wildcards, and enumerate every
 * combination for phrases, NEAR and ~n. Slow on purpose; clarity first.
 */

import type {
  MatchContext,
  MatchResult,
  RiskHit,
  RiskTermInput,
  WatchlistInput,
  WatchlistSpan,
} from '@/lib/listening/types';
import type { QueryNode, TermPattern } from '@/lib/query/ast';
import { classifyUnit, SEPARATOR, WORD } from '@/lib/query/chars';
import { normalizeHost, normalizeNetwork, primaryLanguage } from '@/lib/query/fields';
import { parseQuery } from '@/lib/query/parser';

export type Mode = 'fold' | 'lower' | 'strip' | 'exact';

const isIgnorable = (c: number) =>
  (c >= 0xfe00 && c <= 0xfe0f) || c === 0xad || c === 0x2060 || c === 0xfeff;
export const isDiacritic = (c: number) =>
  (c >= 0x300 && c <= 0x36f) ||
  (c >= 0x1ab0 && c <= 0x1aff) ||
  (c >= 0x1dc0 && c <= 0x1dff) ||
  (c >= 0x20d0 && c <= 0x20ff) ||
  (c >= 0xfe20 && c <= 0xfe2f);
const untouched = (c: number) =>
  (c >= 0xd800 && c <= 0xdfff) ||
  (c >= 0x3400 && c <= 0x4dbf) ||
  (c >= 0x4e00 && c <= 0x9fff) ||
  (c >= 0xa000 && c <= 0xa48c) ||
  (c >= 0xac00 && c <= 0xd7a3);
const isSpace = (c: number) =>
  c <= 0x20 ||
  [0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000].includes(c) ||
  (c >= 0x2000 && c <= 0x200a);
const APOSTROPHES = '’‘‛ʼ´`′＇';
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss', ẞ: 'SS' };
const STROKES: Record<string, string> = {
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
};

/** The spec of folding one UTF-16 code unit in one mode. */
export function referenceFold(unit: string, mode: Mode): string {
  const c = unit.charCodeAt(0);
  if (untouched(c)) return unit;
  if (isIgnorable(c)) return '';
  let base: string;
  if (APOSTROPHES.includes(unit)) base = "'";
  else if (c === 0x2010 || c === 0x2011) base = '-';
  else if (isSpace(c)) base = ' ';
  else if (LIGATURES[unit]) base = LIGATURES[unit];
  else if ((c >= 0xfb00 && c <= 0xfb06) || (c >= 0xff01 && c <= 0xff5e))
    base = unit.normalize('NFKD');
  else base = unit.normalize('NFD');
  if (base.length > 4) base = unit;
  let out = '';
  for (const u of base.split('')) {
    let v = u;
    if (mode === 'fold' || mode === 'lower') {
      // Lower case one unit; keep it when lowering would grow it (İ is decomposed first anyway).
      const lower = u === 'ς' ? 'σ' : u.toLowerCase();
      if (lower.length !== 1) v = u;
      else v = lower.normalize('NFD').length === 1 ? lower : lower.normalize('NFD');
    }
    if (mode === 'fold' || mode === 'strip')
      v = isDiacritic(v.charCodeAt(0)) ? '' : (STROKES[v] ?? v);
    out += v;
  }
  return out;
}

const foldText = (text: string, mode: Mode) =>
  text
    .split('')
    .map((u) => referenceFold(u, mode))
    .join('');
const cls = (text: string, i: number) => classifyUnit(text.charCodeAt(i));

interface Occ {
  start: number;
  end: number;
  tokStart: number;
  tokEnd: number;
  label: string;
}

type Tok = { unit: number } | 'star' | 'one' | 'marks';

function termMode(term: TermPattern): Mode {
  const plain = term.text.replaceAll('*', '').replaceAll('?', '');
  const accented = foldText(plain, 'lower') !== foldText(plain, 'fold');
  if (term.caseSensitive) return accented ? 'exact' : 'strip';
  return accented ? 'lower' : 'fold';
}

function program(term: TermPattern, mode: Mode): Tok[] {
  const out: Tok[] = [];
  for (const ch of term.text.split('')) {
    if (ch === '*') out.push('star');
    else if (ch === '?') out.push('one', 'marks');
    else for (const u of referenceFold(ch, mode).split('')) out.push({ unit: u.charCodeAt(0) });
  }
  return out;
}

/** T(p): number of tokens (word runs, symbols) starting at or before p. */
function tokenAt(text: string, p: number): number {
  let count = 0;
  for (let i = 0; i <= p; i++) {
    const c = cls(text, i);
    if (c === WORD && (i === 0 || cls(text, i - 1) !== WORD)) count++;
    else if (c !== WORD && c !== SEPARATOR) count++;
  }
  return count;
}

function occurrence(text: string, start: number, end: number, label: string): Occ {
  const inside = [];
  for (let i = start; i < end; i++) if (cls(text, i) !== SEPARATOR) inside.push(i);
  const first = inside[0] ?? start;
  const last = inside[inside.length - 1] ?? start;
  return { start, end, tokStart: tokenAt(text, first), tokEnd: tokenAt(text, last), label };
}

/** Every occurrence of one word pattern: longest match at each valid start. */
export function referenceTermOccurrences(text: string, term: TermPattern, label: string): Occ[] {
  const mode = termMode(term);
  const tokens = program(term, mode);
  const found: Occ[] = [];
  for (let s = 0; s < text.length; s++) {
    if (referenceFold(text[s]!, 'fold') === '') continue;
    if (s > 0 && cls(text, s) === WORD && cls(text, s - 1) === WORD) continue;
    const units: { unit: number; index: number; word: boolean; lastOfChar: boolean }[] = [];
    for (let i = s; i < text.length && units.length < 200; i++) {
      const folded = referenceFold(text[i]!, mode);
      for (let k = 0; k < folded.length; k++) {
        units.push({
          unit: folded.charCodeAt(k),
          index: i,
          word: cls(text, i) === WORD,
          lastOfChar: k === folded.length - 1,
        });
      }
    }
    let best = -1;
    const walk = (t: number, u: number): void => {
      if (t === tokens.length) {
        if (u === 0 || !units[u - 1]!.lastOfChar) return;
        const last = units[u - 1]!.index;
        let end = last + 1;
        while (end < text.length && referenceFold(text[end]!, mode) === '') end++;
        const boundary = cls(text, last) !== WORD || end >= text.length || cls(text, end) !== WORD;
        if (boundary) best = Math.max(best, end);
        return;
      }
      const token = tokens[t]!;
      const here = units[u];
      if (token === 'star' || token === 'marks') {
        walk(t + 1, u);
        if (here && (token === 'star' ? here.word : isDiacritic(here.unit))) walk(t, u + 1);
      } else if (token === 'one') {
        if (here?.word && !isDiacritic(here.unit)) walk(t + 1, u + 1);
      } else if (here && here.unit === token.unit) walk(t + 1, u + 1);
    };
    walk(0, 0);
    if (best >= 0) found.push(occurrence(text, s, best, label));
  }
  return found;
}

const overlaps = (a: Occ, b: Occ) => a.tokStart <= b.tokEnd && b.tokStart <= a.tokEnd;

function globWhole(pattern: string, value: string): boolean {
  if (pattern === '') return value === '';
  const [p, ...rest] = pattern;
  const tail = rest.join('');
  if (p === '*')
    return globWhole(tail, value) || (value !== '' && globWhole(pattern, value.slice(1)));
  if (value === '') return false;
  return (p === '?' || p === value[0]) && globWhole(tail, value.slice(1));
}

function fieldHolds(node: Extract<QueryNode, { type: 'field' }>, ctx: MatchContext): boolean {
  const clean = (v: string) => foldText(v.startsWith('@') ? v.slice(1) : v, 'fold');
  switch (node.field) {
    case 'author':
      return [ctx.author, ctx.handle].some(
        (v) => v !== undefined && globWhole(clean(node.value), clean(v)),
      );
    case 'site': {
      if (ctx.site === undefined) return false;
      const host = normalizeHost(ctx.site);
      const wanted = normalizeHost(node.value);
      return host === wanted || host.endsWith(`.${wanted}`);
    }
    case 'network':
      return (
        ctx.network !== undefined && normalizeNetwork(ctx.network) === normalizeNetwork(node.value)
      );
    case 'language':
      return (
        ctx.language !== undefined && primaryLanguage(ctx.language) === primaryLanguage(node.value)
      );
  }
}

/** Evaluates a parsed query: whether it holds, and the spans of the positive terms. */
export function referenceEvaluate(
  text: string,
  node: QueryNode,
  ctx: MatchContext,
): { holds: boolean; spans: Occ[] } {
  const occurrencesOf = (n: QueryNode): Occ[] => {
    if (n.type === 'term') return referenceTermOccurrences(text, n.term, n.term.raw);
    if (n.type === 'phrase' && n.proximity === null) {
      const lists = n.words.map((w) => referenceTermOccurrences(text, w, w.raw));
      const out: Occ[] = [];
      const extend = (i: number, chain: Occ[]) => {
        if (i === lists.length) {
          const first = chain[0]!;
          const last = chain[chain.length - 1]!;
          out.push({
            start: first.start,
            end: last.end,
            tokStart: first.tokStart,
            tokEnd: last.tokEnd,
            label: n.raw,
          });
          return;
        }
        for (const o of lists[i]!) {
          if (i === 0 || o.tokStart === chain[i - 1]!.tokEnd + 1) extend(i + 1, [...chain, o]);
        }
      };
      extend(0, []);
      return out;
    }
    if (n.type === 'or')
      return n.children.flatMap((c) => (evaluate(c).holds ? occurrencesOf(c) : []));
    return [];
  };

  const evaluate = (n: QueryNode): { holds: boolean; spans: Occ[] } => {
    switch (n.type) {
      case 'term':
      case 'phrase': {
        if (n.type === 'phrase' && n.proximity !== null) {
          const lists = n.words.map((w) => referenceTermOccurrences(text, w, w.raw));
          const members = new Set<Occ>();
          const choose = (i: number, chosen: Occ[]) => {
            if (i === lists.length) {
              const lo = Math.min(...chosen.map((o) => o.tokStart));
              const hi = Math.max(...chosen.map((o) => o.tokEnd));
              const covered = chosen.reduce((sum, o) => sum + o.tokEnd - o.tokStart + 1, 0);
              if (hi - lo + 1 - covered <= (n.proximity ?? 0))
                for (const o of chosen) members.add(o);
              return;
            }
            for (const o of lists[i]!)
              if (!chosen.some((c) => overlaps(c, o))) choose(i + 1, [...chosen, o]);
          };
          choose(0, []);
          return { holds: members.size > 0, spans: [...members] };
        }
        const occ = occurrencesOf(n);
        return { holds: occ.length > 0, spans: occ };
      }
      case 'near': {
        const left = occurrencesOf(n.left);
        const right = occurrencesOf(n.right);
        const members = new Set<Occ>();
        for (const a of left) {
          for (const b of right) {
            let gap = Number.POSITIVE_INFINITY;
            if (b.tokStart > a.tokEnd) gap = b.tokStart - a.tokEnd - 1;
            else if (!n.ordered && b.tokEnd < a.tokStart) gap = a.tokStart - b.tokEnd - 1;
            if (gap <= n.distance) {
              members.add(a);
              members.add(b);
            }
          }
        }
        return { holds: members.size > 0, spans: [...members] };
      }
      case 'and': {
        const parts = n.children.map(evaluate);
        const holds = parts.every((p) => p.holds);
        return { holds, spans: holds ? parts.flatMap((p) => p.spans) : [] };
      }
      case 'or': {
        const parts = n.children.map(evaluate).filter((p) => p.holds);
        return { holds: parts.length > 0, spans: parts.flatMap((p) => p.spans) };
      }
      case 'not':
        return { holds: !evaluate(n.child).holds, spans: [] };
      case 'field':
        return { holds: fieldHolds(n, ctx), spans: [] };
    }
  };
  return evaluate(node);
}

function tidy(spans: Occ[]): WatchlistSpan[] {
  const seen = new Set<string>();
  return spans
    .map((o) => ({ start: o.start, end: o.end, term: o.label }))
    .sort(
      (a, b) =>
        a.start - b.start || a.end - b.end || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0),
    )
    .filter((s) => {
      const key = `${s.start}:${s.end}:${s.term}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The whole matcher, the slow way. Invalid queries and risk terms are skipped. */
export function referenceMatch(
  text: string,
  watchlists: WatchlistInput[],
  riskTerms: RiskTermInput[] = [],
  ctx: MatchContext = {},
): MatchResult {
  const result: MatchResult = { watchlists: [], risk: [] };
  for (const w of watchlists) {
    if (!w.enabled) continue;
    const { ast } = parseQuery(w.query);
    if (!ast) continue;
    const { holds, spans } = referenceEvaluate(text, ast, ctx);
    if (holds) result.watchlists.push({ watchlistId: w.id, kind: w.kind, spans: tidy(spans) });
  }
  const risk: RiskHit[] = [];
  for (const r of riskTerms) {
    const bare = r.term.trim();
    const words = bare.split(/\s+/);
    const quote =
      !/^["{]/.test(bare) &&
      words.length > 1 &&
      !words.some((w) => /^(AND|OR|NOT|NEAR(\/.*)?)$/.test(w));
    const source = quote ? `"${bare}"` : bare;
    const { ast } = parseQuery(source);
    if (!ast || (ast.type !== 'term' && ast.type !== 'phrase')) continue;
    const { holds, spans } = referenceEvaluate(text, ast, ctx);
    if (!holds) continue;
    for (const s of tidy(spans))
      risk.push({
        start: s.start,
        end: s.end,
        category: r.category,
        weight: r.weight,
        term: r.term,
      });
  }
  result.risk = risk.sort((a, b) => a.start - b.start || a.end - b.end);
  return result;
}
