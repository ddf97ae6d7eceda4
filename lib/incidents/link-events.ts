/**
 * Attaching a mention to an incident is part of its story ("the author posted
 * again on LinkedIn at 14:02"): the timeline records it as an event that keeps
 * the status and names the mention, with who did it and when.
 */
import { type Incident, incidentEventSchema, type Mention } from '../store/schema';
import { cutAtWord } from './workflow';

export type LinkAction = 'attached' | 'detached';

/** "@handle — excerpt" of a mention, one line, short: what the timeline shows of it. */
export function describeMention(mention: Mention | undefined, max = 120): string {
  if (!mention) return '';
  const who = mention.author.handle || mention.author.name || '';
  const text = cutAtWord(mention.text.replace(/\s+/gu, ' ').trim(), max);
  return [who, text].filter(Boolean).join(' — ');
}

/** The incident with an event saying a mention was attached or detached; status unchanged. */
export function linkEvent<T extends Incident>(
  incident: T,
  link: { mentionId: string; action: LinkAction; by: string; comment: string },
  now: number,
): T {
  const event = incidentEventSchema.parse({
    at: now,
    status: incident.status,
    by: link.by.trim(),
    comment: cutAtWord(link.comment.trim(), 5_000),
    mention: { id: link.mentionId, action: link.action },
  });
  return { ...incident, timeline: [...incident.timeline, event], updatedAt: now };
}
