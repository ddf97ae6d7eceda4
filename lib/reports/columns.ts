/**
 * The facts a report reads, as columns: typed arrays for numbers and codes,
 * plain string arrays for ids. Columns are what the report cache keeps per day
 * (structured clone copies a typed array in one go, where 100,000 records cost
 * 100,000 object allocations), and what the aggregation walks.
 */
import { NETWORKS } from '../sites/types';
import { MENTION_STATUSES, RISK_LEVELS } from '../store/constants';
import type { ReportInteraction, ReportMention } from './types';

export const INTERACTION_STATUSES = [
  'inserted',
  'sent',
  'marked-replied',
  'marked-ignored',
] as const;

export interface MentionColumns {
  count: number;
  id: string[];
  /** Index in NETWORKS. */
  network: Uint8Array;
  /** Index in RISK_LEVELS. */
  risk: Uint8Array;
  /** Index in MENTION_STATUSES. */
  status: Uint8Array;
  seenAt: Float64Array;
  /** When the response clock starts: publication if known and earlier, else first sight. */
  startAt: Float64Array;
  /** Mention i's watchlists are names[codes[offsets[i]] … codes[offsets[i + 1] - 1]]. */
  watchlistOffsets: Uint32Array;
  watchlistCodes: Uint16Array;
  watchlistIds: string[];
}

export interface InteractionColumns {
  count: number;
  /** '' when none. */
  mentionId: string[];
  templateId: string[];
  /** 0 when none. */
  templateVersion: Uint16Array;
  /** Index in INTERACTION_STATUSES. */
  status: Uint8Array;
  createdAt: Float64Array;
  /** sentAt when seen posted, else createdAt. */
  replyAt: Float64Array;
}

const indexer = (values: readonly string[]) => {
  const map = new Map(values.map((value, i) => [value, i]));
  return (value: string) => map.get(value) ?? 0;
};
const networkCode = indexer(NETWORKS);
const riskCode = indexer(RISK_LEVELS);
const mentionStatusCode = indexer(MENTION_STATUSES);
const interactionStatusCode = indexer(INTERACTION_STATUSES);

export function mentionColumns(mentions: readonly ReportMention[]): MentionColumns {
  const n = mentions.length;
  const columns: MentionColumns = {
    count: n,
    id: new Array<string>(n),
    network: new Uint8Array(n),
    risk: new Uint8Array(n),
    status: new Uint8Array(n),
    seenAt: new Float64Array(n),
    startAt: new Float64Array(n),
    watchlistOffsets: new Uint32Array(n + 1),
    watchlistCodes: new Uint16Array(0),
    watchlistIds: [],
  };
  const codes: number[] = [];
  const watchlist = new Map<string, number>();
  mentions.forEach((mention, i) => {
    columns.id[i] = mention.id;
    columns.network[i] = networkCode(mention.network);
    columns.risk[i] = riskCode(mention.risk.level);
    columns.status[i] = mentionStatusCode(mention.status);
    const seen = mention.firstSeenAt;
    columns.seenAt[i] = seen;
    columns.startAt[i] =
      mention.postedAt !== undefined && mention.postedAt < seen ? mention.postedAt : seen;
    for (const id of mention.watchlistIds) {
      let code = watchlist.get(id);
      if (code === undefined) {
        code = columns.watchlistIds.length;
        watchlist.set(id, code);
        columns.watchlistIds.push(id);
      }
      codes.push(code);
    }
    columns.watchlistOffsets[i + 1] = codes.length;
  });
  columns.watchlistCodes = Uint16Array.from(codes);
  return columns;
}

export function interactionColumns(interactions: readonly ReportInteraction[]): InteractionColumns {
  const n = interactions.length;
  const columns: InteractionColumns = {
    count: n,
    mentionId: new Array<string>(n),
    templateId: new Array<string>(n),
    templateVersion: new Uint16Array(n),
    status: new Uint8Array(n),
    createdAt: new Float64Array(n),
    replyAt: new Float64Array(n),
  };
  interactions.forEach((interaction, i) => {
    columns.mentionId[i] = interaction.mentionId ?? '';
    columns.templateId[i] = interaction.templateId ?? '';
    columns.templateVersion[i] = interaction.templateVersion ?? 0;
    columns.status[i] = interactionStatusCode(interaction.status);
    columns.createdAt[i] = interaction.createdAt;
    columns.replyAt[i] = interaction.sentAt ?? interaction.createdAt;
  });
  return columns;
}
