/**
 * One protocol for every message to the background: the type names, what each
 * takes (inferred from its zod schema) and what it answers. Type-only: this
 * file adds nothing to a bundle.
 */
import type { z } from 'zod';
import type { Bundle } from '../bundle/format';
import type { ImportSummary } from '../bundle/transfer';
import type { BundleProblem } from '../bundle/validate';
import type { FieldIssue } from '../editors/issues';
import type { CrisisReportData } from '../incidents/export';
import type { HoldingStatement } from '../incidents/holding';
import type { LinkReason } from '../incidents/links';
import type { Spike } from '../incidents/spike';
import type { InsertOutcome } from '../insert/types';
import type { PreparedMatcher } from '../listening/prepare';
import type { Pack } from '../packs/format';
import type { PackImportResult } from '../packs/import';
import type { KeyInfo } from '../packs/keystore';
import type { ReportTimings } from '../reports/read';
import type { Report } from '../reports/types';
import type { SetupSummary, WorkspaceCounts } from '../store/repos/workspace-data';
import type {
  Incident,
  Interaction,
  Mention,
  Settings,
  Template,
  TemplateVersion,
  Watchlist,
  Workspace,
} from '../store/schema';
import type { InteractionPage, MentionPage } from '../tables/types';
import type { IncidentFormPrefill } from './content-commands';
import type { inputSchemas, MessageType } from './schemas';

export type { MessageType };
export type MessageInput<T extends MessageType> = z.input<(typeof inputSchemas)[T]>;

/** What the content script needs to start listening on a page. */
export interface ContentConfig {
  /** False when the CM switched Vigie off for this site. */
  active: boolean;
  workspaceId: string;
  watchlists: Pick<Watchlist, 'id' | 'name' | 'kind' | 'query' | 'enabled' | 'color'>[];
  /**
   * Watchlist queries and the risk lexicon, already parsed: the content script
   * builds its automaton from these and carries neither the parser nor the lexicon.
   */
  matcher: PreparedMatcher;
  /** The in-page reply palette: its shortcut and the approved templates it lists. */
  palette: { shortcut: string; templates: PaletteTemplate[] };
  /** Vigie's in-page strings in the CM's chosen language; absent: the browser's (lib/i18n/content.ts). */
  messages?: Record<string, { message: string }>;
}

/** What the palette needs to list a template; the background renders the chosen one. */
export interface PaletteTemplate {
  id: string;
  title: string;
  language: string;
  intent?: string;
  tags: string[];
}

export interface PaletteRendered {
  text: string;
  /** Fill-in fields (and variables without a value) still to ask the CM. */
  unfilled: string[];
  version: number;
}

/** What Vigie does on a tab's page. */
export interface SiteStatus {
  /** `dedicated`: a site Vigie knows; `on-demand`: any other web page; `unsupported`: not a web page. */
  mode: 'dedicated' | 'on-demand' | 'unsupported';
  siteId: string | null;
  origin: string | null;
  /** Vigie listens on this page. */
  enabled: boolean;
  /** On-demand: the CM turned Vigie on for the whole origin. */
  always: boolean;
}

/** A bad buzz saved at the gesture, and where its form opened. */
export interface CaptureResult {
  incidentId: string;
  screenshot: boolean;
  /** `page`: the form is in the page; `popup`: it waits in the popup; `none`: saved as is. */
  form: 'page' | 'popup' | 'none';
}

export type ImportResult =
  | { ok: true; summary: ImportSummary }
  | { ok: false; problems: BundleProblem[] };

/** What happened when Vigie put a reply in a page. */
export interface InsertResult {
  outcome: InsertOutcome;
  /** The logged interaction, when the text landed. */
  interactionId?: string;
}

export type RoleSwitchResult =
  | { ok: true; settings: Settings }
  | { ok: false; reason: 'wrong_passphrase' | 'passphrase_too_short' };

/** The senior's signing key as the pages show it (never the private key). */
export interface OwnKeyInfo {
  fingerprint: string;
  label: string;
  /** `vigie-key:…`: what the senior gives juniors to trust. */
  keyText: string;
  createdAt: number;
}

export type AddTrustedKeyResult =
  | { ok: true; key: KeyInfo }
  | { ok: false; reason: 'malformed_key' | 'own_key' }
  | { ok: false; reason: 'already_trusted'; key: KeyInfo };
/** Why a workspace change was refused (worded with `workspace_refused_<reason>`). */
export type WorkspaceRefusal =
  | 'not_found'
  | 'name_taken'
  | 'last_workspace'
  | 'confirmation_mismatch'
  | 'no_brand';

export type WorkspaceResult =
  | { ok: true; workspace: Workspace }
  | { ok: false; reason: WorkspaceRefusal };

export type WorkspaceSettingsResult =
  | { ok: true; settings: Settings }
  | { ok: false; reason: WorkspaceRefusal };

export type WorkspaceSetupResult =
  | { ok: true; workspace: Workspace; summary: SetupSummary }
  | { ok: false; reason: WorkspaceRefusal };

export interface MessageOutputs {
  'settings.get': Settings;
  'settings.update': Settings;
  'role.switch': RoleSwitchResult;
  'settings.senior': Settings;
  'reply.insert': InsertResult;
  'reply.copied': Interaction;
  'interactions.sent': Interaction | null;
  'interactions.recent': Interaction[];
  'incident.capture': CaptureResult;
  'incident.update': Incident;
  'incident.discard': boolean;
  'incidents.list': Incident[];
  'spikes.status': Spike[];
  'spikes.acknowledge': boolean;
  'incident.pending': IncidentFormPrefill | null;
  'incident.transition': Incident;
  'palette.render': PaletteRendered;
  'palette.inserted': { interactionId: string };
  'workspaces.list': Workspace[];
  'watchlists.list': Watchlist[];
  'templates.list': Template[];
  'bundle.import': ImportResult;
  'bundle.export': Bundle;
  'content.hello': ContentConfig;
  'mentions.seen': Mention[];
  'mentions.forTab': Mention[];
  'mentions.setStatus': Mention | null;
  'mentions.focus': boolean;
  'sites.status': SiteStatus;
  'sites.setDedicated': Settings;
  'sites.listenNow': boolean;
  'sites.setAlways': Settings;
  'packs.ownKey': OwnKeyInfo | null;
  'packs.export': Pack;
  'packs.trusted.list': KeyInfo[];
  'packs.trusted.add': AddTrustedKeyResult;
  'packs.trusted.remove': boolean;
  'packs.import': PackImportResult;
  'incident.get': IncidentDetail;
  'incident.attach': Incident;
  'incident.detach': Incident;
  'incident.comment': Incident;
  'incidents.report': CrisisReportData;
  'workspace.create': WorkspaceResult;
  'workspace.rename': WorkspaceResult;
  'workspace.counts': WorkspaceCounts;
  'workspace.delete': WorkspaceSettingsResult;
  'workspace.switch': WorkspaceSettingsResult;
  'workspace.setup': WorkspaceSetupResult;
  'watchlist.save': WatchlistSaveResult;
  'watchlist.delete': boolean;
  'template.save': TemplateSaveResult;
  'template.transition': TemplateTransitionResult;
  'template.history': TemplateHistory;
  'template.delete': TemplateDeleteResult;
  'reports.compute': { report: Report; timings: ReportTimings };
  'mentions.query': MentionPage;
  'interactions.query': InteractionPage;
  /** The ids whose star changed. */
  'mentions.mark': string[];
  'interactions.mark': string[];
  'mentions.answered': string[];
  'sla.check': { late: number };
}

/** Everything the incident screen shows of one incident. */
export interface IncidentDetail {
  incident: Incident;
  /** The screenshot taken at capture as a data URL; null when there is none. */
  screenshot: string | null;
  /** Attached mentions, in the order they were first seen. */
  linked: Mention[];
  /** Later mentions that look like the same affair, best first. */
  suggestions: { mention: Mention; reasons: LinkReason[] }[];
  holding: HoldingStatement[];
  watchlistNames: Record<string, string>;
}

/** Editors: a refused save says every problem with its field and position; nothing was written. */
export type WatchlistSaveResult =
  | { ok: true; watchlist: Watchlist }
  | { ok: false; errors: FieldIssue[] };

export type TemplateSaveResult =
  | { ok: true; template: Template; newVersion: boolean }
  | { ok: false; errors: FieldIssue[] };

/** `name_required`: approving records who approved, so the senior's name must be set. */
export type TemplateTransitionResult =
  | { ok: true; template: Template }
  | { ok: false; reason: 'name_required'; errors: FieldIssue[] }
  | { ok: false; reason: 'invalid'; errors: FieldIssue[] };

export interface TemplateHistory {
  template: Template;
  /** Newest first; the first is the current wording. */
  versions: TemplateVersion[];
}

/** Only drafts the log never used can go; the others are retired instead. */
export type TemplateDeleteResult = { ok: true } | { ok: false; reason: 'in_use' | 'not_draft' };

export type MessageOutput<T extends MessageType> = MessageOutputs[T];

/** The envelope on the wire. */
export interface Request<T extends MessageType = MessageType> {
  vigie: 1;
  type: T;
  payload: MessageInput<T>;
}

export type ErrorCode = 'bad_request' | 'forbidden' | 'unknown_message' | 'internal';

export interface MessageError {
  code: ErrorCode;
  message: string;
  /** For `bad_request`: each problem with its path in the payload. */
  issues?: { path: string; message: string }[];
}

export type Response<T extends MessageType = MessageType> =
  | { ok: true; data: MessageOutput<T> }
  | { ok: false; error: MessageError };

/** Pushed by the background to Vigie's pages and content scripts (no answer expected). */
export type Broadcast =
  | { vigie: 1; event: 'mentions.changed'; tabId: number }
  | { vigie: 1; event: 'config.changed' }
  | { vigie: 1; event: 'interactions.changed' }
  | { vigie: 1; event: 'incidents.changed' };
