import type {
  Incident,
  Interaction,
  Mention,
  Template,
  TemplateVersion,
  Watchlist,
} from '../lib/store/schema';

export interface SeedSpec {
  workspaceId: string;
  seed: number;
  /** Instant the data ends at (usually now). */
  end: number;
  /** Records spread over `days` days, starting `offsetDays` days before `end`. */
  days: number;
  offsetDays: number;
  /** Prefix of record ids, so several seeds can share a store. */
  prefix: string;
  mentions: number;
  interactions: number;
  incidents: number;
  templates: number;
}

export interface SeedData {
  watchlists: Watchlist[];
  templates: Template[];
  templateVersions: TemplateVersion[];
  mentions: Mention[];
  interactions: Interaction[];
  incidents: Incident[];
}

export function generateReportData(spec: SeedSpec): SeedData;
export function seedInWorker(
  generate: (spec: SeedSpec) => SeedData,
  spec: SeedSpec,
): Promise<Record<string, number>>;
export function seedExpression(spec: SeedSpec): string;
