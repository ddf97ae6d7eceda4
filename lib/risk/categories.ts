/**
 * Risk categories, in the order the UI lists them. Kept apart from the lexicon
 * data so that code which only names categories does not bundle the lexicon.
 */
export const RISK_CATEGORIES = [
  'complaint',
  'anger',
  'crisis',
  'boycott',
  'discrimination',
  'legal',
  'refund',
  'safety',
  'outage',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];
