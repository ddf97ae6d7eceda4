import type { QueryIssueCode } from './messages';

/** Fields a query can test against what the site adapter extracted from a post. */
export type QueryField = 'author' | 'site' | 'network' | 'language';
export const QUERY_FIELDS: readonly QueryField[] = ['author', 'site', 'network', 'language'];

/** One word pattern as the user wrote it (NFC-normalised), wildcards `*`/`?` kept in `text`. */
export interface TermPattern {
  /** Pattern text, NFC, with `*` and `?` as wildcards. */
  text: string;
  /** `{BT}`: letters must have exactly this case. */
  caseSensitive: boolean;
  /** Source slice, for "why it matched" labels. */
  raw: string;
  start: number;
  end: number;
}

interface Located {
  /** UTF-16 offset of the node's first character in the query source. */
  start: number;
  /** UTF-16 offset just after the node in the query source. */
  end: number;
}

export interface TermNode extends Located {
  type: 'term';
  term: TermPattern;
}

/** `"a b c"` (exact, `proximity` null) or `"a b c"~n` (any order, within n extra words). */
export interface PhraseNode extends Located {
  type: 'phrase';
  words: TermPattern[];
  proximity: number | null;
  raw: string;
}

/** `left NEAR/n right` (either order) or `left NEAR/nf right` (left first). */
export interface NearNode extends Located {
  type: 'near';
  left: QueryNode;
  right: QueryNode;
  distance: number;
  ordered: boolean;
}

export interface AndNode extends Located {
  type: 'and';
  children: QueryNode[];
}

export interface OrNode extends Located {
  type: 'or';
  children: QueryNode[];
}

export interface NotNode extends Located {
  type: 'not';
  child: QueryNode;
}

export interface FieldNode extends Located {
  type: 'field';
  field: QueryField;
  value: string;
  raw: string;
}

export type QueryNode = TermNode | PhraseNode | NearNode | AndNode | OrNode | NotNode | FieldNode;

export interface QueryIssue {
  severity: 'error' | 'warning';
  code: QueryIssueCode;
  /** UTF-16 offsets into the query source, end exclusive. */
  start: number;
  end: number;
  params?: Record<string, string | number>;
}

export interface ParseResult {
  /** Null as soon as there is one error; warnings alone keep the tree. */
  ast: QueryNode | null;
  issues: QueryIssue[];
}

/** Largest distance accepted by NEAR/n and "…"~n (bigger ones would mean "anywhere in the post"). */
export const MAX_DISTANCE = 100;
