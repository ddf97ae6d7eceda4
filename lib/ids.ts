/** A new random id for records Vigie creates itself (mentions, interactions, incidents). */
export function newId(): string {
  return crypto.randomUUID();
}
