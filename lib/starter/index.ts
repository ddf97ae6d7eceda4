/**
 * The starter library as records: the approved templates the first-run wizard
 * puts in a workspace, in the languages the CM replies in. The wording lives
 * in templates.json (data a senior can review line by line).
 */
import type { Network } from '../sites/types';
import type { Template } from '../store/schema';
import type { StarterLanguage } from './languages';
import library from './templates.json';

export { STARTER_LANGUAGES, type StarterLanguage } from './languages';

export const STARTER_APPROVER = 'Vigie (starter library)';

export interface StarterTemplate {
  id: string;
  language: StarterLanguage;
  intent: string;
  title: string;
  tags: string[];
  body: string;
  variants?: Partial<Record<Network, string>>;
}

export const STARTER_TEMPLATES: readonly StarterTemplate[] = library.templates as StarterTemplate[];

/** The starter templates in `languages`, as approved records of `workspaceId`. */
export function starterTemplates(
  workspaceId: string,
  languages: readonly StarterLanguage[],
  now: number,
): Template[] {
  return STARTER_TEMPLATES.filter((entry) => languages.includes(entry.language)).map((entry) => ({
    workspaceId,
    id: entry.id,
    title: entry.title,
    body: entry.body,
    language: entry.language,
    status: 'approved',
    tags: [...entry.tags],
    intent: entry.intent,
    variants: entry.variants ? { ...entry.variants } : undefined,
    version: 1,
    approvedBy: STARTER_APPROVER,
    approvedAt: now,
    createdAt: now,
    updatedAt: now,
  }));
}
