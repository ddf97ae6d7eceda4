/**
 * The input schema of every message the background accepts, and who may send
 * it. Imported by the background only: zod stays out of the content script.
 */
import { z } from 'zod';
import { STARTER_LANGUAGES } from '../starter/languages';
import {
  INCIDENT_CATEGORIES,
  INCIDENT_STATUSES,
  interactionSchema,
  MENTION_STATUSES,
  mentionSchema,
  networkSchema,
  RISK_LEVELS,
  settingsSchema,
  TEMPLATE_STATUSES,
  WATCHLIST_KINDS,
  workspaceSchema,
} from '../store/schema';

/** `ui`: Vigie's own pages (popup, side panel, options). `content`: content scripts in web pages. */
export type Caller = 'ui' | 'content';

const seenMention = mentionSchema.omit({
  id: true,
  workspaceId: true,
  status: true,
  firstSeenAt: true,
  lastSeenAt: true,
  marked: true,
});

/** Filters, search, order and page of the mentions and interactions tables. */
const tableFilters = z
  .object({
    network: networkSchema.optional(),
    risk: z.enum([...RISK_LEVELS, 'risky']).optional(),
    watchlistId: z.string().min(1).max(200).optional(),
    from: z.number().int().nonnegative().optional(),
    to: z.number().int().nonnegative().optional(),
    markedOnly: z.boolean().optional(),
  })
  .strict();
const tableQuery = {
  search: z.string().max(500).default(''),
  sort: z.enum(['desc', 'asc']).default('desc'),
  offset: z.number().int().min(0).default(0),
  /** A page; an export reads the selection in pages of this size. */
  limit: z.number().int().min(1).max(5_000).default(100),
};
const markInput = z.object({
  ids: z.array(z.string().min(1).max(200)).min(1).max(10_000),
  marked: z.boolean(),
});

/** A workspace name as typed: surrounding spaces do not count. */
const workspaceName = z.string().trim().min(1).max(120);

export const inputSchemas = {
  'settings.get': z.null(),
  // Role, passphrase and the senior's thresholds change through their own gated calls;
  // the active workspace through workspace.switch (which checks it exists).
  'settings.update': settingsSchema
    .omit({
      role: true,
      seniorPassphrase: true,
      editThreshold: true,
      duplicateWindowDays: true,
      activeWorkspaceId: true,
    })
    .partial()
    .strict(),
  /** Switching to senior needs the passphrase (set on first use); back to junior does not. */
  'role.switch': z.object({
    role: z.enum(['junior', 'senior']),
    passphrase: z.string().max(500).optional(),
  }),
  /** Senior only: thresholds of the checks and of the "edited beyond approved wording" flag. */
  'settings.senior': z
    .object({
      editThreshold: z.number().min(0).max(1),
      duplicateWindowDays: z.number().int().min(0).max(365),
    })
    .partial()
    .strict(),
  /** Put a reply into the tab's reply box (never sent) and log the interaction. */
  'reply.insert': z.object({
    tabId: z.number().int().nonnegative(),
    text: z.string().min(1).max(50_000),
    mentionId: z.string().min(1).optional(),
    templateId: z.string().min(1).optional(),
    templateVersion: z.number().int().positive().optional(),
  }),
  /** Log a reply the CM copied to paste by hand. */
  'reply.copied': z.object({
    text: z.string().min(1).max(50_000),
    mentionId: z.string().min(1).optional(),
    templateId: z.string().min(1).optional(),
    templateVersion: z.number().int().positive().optional(),
  }),
  /** The content script saw an inserted reply actually posted. */
  'interactions.sent': z.object({
    interactionId: z.string().min(1),
    finalText: z.string().max(50_000),
  }),
  /** The palette's chosen template, rendered with the page's values and the CM's fill-ins. */
  'palette.render': z.object({
    templateId: z.string().min(1),
    network: networkSchema,
    values: z.record(z.string(), z.string().max(2_000)),
    fills: z.record(z.string(), z.string().max(2_000)),
  }),
  /** The palette put a reply in the page: log it. */
  'palette.inserted': z.object({
    templateId: z.string().min(1),
    templateVersion: z.number().int().positive(),
    text: z.string().min(1).max(50_000),
    url: z.string().max(4_000),
    dedupeKey: z.string().max(2_000).optional(),
  }),
  /** Capture a bad buzz from a page (shortcut, context menu, card, side panel). */
  'incident.capture': z.object({
    tabId: z.number().int().nonnegative().optional(),
    source: z.enum(['command', 'menu', 'card', 'panel']),
    selectionText: z.string().max(20_000).optional(),
    linkUrl: z.string().max(4_000).optional(),
    srcUrl: z.string().max(4_000).optional(),
    dedupeKey: z.string().max(2_000).optional(),
  }),
  /** The CM refines a captured bad buzz (saved as typed). */
  'incident.update': z.object({
    id: z.string().min(1),
    title: z.string().min(1).max(300).optional(),
    category: z.enum(INCIDENT_CATEGORIES).optional(),
    severity: z.number().int().min(1).max(4).optional(),
    notes: z.string().max(20_000).optional(),
    escalate: z.boolean().optional(),
  }),
  /** Esc in the capture form: the capture was a mistake. */
  'incident.discard': z.object({ id: z.string().min(1) }),
  'incidents.list': z.null(),
  /** Spikes of risky mentions alerted and not yet acknowledged. */
  'spikes.status': z.null(),
  'spikes.acknowledge': z.null(),
  /** The capture waiting for its form in the popup (pages that cannot host it). */
  'incident.pending': z.null(),
  'incident.transition': z.object({
    id: z.string().min(1),
    to: z.enum(INCIDENT_STATUSES),
    comment: z.string().max(5_000),
  }),
  /** Interactions of the active workspace in the last `days` days (for the duplicate checks). */
  'interactions.recent': z.object({ days: z.number().int().min(0).max(365) }),
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
  /** What Vigie does on the page of a tab, for the popup's switch. */
  'sites.status': z.object({ tabId: z.number().int().nonnegative() }),
  /** Switch a dedicated site (X, LinkedIn, …) on or off. */
  'sites.setDedicated': z.object({ siteId: z.string().min(1).max(60), enabled: z.boolean() }),
  /** Listen on this tab's page now (activeTab), until it reloads. */
  'sites.listenNow': z.object({ tabId: z.number().int().nonnegative() }),
  /** Always listen on an origin (its host permission was granted in the popup). */
  'sites.setAlways': z.object({
    origin: z.string().url().max(300),
    enabled: z.boolean(),
    tabId: z.number().int().nonnegative().optional(),
  }),
  /** Approved packs (docs/pack-format.md): the senior's key and export, the junior's trusted keys and import. */
  'packs.ownKey': z.null(),
  'packs.export': z.null(),
  'packs.trusted.list': z.null(),
  'packs.trusted.add': z.object({ text: z.string().max(2_000), label: z.string().max(120) }),
  'packs.trusted.remove': z.object({ id: z.string().min(1).max(200) }),
  'packs.import': z.object({ text: z.string().max(50_000_000) }),
  /** The incidents screen: one incident with its evidence, links and holding statements. */
  'incident.get': z.object({ id: z.string().min(1) }),
  'incident.attach': z.object({ id: z.string().min(1), mentionId: z.string().min(1) }),
  'incident.detach': z.object({ id: z.string().min(1), mentionId: z.string().min(1) }),
  /** A note on the timeline, status unchanged ("the journalist called back"). */
  'incident.comment': z.object({
    id: z.string().min(1),
    comment: z.string().trim().min(1).max(5_000),
  }),
  /** The crisis report's data: one incident, or every incident of the workspace created in a period (ms, inclusive). */
  'incidents.report': z.union([
    z.object({ id: z.string().min(1) }).strict(),
    z
      .object({ from: z.number().int().nonnegative(), to: z.number().int().nonnegative() })
      .strict()
      .refine((period) => period.from <= period.to, { message: 'from must not be after to' }),
  ]),
  // Workspaces (lib/background/handlers/workspaces.ts).
  'workspace.create': z.object({
    name: workspaceName,
    brands: workspaceSchema.shape.brands,
    handles: workspaceSchema.shape.handles,
    language: workspaceSchema.shape.language,
  }),
  'workspace.rename': z.object({ id: z.string().min(1).max(200), name: workspaceName }),
  /** What a deletion would remove, for the confirmation. */
  'workspace.counts': z.object({ id: z.string().min(1).max(200) }),
  /** `confirmName`: the workspace's name as the CM typed it to confirm. */
  'workspace.delete': z.object({
    id: z.string().min(1).max(200),
    confirmName: z.string().max(200),
  }),
  'workspace.switch': z.object({ id: z.string().min(1).max(200) }),
  /** The first-run wizard's answers, applied to the active workspace. */
  'workspace.setup': z.object({
    brands: z.array(z.string().max(120)).max(50),
    handles: z.array(z.string().max(120)).max(50),
    competitors: z.array(z.string().max(120)).max(50),
    languages: z.array(z.enum(STARTER_LANGUAGES)).min(1).max(STARTER_LANGUAGES.length),
    competitorsName: z.string().trim().min(1).max(120),
    /** The CM's language: first among the workspace's when both are chosen. */
    uiLanguage: z.string().max(35).optional(),
  }),
  ...editorSchemas(),
  /** Management report of a date range [from, to) (ms), days counted in `timeZone` (IANA). */
  'reports.compute': z
    .object({
      from: z.number().int().nonnegative(),
      to: z.number().int().nonnegative(),
      workspaceId: z.string().min(1).max(200).optional(),
      timeZone: z
        .string()
        .max(100)
        .refine((zone) => {
          try {
            new Intl.DateTimeFormat('en', { timeZone: zone });
            return true;
          } catch {
            return false;
          }
        }, 'Unknown time zone')
        .optional(),
    })
    .refine((range) => range.to >= range.from, { message: '`to` is before `from`', path: ['to'] })
    .refine((range) => range.to - range.from <= 400 * 86_400_000, {
      message: 'A report covers at most 400 days',
      path: ['to'],
    }),
  'mentions.query': z.object({
    filters: tableFilters
      .extend({ status: z.enum(MENTION_STATUSES).optional(), lateOnly: z.boolean().optional() })
      .default({}),
    ...tableQuery,
  }),
  'interactions.query': z.object({
    filters: tableFilters
      .extend({ status: z.enum(interactionSchema.shape.status.options).optional() })
      .default({}),
    ...tableQuery,
  }),
  /** Star (or unstar) rows to follow up. */
  'mentions.mark': markInput,
  'interactions.mark': markInput,
  /** Which of these mentions have an interaction (an answer): their SLA clock stopped. */
  'mentions.answered': z.object({ ids: z.array(z.string().min(1).max(200)).max(5_000) }),
  /** Recount late mentions now (after the targets change); the badge follows. */
  'sla.check': z.null(),
} as const;

/**
 * The watchlist and template editors (options page). Shapes only: queries,
 * variables, roles and statuses are checked by the handlers (handlers/editors.ts),
 * which answer with positioned errors rather than a bare bad_request.
 */
function editorSchemas() {
  const recordId = z.string().min(1).max(200);
  /** The `updatedAt` the page edited: a save over a newer version is refused as a conflict. */
  const expectedUpdatedAt = z.number().int().nonnegative().optional();
  return {
    'watchlist.save': z
      .object({
        id: recordId.optional(),
        name: z.string().max(120),
        kind: z.enum(WATCHLIST_KINDS),
        query: z.string().max(10_000),
        enabled: z.boolean(),
        /** `#rrggbb`; absent: the kind's colour. */
        color: z
          .string()
          .regex(/^#[0-9a-fA-F]{6}$/)
          .optional(),
        expectedUpdatedAt,
      })
      .strict(),
    'watchlist.delete': z.object({ id: recordId }).strict(),
    'template.save': z
      .object({
        id: recordId.optional(),
        title: z.string().max(200),
        body: z.string().max(20_000),
        language: z.string().max(35),
        intent: z.string().max(60).optional(),
        tags: z.array(z.string().max(60)).max(50),
        /** An empty variant is no variant: the network gets the common body. */
        variants: z.partialRecord(networkSchema, z.string().max(20_000)).optional(),
        expectedUpdatedAt,
      })
      .strict(),
    'template.transition': z.object({ id: recordId, to: z.enum(TEMPLATE_STATUSES) }).strict(),
    'template.history': z.object({ id: recordId }).strict(),
    'template.delete': z.object({ id: recordId }).strict(),
  } as const;
}

export type MessageType = keyof typeof inputSchemas;

export const allowedCallers: Record<MessageType, readonly Caller[]> = {
  'settings.get': ['ui', 'content'],
  'settings.update': ['ui'],
  'role.switch': ['ui'],
  'settings.senior': ['ui'],
  'reply.insert': ['ui'],
  'reply.copied': ['ui'],
  'interactions.sent': ['content'],
  'interactions.recent': ['ui'],
  'incident.capture': ['ui', 'content'],
  'incident.update': ['ui', 'content'],
  'incident.discard': ['ui', 'content'],
  'incidents.list': ['ui'],
  'spikes.status': ['ui'],
  'spikes.acknowledge': ['ui'],
  'incident.pending': ['ui'],
  'incident.transition': ['ui'],
  'palette.render': ['content'],
  'palette.inserted': ['content'],
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
  'sites.status': ['ui'],
  'sites.setDedicated': ['ui'],
  'sites.listenNow': ['ui'],
  'sites.setAlways': ['ui'],
  'packs.ownKey': ['ui'],
  'packs.export': ['ui'],
  'packs.trusted.list': ['ui'],
  'packs.trusted.add': ['ui'],
  'packs.trusted.remove': ['ui'],
  'packs.import': ['ui'],
  'incident.get': ['ui'],
  'incident.attach': ['ui'],
  'incident.detach': ['ui'],
  'incident.comment': ['ui'],
  'incidents.report': ['ui'],
  'workspace.create': ['ui'],
  'workspace.rename': ['ui'],
  'workspace.counts': ['ui'],
  'workspace.delete': ['ui'],
  'workspace.switch': ['ui'],
  'workspace.setup': ['ui'],
  'watchlist.save': ['ui'],
  'watchlist.delete': ['ui'],
  'template.save': ['ui'],
  'template.transition': ['ui'],
  'template.history': ['ui'],
  'template.delete': ['ui'],
  'reports.compute': ['ui'],
  'mentions.query': ['ui'],
  'interactions.query': ['ui'],
  'mentions.mark': ['ui'],
  'interactions.mark': ['ui'],
  'mentions.answered': ['ui'],
  'sla.check': ['ui'],
};
