/**
 * The input schema of every message the background accepts, and who may send
 * it. Imported by the background only: zod stays out of the content script.
 */
import { z } from 'zod';
import { MENTION_STATUSES, mentionSchema, settingsSchema } from '../store/schema';

/** `ui`: Vigie's own pages (popup, side panel, options). `content`: content scripts in web pages. */
export type Caller = 'ui' | 'content';

const seenMention = mentionSchema.omit({
  id: true,
  workspaceId: true,
  status: true,
  firstSeenAt: true,
  lastSeenAt: true,
});

export const inputSchemas = {
  'settings.get': z.null(),
  'settings.update': settingsSchema.partial().strict(),
  'workspaces.list': z.null(),
  'watchlists.list': z.null(),
  'templates.list': z.null(),
  'bundle.import': z.object({ text: z.string().max(50_000_000) }),
  'bundle.export': z.null(),
  'content.hello': z.object({ url: z.string().max(4_000) }),
  'mentions.seen': z.object({
    url: z.string().max(4_000),
    /** Mentions in page order; `reset` replaces the tab's list (a navigation). */
    mentions: z.array(seenMention).max(2_000),
    reset: z.boolean(),
  }),
  'mentions.forTab': z.object({ tabId: z.number().int().nonnegative() }),
  'mentions.setStatus': z.object({ id: z.string().min(1), status: z.enum(MENTION_STATUSES) }),
  /** Scroll the tab to a mention and pulse its highlight. */
  'mentions.focus': z.object({ tabId: z.number().int().nonnegative(), id: z.string().min(1) }),
} as const;

export type MessageType = keyof typeof inputSchemas;

export const allowedCallers: Record<MessageType, readonly Caller[]> = {
  'settings.get': ['ui', 'content'],
  'settings.update': ['ui'],
  'workspaces.list': ['ui'],
  'watchlists.list': ['ui'],
  'templates.list': ['ui'],
  'bundle.import': ['ui'],
  'bundle.export': ['ui'],
  'content.hello': ['content'],
  'mentions.seen': ['content'],
  'mentions.forTab': ['ui'],
  'mentions.setStatus': ['ui', 'content'],
  'mentions.focus': ['ui'],
};
