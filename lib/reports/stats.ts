/** Order statistics on durations, sorted in place (typed arrays sort numerically and fast). */

/** The middle value; the mean of the two middle values when the count is even. Null when empty. */
export function median(sorted: ArrayLike<number>): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const half = n >> 1;
  if (n % 2 === 1) return sorted[half] ?? null;
  return ((sorted[half - 1] ?? 0) + (sorted[half] ?? 0)) / 2;
}

/**
 * Nearest-rank percentile: the smallest value with at least `p` % of the values
 * at or below it (p90 of 10 values is the 9th). A real observed duration, never
 * an interpolation, so "90 % of replies within X" holds exactly.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * n));
  return sorted[Math.min(rank, n) - 1] ?? null;
}

/** A growable Float64Array: no boxed numbers, one sort at the end. */
export class NumberList {
  private values = new Float64Array(16);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  /** The values sorted ascending (a view: valid until the next push). */
  sorted(): Float64Array {
    return this.values.subarray(0, this.length).sort();
  }
}
