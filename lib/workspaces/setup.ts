/**
 * What the first-run wizard writes, built from what the CM typed: the
 * workspace named after the brand, a brand watchlist (and a competitor one
 * when competitors were given), and the starter library. Pure: the
 * background writes the result in one transaction (applyWorkspaceSetup).
 * Ids are fixed, so running the wizard again updates instead of duplicating.
 */
import { STARTER_LANGUAGES, type StarterLanguage, starterTemplates } from '../starter';
import type { WorkspaceSetup } from '../store/repos/workspace-data';
import type { Watchlist, Workspace } from '../store/schema';
import { buildWatchlistQuery } from './query';

export const BRAND_WATCHLIST_ID = 'starter-brand';
export const COMPETITOR_WATCHLIST_ID = 'starter-competitors';

export interface WizardAnswers {
  brands: string[];
  handles: string[];
  competitors: string[];
  languages: StarterLanguage[];
  /** The competitor watchlist's name, in the CM's language. */
  competitorsName: string;
}

export class SetupError extends Error {
  constructor(readonly reason: 'no_brand') {
    super('No brand name or handle Vigie can look for');
    this.name = 'SetupError';
  }
}

function clean(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  return entries
    .map((entry) => entry.trim().slice(0, 120))
    .filter((entry) => {
      const key = entry.toLowerCase();
      if (entry === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The languages in the order Vigie lists them; the first one is the workspace's main one. */
export function orderedLanguages(
  languages: readonly StarterLanguage[],
  preferred?: string,
): StarterLanguage[] {
  const chosen = STARTER_LANGUAGES.filter((language) => languages.includes(language));
  const first = chosen.find((language) => language === preferred);
  return first ? [first, ...chosen.filter((language) => language !== first)] : chosen;
}

export function buildSetup(
  workspace: Workspace,
  answers: WizardAnswers,
  now: number,
  uiLanguage?: string,
): WorkspaceSetup {
  const brands = clean(answers.brands);
  const handles = clean(answers.handles);
  const competitors = clean(answers.competitors);
  const languages = orderedLanguages(answers.languages, uiLanguage);
  const brandQuery = buildWatchlistQuery(brands, handles);
  if (!brandQuery) throw new SetupError('no_brand');
  const name = brands[0] ?? handles[0] ?? workspace.name;

  const watchlist = (id: string, listName: string, kind: Watchlist['kind'], query: string) => ({
    workspaceId: workspace.id,
    id,
    name: listName.slice(0, 120),
    kind,
    query,
    enabled: true,
    createdAt: now,
    updatedAt: now,
  });
  const watchlists: Watchlist[] = [watchlist(BRAND_WATCHLIST_ID, name, 'brand', brandQuery.query)];
  const competitorQuery = buildWatchlistQuery(competitors);
  if (competitorQuery) {
    watchlists.push(
      watchlist(
        COMPETITOR_WATCHLIST_ID,
        answers.competitorsName,
        'competitor',
        competitorQuery.query,
      ),
    );
  }
  return {
    workspace: {
      ...workspace,
      name,
      brands,
      handles,
      language: languages[0],
      updatedAt: now,
    },
    watchlists,
    templates: starterTemplates(workspace.id, languages, now),
    settings: { onboarded: true, activeWorkspaceId: workspace.id },
  };
}
