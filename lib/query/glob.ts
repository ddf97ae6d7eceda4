/**
 * Wildcard match of a whole string (`*` any run, `?` one character), used on
 * short values such as field values and for lint checks. Iterative with one
 * backtrack point, so linear-ish and never a RegExp built from user input.
 */
export function globMatches(pattern: string, value: string): boolean {
  let p = 0;
  let v = 0;
  let starP = -1;
  let starV = 0;
  while (v < value.length) {
    const pc = pattern[p];
    if (pc === '*') {
      starP = p++;
      starV = v;
    } else if (pc !== undefined && (pc === '?' || pc === value[v])) {
      p++;
      v++;
    } else if (starP >= 0) {
      p = starP + 1;
      v = ++starV;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}
