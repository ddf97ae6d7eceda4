/**
 * The background's gate: every message is checked for its sender and parsed
 * with its schema before a handler sees it. Whatever arrives — foreign,
 * malformed, unknown, or a handler that throws — the answer is a typed
 * Response, never an exception.
 */
import type { z } from 'zod';
import { ForbiddenError } from './errors';
import type { MessageOutput, MessageType, Response } from './protocol';
import { allowedCallers, type Caller, inputSchemas } from './schemas';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface CallContext {
  caller: Caller;
  /** The tab a content script runs in. */
  tabId?: number;
  /** The URL of the sending page or frame. */
  url?: string;
}

export type Handlers = {
  [T in MessageType]: (
    payload: z.output<(typeof inputSchemas)[T]>,
    context: CallContext,
  ) => Promise<MessageOutput<T>>;
};

/** Who sent this: Vigie's own pages, a Vigie content script, or nobody we answer. */
export function callerOf(sender: SenderInfo, ownId: string, ownOrigin: string): Caller | null {
  if (sender.id !== ownId) return null;
  if (sender.url?.startsWith(ownOrigin)) return 'ui';
  if (sender.tab) return 'content';
  return null;
}

function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(inputSchemas, type);
}

export async function route(
  raw: unknown,
  sender: SenderInfo,
  handlers: Handlers,
  own: { id: string; origin: string },
): Promise<Response> {
  const caller = callerOf(sender, own.id, own.origin);
  if (!caller) return { ok: false, error: { code: 'forbidden', message: 'Unknown sender' } };
  if (typeof raw !== 'object' || raw === null || (raw as { vigie?: unknown }).vigie !== 1) {
    return { ok: false, error: { code: 'bad_request', message: 'Not a Vigie message' } };
  }
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (!isMessageType(type)) {
    return {
      ok: false,
      error: { code: 'unknown_message', message: `Unknown type ${String(type)}` },
    };
  }
  if (!allowedCallers[type].includes(caller)) {
    return {
      ok: false,
      error: { code: 'forbidden', message: `${type} cannot be called from a ${caller} context` },
    };
  }
  const parsed = inputSchemas[type].safeParse(payload ?? null);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'bad_request',
        message: `Invalid payload for ${type}`,
        issues: parsed.error.issues.map((issue) => ({
          path: issue.path.map(String).join('.'),
          message: issue.message,
        })),
      },
    };
  }
  const context: CallContext = { caller, tabId: sender.tab?.id, url: sender.url };
  try {
    // The schema lookup above and the handler share `type`: the payload fits.
    const handler = handlers[type] as (payload: unknown, context: CallContext) => Promise<unknown>;
    return { ok: true, data: await handler(parsed.data, context) } as Response;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { code: error instanceof ForbiddenError ? 'forbidden' : 'internal', message },
    };
  }
}
