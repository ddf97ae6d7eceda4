/** What the background asks of a tab's content script (no answer expected beyond ok). */
export type ContentCommand =
  | { vigie: 1; command: 'focus'; dedupeKey: string }
  | { vigie: 1; command: 'reload' }
  /** Insert into the reply box of the mention (by dedupe key) or the last focused editable. */
  | { vigie: 1; command: 'insert'; text: string; dedupeKey?: string; interactionId: string };

export function isContentCommand(message: unknown): message is ContentCommand {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { vigie?: unknown }).vigie === 1 &&
    typeof (message as { command?: unknown }).command === 'string'
  );
}
