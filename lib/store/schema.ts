/**
 * The shape of every record Vigie keeps, as zod schemas. Records are parsed
 * with these before they are written, so IndexedDB never holds a record the
 * code cannot read back.
 */
import { z } from 'zod';
import { parseShortcut } from '../content/shortcut';
import { NETWORKS } from '../sites/types';
import {
  INCIDENT_CATEGORIES,
  INCIDENT_STATUSES,
  MENTION_STATUSES,
  RISK_LEVELS,
  ROLES,
  TEMPLATE_STATUSES,
  UI_LOCALES,
  WATCHLIST_KINDS,
} from './constants';

export * from './constants';

const id = z.string().min(1).max(200);
/** Milliseconds since the epoch. */
const time = z.number().int().nonnegative();

export const networkSchema = z.enum(NETWORKS);

/** A response target longer than a month is not a target. */
const MAX_SLA_MINUTES = 60 * 24 * 30;

/** A brand or a client: everything else belongs to exactly one workspace. */
export const workspaceSchema = z.object({
  id,
  name: z.string().min(1).max(120),
  /** Brand names and handles given at first run (the wizard builds watchlists from them). */
  brands: z.array(z.string().min(1).max(120)).max(50).optional(),
  handles: z.array(z.string().min(1).max(120)).max(50).optional(),
  /** The workspace's main language for replies (fr, en, …). */
  language: z.string().min(2).max(35).optional(),
  createdAt: time,
  updatedAt: time,
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const watchlistSchema = z.object({
  workspaceId: id,
  id,
  name: z.string().min(1).max(120),
  kind: z.enum(WATCHLIST_KINDS),
  query: z.string().min(1).max(10_000),
  enabled: z.boolean(),
  /** Highlight colour override (CSS colour); absent means the kind's colour. */
  color: z.string().max(40).optional(),
  createdAt: time,
  updatedAt: time,
});
export type Watchlist = z.infer<typeof watchlistSchema>;

export const templateSchema = z.object({
  workspaceId: id,
  id,
  title: z.string().min(1).max(200),
  body: z.string().min(1).max(20_000),
  language: z.string().min(2).max(35),
  status: z.enum(TEMPLATE_STATUSES),
  tags: z.array(z.string().min(1).max(60)).max(50),
  /** thanks, apology, answer, redirect-dm, holding-statement, … */
  intent: z.string().min(1).max(60).optional(),
  /** A body override per network. */
  variants: z.partialRecord(networkSchema, z.string().min(1).max(20_000)).optional(),
  /** Incremented on every change of wording; old versions live in `templateVersions`. */
  version: z.number().int().positive(),
  approvedBy: z.string().max(120).optional(),
  approvedAt: time.optional(),
  createdAt: time,
  updatedAt: time,
});
export type Template = z.infer<typeof templateSchema>;

/** A frozen copy of a template's wording, referenced by interactions. */
export const templateVersionSchema = z.object({
  workspaceId: id,
  templateId: id,
  version: z.number().int().positive(),
  title: z.string(),
  body: z.string(),
  variants: templateSchema.shape.variants,
  savedAt: time,
  /** Who saved this wording (agent name), and who approved it and when (the editors fill these). */
  savedBy: z.string().max(120).optional(),
  approvedBy: z.string().max(120).optional(),
  approvedAt: time.optional(),
});
export type TemplateVersion = z.infer<typeof templateVersionSchema>;

export const mentionSchema = z.object({
  id,
  workspaceId: id,
  /** Permalink when the page gives one, else a hash of network + author + text. */
  dedupeKey: z.string().min(1).max(2_000),
  permalink: z.string().max(2_000).optional(),
  /** The page the mention was seen on. */
  url: z.string().max(2_000),
  network: networkSchema,
  kind: z.enum(['post', 'comment', 'reply', 'review']),
  author: z.object({
    name: z.string().max(300).optional(),
    handle: z.string().max(300).optional(),
    url: z.string().max(2_000).optional(),
  }),
  text: z.string().max(50_000),
  postedAt: time.optional(),
  language: z.string().max(35).optional(),
  engagement: z.record(z.string(), z.number().nonnegative()),
  watchlistIds: z.array(id),
  /** The terms that matched ("why it matched"). */
  terms: z.array(z.string().max(300)).max(200),
  risk: z.object({
    level: z.enum(RISK_LEVELS),
    score: z.number(),
    categories: z.array(z.string().max(60)),
  }),
  status: z.enum(MENTION_STATUSES),
  firstSeenAt: time,
  lastSeenAt: time,
  /** Starred by a CM in the mentions table, to follow up. */
  marked: z.boolean().optional(),
});
export type Mention = z.infer<typeof mentionSchema>;

export const interactionSchema = z.object({
  id,
  workspaceId: id,
  mentionId: id.optional(),
  templateId: id.optional(),
  templateVersion: z.number().int().positive().optional(),
  network: networkSchema,
  url: z.string().max(2_000),
  author: z.string().max(300).optional(),
  authorHandle: z.string().max(300).optional(),
  /** The mention's permalink: the thread the reply went to. */
  threadUrl: z.string().max(2_000).optional(),
  agent: z.string().max(120).optional(),
  /** The text as inserted (the approved wording with its variables filled). */
  text: z.string().max(50_000),
  status: z.enum(['inserted', 'sent', 'marked-replied', 'marked-ignored']),
  postedAt: time.optional(),
  firstSeenAt: time.optional(),
  createdAt: time,
  sentAt: time.optional(),
  finalText: z.string().max(50_000).optional(),
  editDistance: z.number().int().nonnegative().optional(),
  /** The sent text strayed from the approved wording past the senior's threshold. */
  editedBeyondApproved: z.boolean().optional(),
  /** Starred by a CM in the interactions table, to follow up. */
  marked: z.boolean().optional(),
});
export type Interaction = z.infer<typeof interactionSchema>;

export const incidentEventSchema = z.object({
  at: time,
  status: z.enum(INCIDENT_STATUSES),
  by: z.string().max(120),
  comment: z.string().max(5_000),
  /** A mention attached to (or detached from) the incident by this event; the status is unchanged. */
  mention: z.object({ id, action: z.enum(['attached', 'detached']) }).optional(),
});

export const incidentSchema = z.object({
  id,
  workspaceId: id,
  title: z.string().min(1).max(300),
  category: z.enum(INCIDENT_CATEGORIES),
  severity: z.number().int().min(1).max(4),
  status: z.enum(INCIDENT_STATUSES),
  url: z.string().max(2_000),
  permalink: z.string().max(2_000).optional(),
  network: networkSchema.optional(),
  author: z.string().max(300).optional(),
  excerpt: z.string().max(50_000).optional(),
  notes: z.string().max(20_000),
  mentionIds: z.array(id),
  /** The screenshot taken at capture, in the `blobs` store; absent when the page forbade one. */
  screenshotId: id.optional(),
  /** Watchlists that matched the captured post (evidence for "why it matters"). */
  watchlistIds: z.array(id).optional(),
  /** Reach shown on the page at capture time (likes, replies, reposts, views). */
  engagement: z.record(z.string(), z.number().nonnegative()).optional(),
  timeline: z.array(incidentEventSchema),
  createdAt: time,
  updatedAt: time,
});
export type Incident = z.infer<typeof incidentSchema>;

/** One record, key `settings`. Every field has a default so an empty store is valid. */
export const settingsSchema = z.object({
  activeWorkspaceId: id,
  role: z.enum(ROLES),
  agentName: z.string().max(120),
  locale: z.enum(UI_LOCALES),
  /** Adapter ids the CM switched off. */
  disabledSites: z.array(z.string().max(60)),
  /** Origins where the generic adapter runs because the CM turned it on. */
  genericOrigins: z.array(z.string().max(300)),
  /** PBKDF2 hash of the passphrase that guards the senior role, set at first use. */
  seniorPassphrase: z
    .object({
      salt: z.string().max(200),
      hash: z.string().max(200),
      iterations: z.number().int().positive().optional(),
    })
    .optional(),
  /** A sent reply whose edit distance exceeds this share of the approved text is flagged. */
  editThreshold: z.number().min(0).max(1),
  /** "Already sent to this author / in this thread" looks back this many days. */
  duplicateWindowDays: z.number().int().min(0).max(365),
  /** A spike: the hour's risky mentions exceed this multiple of the trailing 24-hour hourly mean… */
  spikeMultiple: z.number().min(1).max(100),
  /** …and are at least this many. */
  spikeMinimum: z.number().int().min(1).max(10_000),
  /** Target response time per network, in minutes (mentions unanswered past it are late). */
  slaMinutes: z.partialRecord(networkSchema, z.number().int().min(1).max(MAX_SLA_MINUTES)),
  /** Notify when a mention goes past its network's target. */
  slaNotify: z.boolean(),
  /** Highlights on pages follow the active workspace only, or every workspace. */
  highlightScope: z.enum(['active', 'all']),
  /** The first-run wizard was completed or skipped. */
  onboarded: z.boolean(),
  /** Opens the reply palette inside an editable on a watched page. */
  paletteShortcut: z
    .string()
    .max(40)
    .refine((text) => parseShortcut(text) !== null, 'Not a shortcut: one key with a modifier'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_WORKSPACE_ID = 'default';

/**
 * Response-time targets CMs commonly work to: an hour on X (the public
 * expects it), a few hours on Facebook, Instagram and TikTok, a working day
 * on LinkedIn, YouTube and Reddit, two days for public review replies.
 */
export const DEFAULT_SLA_MINUTES: Partial<Record<z.infer<typeof networkSchema>, number>> = {
  x: 60,
  facebook: 240,
  instagram: 240,
  tiktok: 240,
  linkedin: 480,
  youtube: 480,
  reddit: 480,
  mastodon: 240,
  bluesky: 240,
  trustpilot: 2880,
  tripadvisor: 2880,
  'google-maps': 2880,
  web: 1440,
};

export function defaultSettings(): Settings {
  return {
    activeWorkspaceId: DEFAULT_WORKSPACE_ID,
    role: 'junior',
    agentName: '',
    locale: 'auto',
    disabledSites: [],
    genericOrigins: [],
    editThreshold: 0.3,
    duplicateWindowDays: 7,
    paletteShortcut: 'Ctrl+Shift+Space',
    spikeMultiple: 3,
    spikeMinimum: 5,
    slaMinutes: { ...DEFAULT_SLA_MINUTES },
    slaNotify: false,
    highlightScope: 'active',
    onboarded: false,
  };
}
