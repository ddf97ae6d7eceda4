/**
 * The escalation packet: what the senior needs at once, copied in one click
 * as plain text (chat, e-mail) and as Markdown (tickets, wikis). Every label
 * goes through the `t` passed in; every piece of page text is escaped in the
 * Markdown and never becomes markup.
 */
import type { Incident, Mention } from '../store/schema';
import {
  type FormatOptions,
  formatCount,
  formatTime,
  linkedMentions,
  matchedWatchlists,
  REACH_KEYS,
  reachOf,
  trimExcerpt,
} from './evidence';
import {
  categoryLabelKey,
  networkKey,
  type Severity,
  severityText,
  statusLabelKey,
  type Translate,
} from './labels';
import {
  escapeMarkdown,
  escapeMarkdownLine,
  markdownLink,
  markdownQuote,
  oneLine,
  stripControls,
} from './markdown';
import { webHref } from './text';

export interface PacketContext extends FormatOptions {
  /** The workspace's mentions, or only the linked ones: those not linked are ignored. */
  mentions: readonly Mention[];
  watchlistNames: Readonly<Record<string, string>>;
  /** The crisis template chosen (or suggested), already filled. */
  holdingStatement?: { title: string; body: string };
  t: Translate;
}

export interface EscalationPacket {
  text: string;
  markdown: string;
}

/** A line of the packet: a label and its value, or a value alone. */
interface Fact {
  label: string;
  /** Page text or Vigie's words; escaped in Markdown unless `link`. */
  value: string;
  /** A web address shown as a link in Markdown. */
  link?: string;
  /** Sub-items under the fact (the reach counts). */
  items?: Fact[];
}

interface Section {
  title: string;
  facts?: Fact[];
  /** Page text quoted as it is. */
  quote?: string;
  /** Plain paragraphs (the holding statement's title). */
  paragraphs?: string[];
}

export function escalationPacket(incident: Incident, context: PacketContext): EscalationPacket {
  const { t } = context;
  const heading = t('incident_packet_heading', oneLine(incident.title));
  const sections = packetSections(incident, context);
  return { text: renderText(heading, sections, t), markdown: renderMarkdown(heading, sections, t) };
}

function packetSections(incident: Incident, context: PacketContext): Section[] {
  const { t } = context;
  const mentions = linkedMentions(incident, context.mentions);
  const address = incident.permalink || incident.url;
  const identity: Fact[] = [];
  if (address) {
    identity.push({
      label: t('incident_field_link'),
      value: address,
      link: webHref(address) ?? undefined,
    });
  }
  if (incident.author) identity.push({ label: t('incident_field_author'), value: incident.author });
  if (incident.network) {
    identity.push({ label: t('incident_field_network'), value: t(networkKey(incident.network)) });
  }
  identity.push(
    { label: t('incident_field_status'), value: t(statusLabelKey(incident.status)) },
    { label: t('incident_field_created'), value: formatTime(incident.createdAt, context) },
  );

  const sections: Section[] = [{ title: '', facts: identity }];
  if (incident.excerpt?.trim()) {
    sections.push({ title: t('incident_field_excerpt'), quote: trimExcerpt(incident.excerpt) });
  }
  sections.push({
    title: t('incident_packet_why'),
    facts: whyItMatters(incident, mentions, context),
  });
  if (incident.notes.trim()) {
    sections.push({ title: t('incident_field_notes'), quote: incident.notes.trim() });
  }
  sections.push({ title: t('incident_packet_timeline'), facts: timelineFacts(incident, context) });
  sections.push(
    context.holdingStatement
      ? {
          title: t('incident_packet_holding'),
          paragraphs: [oneLine(context.holdingStatement.title)],
          quote: context.holdingStatement.body.trim(),
        }
      : { title: t('incident_packet_holding'), paragraphs: [t('incident_packet_no_holding')] },
  );
  return sections;
}

function whyItMatters(
  incident: Incident,
  mentions: readonly Mention[],
  context: PacketContext,
): Fact[] {
  const { t } = context;
  const level = incident.severity as Severity;
  const facts: Fact[] = [
    { label: t('incident_field_category'), value: t(categoryLabelKey(incident.category)) },
    {
      label: t('incident_field_severity'),
      value: severityText(level, t),
    },
  ];
  const watchlists = matchedWatchlists(incident, mentions, context.watchlistNames);
  if (watchlists.length > 0) {
    facts.push({ label: t('incident_field_watchlists'), value: watchlists.join(', ') });
  }
  const reach = reachOf(incident, mentions);
  const items: Fact[] = REACH_KEYS.flatMap((key) => {
    const total = reach.totals[key];
    return total === undefined
      ? []
      : [{ label: t(`incident_reach_${key}`), value: formatCount(total, context) }];
  });
  if (reach.mentions === 0) {
    items.push({ label: '', value: t('incident_reach_none') });
  } else {
    items.push(
      { label: t('incident_reach_mentions'), value: formatCount(reach.mentions, context) },
      { label: t('incident_reach_authors'), value: formatCount(reach.authors, context) },
    );
  }
  facts.push({ label: t('incident_field_reach'), value: '', items });
  return facts;
}

function timelineFacts(incident: Incident, context: PacketContext): Fact[] {
  const { t } = context;
  return incident.timeline.map((event) => {
    const parts = [formatTime(event.at, context), t(statusLabelKey(event.status))];
    if (event.by) parts.push(oneLine(event.by));
    const head = parts.join(' — ');
    return event.comment ? { label: head, value: event.comment } : { label: '', value: head };
  });
}

function renderText(heading: string, sections: readonly Section[], t: Translate): string {
  const lines: string[] = [heading];
  const factLine = (fact: Fact, indent: string): string[] => {
    const value = oneLine(fact.value);
    const head = fact.label
      ? value
        ? t('incident_label_value', fact.label, value)
        : fact.label
      : value;
    return [
      `${indent}- ${head}`,
      ...(fact.items ?? []).flatMap((item) => factLine(item, `${indent}  `)),
    ];
  };
  for (const section of sections) {
    lines.push('');
    if (section.title) lines.push(section.title);
    for (const paragraph of section.paragraphs ?? []) lines.push(paragraph);
    if (section.quote) lines.push(t('incident_quote', stripControls(section.quote)));
    for (const fact of section.facts ?? []) lines.push(...factLine(fact, ''));
  }
  return `${lines.join('\n')}\n`;
}

function renderMarkdown(heading: string, sections: readonly Section[], t: Translate): string {
  const blocks: string[] = [`### ${escapeMarkdownLine(heading)}`];
  const factLine = (fact: Fact, indent: string): string[] => {
    const value = fact.link
      ? markdownLink(oneLine(fact.value), fact.link)
      : escapeMarkdownLine(fact.value);
    const label = fact.label ? `**${escapeMarkdownLine(fact.label)}**` : '';
    const head = label ? (value ? t('incident_label_value', label, value) : label) : value;
    return [
      `${indent}- ${head}`,
      ...(fact.items ?? []).flatMap((item) => factLine(item, `${indent}  `)),
    ];
  };
  for (const section of sections) {
    const block: string[] = [];
    if (section.title) block.push(`#### ${escapeMarkdownLine(section.title)}`, '');
    for (const paragraph of section.paragraphs ?? []) block.push(escapeMarkdown(paragraph), '');
    if (section.quote) block.push(markdownQuote(section.quote), '');
    for (const fact of section.facts ?? []) block.push(...factLine(fact, ''));
    blocks.push(block.join('\n').trimEnd());
  }
  return `${blocks.join('\n\n')}\n`;
}
