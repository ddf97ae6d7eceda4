/**
 * Holding statements for an incident: the workspace's approved crisis
 * templates (intent "holding-statement"), filled from the incident as a reply
 * to a mention is filled from the mention. Only approved wording is offered:
 * a holding statement is the text management agreed on before the crisis.
 */
import type { Incident, Template } from '../store/schema';
import { renderTemplate, templateBodyFor, type VariableValues } from '../templates/variables';

export const HOLDING_INTENT = 'holding-statement';

export interface HoldingStatement {
  templateId: string;
  templateVersion: number;
  title: string;
  language: string;
  /** Filled; what had no value stays `{name}` and is listed in `unfilled`. */
  text: string;
  unfilled: string[];
}

export interface HoldingContext {
  brand: string;
  agent: string;
  now: number;
  /** The network's name in the CM's language. */
  networkLabel?: string;
  /** Templates in this language come first (the workspace's language). */
  language?: string;
}

/** "Jeanne Martin (@jmartin)" → name "Jeanne Martin", handle "@jmartin". */
export function authorParts(author: string | undefined): { name?: string; handle?: string } {
  const whole = (author ?? '').trim();
  if (!whole) return {};
  const handle = whole.match(/@[\p{L}\p{N}_.-]+/u)?.[0];
  const name = whole
    .replace(/@[\p{L}\p{N}_.-]+/gu, ' ')
    .replace(/[()[\]]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return { name: name || undefined, handle };
}

export function holdingValues(
  incident: Incident,
  template: Template,
  context: HoldingContext,
): VariableValues {
  const { name, handle } = authorParts(incident.author);
  return {
    author: name ?? handle?.replace(/^@/u, ''),
    author_handle: handle,
    brand: context.brand || undefined,
    network: context.networkLabel,
    post_url: incident.permalink || undefined,
    date: new Date(context.now).toLocaleDateString(template.language, { dateStyle: 'long' }),
    agent: context.agent || undefined,
  };
}

/** The approved holding statements of the incident's workspace, filled; preferred language first, then by title. */
export function holdingStatements(
  incident: Incident,
  templates: readonly Template[],
  context: HoldingContext,
): HoldingStatement[] {
  const preferred = context.language?.toLowerCase().split('-')[0];
  const rank = (template: Template) =>
    preferred && template.language.toLowerCase().split('-')[0] === preferred ? 0 : 1;
  return templates
    .filter(
      (template) =>
        template.workspaceId === incident.workspaceId &&
        template.status === 'approved' &&
        template.intent === HOLDING_INTENT,
    )
    .sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id))
    .map((template) => {
      const body = incident.network ? templateBodyFor(template, incident.network) : template.body;
      const rendered = renderTemplate(body, holdingValues(incident, template, context), {});
      return {
        templateId: template.id,
        templateVersion: template.version,
        title: template.title,
        language: template.language,
        text: rendered.text,
        unfilled: rendered.unfilled,
      };
    });
}
