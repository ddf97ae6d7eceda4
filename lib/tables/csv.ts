/** The selection a CM sees in a table, as a CSV file (RFC 4180, via papaparse). */
import Papa from 'papaparse';
import { safeCell as cell } from '../csv';
import type { Interaction, Mention } from '../store/schema';

const iso = (time: number | undefined) => (time === undefined ? '' : new Date(time).toISOString());

export function mentionsCsv(mentions: readonly Mention[], answered: ReadonlySet<string>): string {
  return Papa.unparse({
    fields: [
      'id',
      'first_seen',
      'posted',
      'network',
      'author',
      'handle',
      'text',
      'risk',
      'status',
      'answered',
      'marked',
      'watchlists',
      'permalink',
      'url',
    ],
    data: mentions.map((m) => [
      m.id,
      iso(m.firstSeenAt),
      iso(m.postedAt),
      m.network,
      cell(m.author.name ?? ''),
      cell(m.author.handle ?? ''),
      cell(m.text),
      m.risk.level,
      m.status,
      answered.has(m.id) ? 'yes' : 'no',
      m.marked ? 'yes' : 'no',
      m.watchlistIds.join(' '),
      m.permalink ?? '',
      m.url,
    ]),
  });
}

export function interactionsCsv(interactions: readonly Interaction[]): string {
  return Papa.unparse({
    fields: [
      'id',
      'created',
      'sent',
      'network',
      'author',
      'handle',
      'text',
      'final_text',
      'status',
      'template',
      'template_version',
      'agent',
      'edited_beyond_approved',
      'marked',
      'thread',
      'url',
    ],
    data: interactions.map((i) => [
      i.id,
      iso(i.createdAt),
      iso(i.sentAt),
      i.network,
      cell(i.author ?? ''),
      cell(i.authorHandle ?? ''),
      cell(i.text),
      cell(i.finalText ?? ''),
      i.status,
      i.templateId ?? '',
      i.templateVersion ?? '',
      cell(i.agent ?? ''),
      i.editedBeyondApproved ? 'yes' : 'no',
      i.marked ? 'yes' : 'no',
      i.threadUrl ?? '',
      i.url,
    ]),
  });
}
