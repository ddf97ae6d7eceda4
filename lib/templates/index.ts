/**
 * Reply templates: pure logic, no DOM, no browser API (WebCrypto aside).
 *
 * Variables (variables.ts)
 * - `parseTemplate(body)` → `{ parts, issues }`. Parts are text, known
 *   variables (`{author}`, `{author|vous}` with a fallback) and fill-in fields
 *   (`{order_number?}`); `{{`/`}}` are literal braces. Every issue is an error
 *   with a code and UTF-16 `start`/`end` offsets.
 * - `validateTemplate(template)` → issues of the body and of each network
 *   variant, with `path` `'body'` or `'variants.<network>'`.
 * - `renderTemplate(body, values, fills)` → `{ text, unfilled }`; what has no
 *   value and no fallback stays `{name}` in the text and is listed in `unfilled`.
 * - `templateBodyFor(template, network)`, `fillInNames(body)`, `KNOWN_VARIABLES`.
 *
 * Length (length.ts, counting.ts, urls.ts)
 * - `measure(text, network)` → `{ length, limit, over }` in the network's own
 *   unit (X weighted, Bluesky graphemes, Mastodon's rules, else code points).
 * - `NETWORK_LENGTH_RULES`: each limit with its source and whether it is verified.
 *
 * Checks before insertion (checks.ts)
 * - `checkReply(input)` → `Warning[]`; `severity: 'block'` (over the hard
 *   limit) disables Insert, `'warn'` does not. Codes: too_long, near_limit,
 *   unfilled, language_mismatch, already_sent_author, already_sent_thread.
 * - `formatWarning(warning, t)`: the message, with the network name translated.
 *
 * Roles (workflow.ts, passphrase.ts)
 * - `canTransition(from, to, role)`, `allowedTransitions`, `canInsert`,
 *   `canEdit`, `canCreate`, `transition(template, to, actor, now)`,
 *   `approve(template, seniorName, now)`.
 * - `hashPassphrase(pass, salt?)` → `{ salt, hash, iterations }` (base64,
 *   PBKDF2-SHA-256); `verifyPassphrase(pass, stored)` → boolean.
 *
 * Messages (messages.ts): `template_error_<code>` ($1 = 1-based position, then
 * the issue's params) and `check_<code>` (the warning's params), in
 * `public/_locales/{en,fr}`; `formatTemplateIssue(issue, t)`.
 */
export {
  type CheckInput,
  checkReply,
  formatWarning,
  isNearDuplicate,
  networkLabelKey,
  normalizeReply,
  normalizeThreadUrl,
  type RecentReply,
  SIMILARITY_THRESHOLD,
  type Warning,
} from './checks';
export {
  countCodePoints,
  countGraphemes,
  isEmojiGrapheme,
  mastodonLength,
  X_MAX_WEIGHTED_LENGTH,
  xWeightedLength,
} from './counting';
export {
  type LengthCounting,
  type LengthMeasure,
  measure,
  NETWORK_LENGTH_RULES,
  type NetworkLengthRule,
} from './length';
export {
  CHECK_MESSAGES,
  type CheckCode,
  checkMessageKey,
  formatTemplateIssue,
  TEMPLATE_ERROR_MESSAGES,
  type TemplateErrorCode,
  type Translate,
  templateErrorMessageKey,
  templatesLocaleEntries,
} from './messages';
export {
  constantTimeEqual,
  hashPassphrase,
  MIN_PBKDF2_ITERATIONS,
  PBKDF2_ITERATIONS,
  type StoredPassphrase,
  verifyPassphrase,
} from './passphrase';
export { findUrls, type UrlSpan } from './urls';
export {
  fillInNames,
  isKnownVariable,
  KNOWN_VARIABLES,
  type KnownVariable,
  type ParsedTemplate,
  parseTemplate,
  type RenderedTemplate,
  renderTemplate,
  type TemplateFieldIssue,
  type TemplateIssue,
  type TemplateIssuePath,
  type TemplatePart,
  templateBodyFor,
  type VariableValues,
  validateTemplate,
} from './variables';
export {
  allowedTransitions,
  approve,
  canCreate,
  canEdit,
  canInsert,
  canTransition,
  type Role,
  type TemplateStatus,
  TRANSITIONS,
  transition,
  type WorkflowAction,
  WorkflowError,
} from './workflow';
