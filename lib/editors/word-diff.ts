import { diffWords } from 'diff';

export interface DiffPart {
  value: string;
  kind: 'same' | 'added' | 'removed';
}

/** Word-level changes from `before` to `after`, as a senior reads a redline. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    value: change.value,
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }));
}

/** True when the diff holds any change. */
export const hasChanges = (parts: readonly DiffPart[]): boolean =>
  parts.some((part) => part.kind !== 'same');
