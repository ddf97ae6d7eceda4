/** What the background asks of a tab's content script (no answer expected beyond ok). */
export type ContentCommand =
  | { vigie: 1; command: 'focus'; dedupeKey: string }
  | { vigie: 1; command: 'reload' };

export function isContentCommand(message: unknown): message is ContentCommand {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { vigie?: unknown }).vigie === 1 &&
    typeof (message as { command?: unknown }).command === 'string'
  );
}
