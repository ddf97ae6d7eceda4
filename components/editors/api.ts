import type {
  MessageInput,
  TemplateDeleteResult,
  TemplateHistory,
  TemplateSaveResult,
  TemplateTransitionResult,
  WatchlistSaveResult,
} from '@/lib/messages/protocol';
import type { Template, Watchlist } from '@/lib/store/schema';

type TemplateStatus = Template['status'];

/** What the editors ask of the background; the options page wires it to `send`. */
export interface EditorApi {
  listWatchlists(): Promise<Watchlist[]>;
  saveWatchlist(input: MessageInput<'watchlist.save'>): Promise<WatchlistSaveResult>;
  deleteWatchlist(id: string): Promise<boolean>;
  listTemplates(): Promise<Template[]>;
  saveTemplate(input: MessageInput<'template.save'>): Promise<TemplateSaveResult>;
  transition(id: string, to: TemplateStatus): Promise<TemplateTransitionResult>;
  history(id: string): Promise<TemplateHistory>;
  deleteTemplate(id: string): Promise<TemplateDeleteResult>;
  /** The active workspace's name, for `{brand}` in previews. */
  brand(): Promise<string>;
  /** Calls `listener` when the library changed elsewhere; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

/** A failed call's message for the CM. */
export function failureText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
