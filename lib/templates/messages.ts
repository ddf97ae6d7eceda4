/**
 * The text of every template error and every pre-insertion check, in English
 * and French. This table is the source of the `template_error_<code>` and
 * `check_<code>` keys in `public/_locales/{en,fr}/messages.json` (a test
 * checks they agree).
 *
 * Template errors: `$1` is the 1-based position in the body, then `$2`, `$3`…
 * are the issue's params. Checks: `$1`, `$2`… are the warning's params.
 * Never put a `$n` right before another `$`: Chrome would read `$n$` as a
 * named placeholder.
 */
interface MessageSpec {
  /** Names of the substitutions, in order, for the translators' description. */
  params: readonly string[];
  en: string;
  fr: string;
}

export const TEMPLATE_ERROR_MESSAGES = {
  unclosed_brace: {
    params: ['position'],
    en: 'The { at position $1 is not closed by } on its line. To write a brace, type {{.',
    fr: "L'accolade { à la position $1 n'est pas fermée par } sur sa ligne. Pour écrire une accolade, tapez {{.",
  },
  unmatched_close_brace: {
    params: ['position'],
    en: 'The } at position $1 closes nothing. To write a brace, type }}.',
    fr: "L'accolade } à la position $1 ne ferme rien. Pour écrire une accolade, tapez }}.",
  },
  empty_name: {
    params: ['position'],
    en: 'Empty variable at position $1: write a name between the braces, e.g. {author}.',
    fr: 'Variable vide à la position $1 : écrivez un nom entre les accolades, par exemple {author}.',
  },
  invalid_name: {
    params: ['position', 'name'],
    en: '"$2" at position $1 is not a valid name: use only lowercase letters, digits and _, e.g. {order_number?}.',
    fr: "« $2 » à la position $1 n'est pas un nom valide : utilisez seulement des minuscules, des chiffres et _, par exemple {order_number?}.",
  },
  unknown_variable: {
    params: ['position', 'name', 'known variables'],
    en: 'Unknown variable {$2} at position $1. Known variables: $3. For a field to fill in at insertion, write {$2?}.',
    fr: "Variable {$2} inconnue à la position $1. Variables connues : $3. Pour un champ à remplir à l'insertion, écrivez {$2?}.",
  },
  unknown_variable_did_you_mean: {
    params: ['position', 'name', 'closest known variable'],
    en: 'Unknown variable {$2} at position $1: did you mean {$3}?',
    fr: 'Variable {$2} inconnue à la position $1 : vouliez-vous dire {$3} ?',
  },
  fallback_on_fill_in: {
    params: ['position', 'name'],
    en: 'The field {$2?} at position $1 cannot have a fallback after |: the CM types its value at insertion.',
    fr: "Le champ {$2?} à la position $1 ne peut pas avoir de valeur de repli après | : sa valeur est saisie à l'insertion.",
  },
  fill_in_reserved_name: {
    params: ['position', 'name'],
    en: '{$2?} at position $1 takes the name of a variable Vigie fills from the page: write {$2} (with a fallback after | if needed) or give the field another name.',
    fr: "{$2?} à la position $1 reprend le nom d'une variable que Vigie remplit depuis la page : écrivez {$2} (avec une valeur de repli après | si besoin) ou donnez un autre nom au champ.",
  },
  nested_brace: {
    params: ['position'],
    en: 'Brace inside a variable at position $1: a variable cannot contain another one. To write a brace, type {{ or }}.',
    fr: "Accolade à l'intérieur d'une variable à la position $1 : une variable ne peut pas en contenir une autre. Pour écrire une accolade, tapez {{ ou }}.",
  },
} as const satisfies Record<string, MessageSpec>;

export type TemplateErrorCode = keyof typeof TEMPLATE_ERROR_MESSAGES;

interface CheckMessageSpec extends MessageSpec {
  /** Indexes of params that are message keys (a network's name): translate them before substituting. */
  labelParams: readonly number[];
}

export const CHECK_MESSAGES = {
  too_long: {
    params: ['length', 'limit', 'network name'],
    labelParams: [2],
    en: 'Too long for $3: $1 characters out of $2. Shorten the reply to insert it.',
    fr: "Trop long pour $3 : $1 caractères sur $2. Raccourcissez la réponse pour l'insérer.",
  },
  near_limit: {
    params: ['length', 'limit', 'network name'],
    labelParams: [2],
    en: 'Close to the $3 limit: $1 characters out of $2.',
    fr: 'Proche de la limite de $3 : $1 caractères sur $2.',
  },
  unfilled: {
    params: ['names'],
    labelParams: [],
    en: 'Not filled in: $1. They would be inserted as written, braces included.',
    fr: 'Non rempli : $1. Ces champs seraient insérés tels quels, accolades comprises.',
  },
  language_mismatch: {
    params: ['template language', 'mention language'],
    labelParams: [],
    en: 'The template is in "$1" but the mention seems to be in "$2".',
    fr: 'Le modèle est en « $1 » mais la mention semble être en « $2 ».',
  },
  already_sent_author: {
    params: ['days'],
    labelParams: [],
    en: 'The same or nearly the same reply was sent to this author less than $1 day(s) ago: it may look copy-pasted.',
    fr: 'La même réponse, ou presque, a été envoyée à cet auteur il y a moins de $1 jour(s) : elle peut sembler copiée-collée.',
  },
  already_sent_thread: {
    params: ['days'],
    labelParams: [],
    en: 'The same or nearly the same reply was sent in this thread less than $1 day(s) ago: it may look copy-pasted.',
    fr: 'La même réponse, ou presque, a été envoyée dans cette conversation il y a moins de $1 jour(s) : elle peut sembler copiée-collée.',
  },
} as const satisfies Record<string, CheckMessageSpec>;

export type CheckCode = keyof typeof CHECK_MESSAGES;

export const templateErrorMessageKey = (code: TemplateErrorCode): string =>
  `template_error_${code}`;
export const checkMessageKey = (code: CheckCode): string => `check_${code}`;

type LocaleEntries = Record<string, { message: string; description: string }>;

/** The `template_error_*` and `check_*` entries of one locale's messages.json, from the tables. */
export function templatesLocaleEntries(lang: 'en' | 'fr'): LocaleEntries {
  const entries: LocaleEntries = {};
  const describe = (what: string, params: readonly string[]) =>
    `${what}. ${params.map((name, index) => `$${index + 1} = ${name}`).join(', ')}`.trim();
  for (const [code, spec] of Object.entries(TEMPLATE_ERROR_MESSAGES)) {
    entries[templateErrorMessageKey(code as TemplateErrorCode)] = {
      message: spec[lang],
      description: describe(`Template error "${code}" (position is 1-based)`, spec.params),
    };
  }
  for (const [code, spec] of Object.entries(CHECK_MESSAGES)) {
    entries[checkMessageKey(code as CheckCode)] = {
      message: spec[lang],
      description: describe(`Check before insertion "${code}"`, spec.params),
    };
  }
  return entries;
}

/** A `t`-shaped translator: a message key, then its substitutions. */
export type Translate = (key: string, ...substitutions: string[]) => string;

/** An error of a template body as text: `$1` is its 1-based position. */
export function formatTemplateIssue(
  issue: { code: TemplateErrorCode; start: number; params: readonly string[] },
  translate: Translate,
): string {
  return translate(templateErrorMessageKey(issue.code), String(issue.start + 1), ...issue.params);
}
