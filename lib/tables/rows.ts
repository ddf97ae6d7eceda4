import type { Interaction, Mention } from '../store/schema';
import { foldText } from './fold';
import type { IndexRow } from './types';

export function mentionRow(mention: Mention): IndexRow {
  return {
    id: mention.id,
    time: mention.firstSeenAt,
    network: mention.network,
    status: mention.status,
    marked: mention.marked === true,
    haystack: foldText(
      `${mention.text}\n${mention.author.name ?? ''}\n${mention.author.handle ?? ''}`,
    ),
    risk: mention.risk.level,
    watchlistIds: mention.watchlistIds,
    postedAt: mention.postedAt,
  };
}

export function interactionRow(interaction: Interaction): IndexRow {
  return {
    id: interaction.id,
    time: interaction.createdAt,
    network: interaction.network,
    status: interaction.status,
    marked: interaction.marked === true,
    haystack: foldText(
      `${interaction.finalText ?? interaction.text}\n${interaction.author ?? ''}\n${interaction.authorHandle ?? ''}`,
    ),
    mentionId: interaction.mentionId,
  };
}
