/** The closed vocabularies of Vigie's records, without zod so UI bundles stay light. */
export const WATCHLIST_KINDS = ['brand', 'competitor', 'topic'] as const;
export const TEMPLATE_STATUSES = ['draft', 'pending', 'approved', 'retired'] as const;
export const MENTION_STATUSES = ['new', 'seen', 'replied', 'ignored', 'escalated'] as const;
export const RISK_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export const INCIDENT_STATUSES = [
  'open',
  'escalated',
  'holding',
  'resolved',
  'post-mortem',
] as const;
export const INCIDENT_CATEGORIES = [
  'bad-joke',
  'misplaced-opportunism',
  'technical-mishap',
  'viral-complaint',
  'product-failure',
  'discrimination',
  'rumour',
  'internal',
  'other',
] as const;

export const ROLES = ['junior', 'senior'] as const;
export const UI_LOCALES = ['auto', 'fr', 'en'] as const;
