/** The languages the starter library is written in (kept apart so schemas need not load the wording). */
export const STARTER_LANGUAGES = ['fr', 'en'] as const;
export type StarterLanguage = (typeof STARTER_LANGUAGES)[number];
