import type { FieldNode } from '../query/ast';
import { normalizeHost, normalizeNetwork, primaryLanguage } from '../query/fields';
import { globMatches } from '../query/glob';
import { foldString, MODE_FOLD } from './fold';
import type { MatchContext } from './types';

export type FieldTest = (ctx: MatchContext) => boolean;

function withoutAt(value: string): string {
  return value.startsWith('@') ? value.slice(1) : value;
}

/**
 * Field predicates. `author:` compares the whole name or handle, folded
 * (case and accents ignored, leading @ optional), `*`/`?` allowed; `site:`
 * matches the host and its subdomains; `network:` knows aliases (twitter → x);
 * `language:` compares primary subtags (`fr` matches `fr-CA`).
 */
export function compileField(node: FieldNode): FieldTest {
  switch (node.field) {
    case 'author': {
      const wanted = foldString(withoutAt(node.value), MODE_FOLD);
      const test = (candidate: string | undefined) =>
        candidate !== undefined && globMatches(wanted, foldString(withoutAt(candidate), MODE_FOLD));
      return (ctx) => test(ctx.author) || test(ctx.handle);
    }
    case 'site': {
      const wanted = normalizeHost(node.value);
      return (ctx) => {
        if (ctx.site === undefined) return false;
        const host = normalizeHost(ctx.site);
        return host === wanted || host.endsWith(`.${wanted}`);
      };
    }
    case 'network': {
      const wanted = normalizeNetwork(node.value);
      return (ctx) => ctx.network !== undefined && normalizeNetwork(ctx.network) === wanted;
    }
    case 'language': {
      const wanted = primaryLanguage(node.value);
      return (ctx) => ctx.language !== undefined && primaryLanguage(ctx.language) === wanted;
    }
  }
}
