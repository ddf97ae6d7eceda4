/**
 * From an approved template and a mention to the reply text the CM sees in
 * the preview: the network's variant, the variables filled from the page,
 * the fill-in fields from the CM, and the checks before insertion.
 */

import type { Interaction, Mention, Template } from '../store/schema';
import { checkReply, type Warning } from '../templates/checks';
import { renderTemplate, templateBodyFor, type VariableValues } from '../templates/variables';

export interface ComposeContext {
  brand: string;
  agent: string;
  /** For `{date}`: the template's language decides the format. */
  now: number;
  /** Label of the mention's network in the CM's language (X, LinkedIn…). */
  networkLabel: string;
}

export function variablesFor(
  mention: Mention,
  template: Template,
  context: ComposeContext,
): VariableValues {
  return {
    author: mention.author.name ?? mention.author.handle?.replace(/^@/, ''),
    author_handle: mention.author.handle,
    brand: context.brand || undefined,
    network: context.networkLabel,
    post_url: mention.permalink,
    date: new Date(context.now).toLocaleDateString(template.language, { dateStyle: 'long' }),
    agent: context.agent || undefined,
  };
}

export interface ComposedReply {
  text: string;
  unfilled: string[];
}

export function composeReply(
  template: Template,
  mention: Mention,
  fills: Readonly<Record<string, string>>,
  context: ComposeContext,
): ComposedReply {
  const body = templateBodyFor(template, mention.network);
  return renderTemplate(body, variablesFor(mention, template, context), fills);
}

/** The checks of the text about to be inserted, against the recent interaction log. */
export function checksFor(
  text: string,
  unfilled: readonly string[],
  template: Template | null,
  mention: Mention,
  recent: readonly Interaction[],
  now: number,
  windowDays: number,
): Warning[] {
  return checkReply({
    text,
    network: mention.network,
    templateLanguage: template?.language,
    mentionLanguage: mention.language,
    unfilled,
    // Sites that show a name only (old Reddit, reviews): the name identifies the author.
    authorHandle: mention.author.handle ?? mention.author.name,
    threadUrl: mention.permalink,
    recent: recent
      .filter((interaction) => interaction.status !== 'marked-ignored' && interaction.text !== '')
      .map((interaction) => ({
        text: interaction.finalText ?? interaction.text,
        author: interaction.authorHandle ?? interaction.author,
        url: interaction.threadUrl,
        at: interaction.sentAt ?? interaction.createdAt,
      })),
    now,
    windowDays,
  });
}
