import type { Occurrence } from './post';

/**
 * Positional operators over occurrences sorted by `tokStart`. Distances count
 * tokens (word runs and emoji): `NEAR/n` and `"…"~n` allow at most n other
 * tokens between the matched ones; occurrences used together never overlap.
 */

/** First index in `list` whose tokStart is ≥ `token`. */
function lowerBound(list: readonly Occurrence[], token: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.tokStart < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function overlaps(a: Occurrence, b: Occurrence): boolean {
  return a.tokStart <= b.tokEnd && b.tokStart <= a.tokEnd;
}

function maxTokenLength(list: readonly Occurrence[]): number {
  let max = 1;
  for (const occ of list) max = Math.max(max, occ.tokEnd - occ.tokStart + 1);
  return max;
}

/** Occurrences of the exact phrase whose words have the occurrence lists `words`. */
export function phraseOccurrences(words: readonly Occurrence[][], label: string): Occurrence[] {
  const found: Occurrence[] = [];
  const extend = (index: number, first: Occurrence, previous: Occurrence) => {
    if (index === words.length) {
      found.push({
        start: first.start,
        end: previous.end,
        tokStart: first.tokStart,
        tokEnd: previous.tokEnd,
        label,
      });
      return;
    }
    const list = words[index]!;
    const wanted = previous.tokEnd + 1;
    for (let j = lowerBound(list, wanted); j < list.length && list[j]!.tokStart === wanted; j++) {
      extend(index + 1, first, list[j]!);
    }
  };
  for (const first of words[0] ?? []) extend(1, first, first);
  return found;
}

/** Members of `left` and `right` that take part in at least one pair within `distance`. */
export function nearMembers(
  left: readonly Occurrence[],
  right: readonly Occurrence[],
  distance: number,
  ordered: boolean,
): Occurrence[] {
  const usedLeft = new Uint8Array(left.length);
  const usedRight = new Uint8Array(right.length);
  const rightSpan = maxTokenLength(right);
  left.forEach((a, i) => {
    const from = ordered ? a.tokEnd + 1 : a.tokStart - 1 - distance - (rightSpan - 1);
    const to = a.tokEnd + 1 + distance;
    for (let j = lowerBound(right, from); j < right.length && right[j]!.tokStart <= to; j++) {
      const b = right[j]!;
      let gap: number;
      if (b.tokStart > a.tokEnd) gap = b.tokStart - a.tokEnd - 1;
      else if (!ordered && b.tokEnd < a.tokStart) gap = a.tokStart - b.tokEnd - 1;
      else continue;
      if (gap <= distance) {
        usedLeft[i] = 1;
        usedRight[j] = 1;
      }
    }
  });
  return [
    ...left.filter((_, i) => usedLeft[i] === 1),
    ...right.filter((_, j) => usedRight[j] === 1),
  ];
}

/** Upper bound on search steps for one `"…"~n` in one post (adversarial posts stay cheap). */
export const PROXIMITY_STEP_BUDGET = 50_000;

/**
 * `"w1 … wk"~n`: members of every choice of one occurrence per word, pairwise
 * non-overlapping, where the tokens of the window not covered by the chosen
 * occurrences number at most `slop`.
 */
export function proximityMembers(words: readonly Occurrence[][], slop: number): Occurrence[] {
  if (words.some((list) => list.length === 0)) return [];
  const k = words.length;
  const maxLength = words.map(maxTokenLength);
  const totalMax = maxLength.reduce((sum, length) => sum + length, 0);
  const used = words.map((list) => new Uint8Array(list.length));
  const chosenIndex = new Int32Array(k);
  const chosen: (Occurrence | null)[] = new Array(k).fill(null);
  let steps = 0;

  const search = (
    remaining: number[],
    lo: number,
    hi: number,
    covered: number,
    window: [number, number],
  ): boolean => {
    if (remaining.length === 0) return true;
    const [word, ...rest] = remaining as [number, ...number[]];
    const list = words[word]!;
    const restMax = rest.reduce((sum, w) => sum + maxLength[w]!, 0);
    for (
      let j = lowerBound(list, window[0]);
      j < list.length && list[j]!.tokStart <= window[1];
      j++
    ) {
      if (++steps > PROXIMITY_STEP_BUDGET) return false;
      const occ = list[j]!;
      if (chosen.some((other) => other !== null && overlaps(other, occ))) continue;
      const newLo = Math.min(lo, occ.tokStart);
      const newHi = Math.max(hi, occ.tokEnd);
      const newCovered = covered + occ.tokEnd - occ.tokStart + 1;
      if (newHi - newLo + 1 - newCovered - restMax > slop) continue;
      chosen[word] = occ;
      chosenIndex[word] = j;
      if (search(rest, newLo, newHi, newCovered, window)) return true;
      chosen[word] = null;
    }
    return false;
  };

  for (let anchor = 0; anchor < k; anchor++) {
    const others = [...Array(k).keys()].filter((w) => w !== anchor);
    words[anchor]!.forEach((occ, index) => {
      if (used[anchor]![index] || steps > PROXIMITY_STEP_BUDGET) return;
      chosen.fill(null);
      chosen[anchor] = occ;
      chosenIndex[anchor] = index;
      const reach = slop + totalMax;
      const window: [number, number] = [occ.tokStart - reach, occ.tokEnd + reach];
      const covered = occ.tokEnd - occ.tokStart + 1;
      if (search(others, occ.tokStart, occ.tokEnd, covered, window)) {
        for (let w = 0; w < k; w++) used[w]![chosenIndex[w]!] = 1;
      }
    });
  }
  return words.flatMap((list, w) => list.filter((_, i) => used[w]![i] === 1));
}
