/**
 * Every parse error and lint warning, with its English and French text.
 * This table is the source of the `query_<code>` keys in
 * `public/_locales/{en,fr}/messages.json` (a test checks they agree).
 *
 * Substitutions, in this order: `$1` is always the 1-based position of the
 * issue in the query, then `$2`, `$3`… are the issue's `params` in the order of
 * `params` below.
 */
export interface QueryMessageSpec {
  severity: 'error' | 'warning';
  /** Names of `issue.params`, in substitution order ($2, $3, …). */
  params: readonly string[];
  en: string;
  fr: string;
}

export const QUERY_MESSAGES = {
  empty_query: {
    severity: 'error',
    params: [],
    en: 'The query is empty (position $1): write at least one term.',
    fr: 'La requête est vide (position $1) : écrivez au moins un terme.',
  },
  missing_operator: {
    severity: 'error',
    params: [],
    en: 'Two terms without an operator at $1: write AND or OR between them, or quote them as a phrase.',
    fr: "Deux termes sans opérateur à la position $1 : écrivez AND ou OR entre eux, ou mettez-les entre guillemets pour chercher l'expression.",
  },
  missing_operand: {
    severity: 'error',
    params: ['operator'],
    en: '$2 at $1 is missing a term: put one on each side of it (after it for NOT).',
    fr: '$2 à la position $1 manque de terme : mettez-en un de chaque côté (après, pour NOT).',
  },
  unclosed_paren: {
    severity: 'error',
    params: [],
    en: 'The parenthesis opened at $1 is never closed.',
    fr: "La parenthèse ouverte à la position $1 n'est jamais fermée.",
  },
  unexpected_close_paren: {
    severity: 'error',
    params: [],
    en: 'Closing parenthesis at $1 without a matching opening one.',
    fr: 'Parenthèse fermante à la position $1 sans parenthèse ouvrante correspondante.',
  },
  unterminated_phrase: {
    severity: 'error',
    params: [],
    en: 'The quote opened at $1 is never closed.',
    fr: 'Les guillemets ouverts à la position $1 ne sont jamais fermés.',
  },
  empty_phrase: {
    severity: 'error',
    params: [],
    en: 'Empty quotes at $1: write the phrase between them.',
    fr: "Guillemets vides à la position $1 : écrivez l'expression entre eux.",
  },
  unterminated_braces: {
    severity: 'error',
    params: [],
    en: 'The { opened at $1 is never closed by }.',
    fr: "L'accolade { ouverte à la position $1 n'est jamais fermée par }.",
  },
  empty_braces: {
    severity: 'error',
    params: [],
    en: 'Empty braces at $1: write the exact-case term inside, e.g. {BT}.',
    fr: 'Accolades vides à la position $1 : écrivez le terme à la casse exacte dedans, par exemple {BT}.',
  },
  unexpected_character: {
    severity: 'error',
    params: ['character'],
    en: 'Unexpected "$2" at $1.',
    fr: 'Caractère « $2 » inattendu à la position $1.',
  },
  unterminated_comment: {
    severity: 'error',
    params: [],
    en: 'The comment opened with <<< at $1 is never closed with >>>.',
    fr: "Le commentaire ouvert par <<< à la position $1 n'est jamais fermé par >>>.",
  },
  wildcard_at_start: {
    severity: 'error',
    params: ['term'],
    en: 'Wildcard at the start of "$2" (position $1): * and ? can only follow at least one letter.',
    fr: 'Joker au début de « $2 » (position $1) : * et ? doivent suivre au moins une lettre.',
  },
  term_without_letters: {
    severity: 'error',
    params: ['term'],
    en: '"$2" at $1 has no letter, digit or emoji: it cannot be searched.',
    fr: "« $2 » à la position $1 n'a ni lettre, ni chiffre, ni emoji : il ne peut pas être cherché.",
  },
  near_distance_missing: {
    severity: 'error',
    params: [],
    en: 'NEAR at $1 needs a distance, e.g. NEAR/3 (NEAR/3f to impose the order). To search the word itself, write "near".',
    fr: 'NEAR à la position $1 a besoin d\'une distance, par exemple NEAR/3 (NEAR/3f pour imposer l\'ordre). Pour chercher le mot lui-même, écrivez "near".',
  },
  near_operand_invalid: {
    severity: 'error',
    params: [],
    en: 'At $1, NEAR accepts only terms, phrases or OR groups of them on each side.',
    fr: "À la position $1, NEAR n'accepte de chaque côté que des termes, des expressions ou des groupes OR de ceux-ci.",
  },
  proximity_needs_phrase: {
    severity: 'error',
    params: [],
    en: '~ at $1 only works right after a quoted phrase, e.g. "apple pie"~3.',
    fr: '~ à la position $1 ne fonctionne que juste après une expression entre guillemets, par exemple "tarte pomme"~3.',
  },
  proximity_distance_missing: {
    severity: 'error',
    params: [],
    en: '~ at $1 needs a number of words, e.g. "apple pie"~3.',
    fr: '~ à la position $1 a besoin d\'un nombre de mots, par exemple "tarte pomme"~3.',
  },
  distance_too_large: {
    severity: 'error',
    params: ['max'],
    en: 'The distance at $1 is too large: at most $2 words.',
    fr: 'La distance à la position $1 est trop grande : $2 mots au plus.',
  },
  field_value_missing: {
    severity: 'error',
    params: ['field'],
    en: 'The field $2: at $1 needs a value right after the colon.',
    fr: "Le champ $2: à la position $1 a besoin d'une valeur juste après les deux-points.",
  },
  only_negative: {
    severity: 'error',
    params: [],
    en: 'This query (position $1) would match posts that contain none of its terms: add a term that must be present, e.g. acme AND NOT spam.',
    fr: 'Cette requête (position $1) trouverait des posts ne contenant aucun de ses termes : ajoutez un terme obligatoire, par exemple acme AND NOT spam.',
  },
  lowercase_operator: {
    severity: 'warning',
    params: ['word', 'operator'],
    en: '"$2" at $1 is searched as a word; write $3 in capitals to use it as an operator.',
    fr: '« $2 » à la position $1 est cherché comme un mot ; écrivez $3 en majuscules pour en faire un opérateur.',
  },
  short_wildcard_stem: {
    severity: 'warning',
    params: ['stem'],
    en: 'The wildcard after "$2" (position $1) has a very short stem and will match many words.',
    fr: 'Le joker après « $2 » (position $1) a un radical très court et trouvera beaucoup de mots.',
  },
  redundant_term: {
    severity: 'warning',
    params: ['term'],
    en: '"$2" at $1 is redundant: the same group already covers it.',
    fr: '« $2 » à la position $1 est redondant : le même groupe le couvre déjà.',
  },
  empty_group: {
    severity: 'warning',
    params: [],
    en: 'Empty parentheses at $1 are ignored.',
    fr: 'Les parenthèses vides à la position $1 sont ignorées.',
  },
  mixed_and_or: {
    severity: 'warning',
    params: [],
    en: 'AND binds tighter than OR (position $1): add parentheses to make the grouping explicit, e.g. (a OR b) AND c.',
    fr: 'AND est prioritaire sur OR (position $1) : ajoutez des parenthèses pour rendre le regroupement explicite, par exemple (a OR b) AND c.',
  },
  double_negation: {
    severity: 'warning',
    params: [],
    en: 'NOT NOT at $1 cancels out.',
    fr: "NOT NOT à la position $1 s'annule.",
  },
  leading_minus: {
    severity: 'warning',
    params: ['term', 'word'],
    en: '"$2" at $1: a leading - does not exclude anything; write NOT $3 to exclude.',
    fr: "« $2 » à la position $1 : un - au début n'exclut rien ; écrivez NOT $3 pour exclure.",
  },
  unknown_field: {
    severity: 'warning',
    params: ['field'],
    en: '"$2:" at $1 is not a field Vigie knows (author, site, network, language): it is searched as text.',
    fr: "« $2: » à la position $1 n'est pas un champ connu de Vigie (author, site, network, language) : il est cherché comme du texte.",
  },
  unknown_network: {
    severity: 'warning',
    params: ['network', 'known'],
    en: 'Unknown network "$2" at $1. Known networks: $3.',
    fr: 'Réseau « $2 » inconnu à la position $1. Réseaux connus : $3.',
  },
  language_not_iso: {
    severity: 'warning',
    params: ['language'],
    en: '"$2" at $1 is not a two-letter ISO 639-1 language code (e.g. fr, en).',
    fr: "« $2 » à la position $1 n'est pas un code de langue ISO 639-1 à deux lettres (par exemple fr, en).",
  },
  operator_in_phrase: {
    severity: 'warning',
    params: ['operator'],
    en: '$2 inside quotes at $1 is searched as a word, not used as an operator.',
    fr: '$2 entre guillemets à la position $1 est cherché comme un mot, pas utilisé comme opérateur.',
  },
  proximity_single_word: {
    severity: 'warning',
    params: [],
    en: '~ at $1 has no effect on a single word.',
    fr: "~ à la position $1 n'a pas d'effet sur un seul mot.",
  },
  risk_term_not_simple: {
    severity: 'error',
    params: [],
    en: 'A risk term (position $1) must be one word or one phrase, without operators.',
    fr: 'Un terme de risque (position $1) doit être un seul mot ou une seule expression, sans opérateur.',
  },
} as const satisfies Record<string, QueryMessageSpec>;

export type QueryIssueCode = keyof typeof QUERY_MESSAGES;

/** Locale key of an issue code. */
export function queryMessageKey(code: QueryIssueCode): string {
  return `query_${code}`;
}
