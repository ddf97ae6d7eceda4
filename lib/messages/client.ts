/** Sends a typed message to the background and unwraps its answer. */
import { browser } from 'wxt/browser';
import type {
  MessageError,
  MessageInput,
  MessageOutput,
  MessageType,
  Request,
  Response,
} from './protocol';

export class VigieMessageError extends Error {
  constructor(readonly error: MessageError) {
    super(`${error.code}: ${error.message}`);
    this.name = 'VigieMessageError';
  }
}

export async function send<T extends MessageType>(
  type: T,
  payload: MessageInput<T>,
): Promise<MessageOutput<T>> {
  const request: Request<T> = { vigie: 1, type, payload };
  const response = (await browser.runtime.sendMessage(request)) as Response<T> | undefined;
  if (!response) {
    throw new VigieMessageError({ code: 'internal', message: 'No answer from the background' });
  }
  if (!response.ok) throw new VigieMessageError(response.error);
  return response.data;
}
