/**
 * The canonical JSON of a value: the exact bytes a pack's signature covers.
 * Object keys sorted by UTF-16 code units, no whitespace, numbers and strings
 * as ECMAScript's JSON.stringify writes them — for the values packs hold
 * (strings, integers, booleans, arrays, plain objects) this is RFC 8785 (JCS).
 * Two machines serializing the same pack get the same bytes, whatever order
 * the keys were written in.
 */

export class CanonicalError extends Error {
  override name = 'CanonicalError';
}

function write(value: unknown, path: string, out: string[]): void {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    out.push(JSON.stringify(value));
    return;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new CanonicalError(`${path}: not a finite number`);
    out.push(JSON.stringify(value));
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, index) => {
      if (index > 0) out.push(',');
      // JSON.stringify writes a hole or undefined in an array as null; so do we.
      write(item === undefined ? null : item, `${path}[${index}]`, out);
    });
    out.push(']');
    return;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value as Record<string, unknown>)
      // An absent optional field and one set to undefined sign the same.
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    out.push('{');
    entries.forEach(([key, item], index) => {
      if (index > 0) out.push(',');
      out.push(JSON.stringify(key), ':');
      write(item, `${path}.${key}`, out);
    });
    out.push('}');
    return;
  }
  throw new CanonicalError(`${path}: ${typeof value} cannot be signed`);
}

/** The canonical JSON text of `value`; throws a CanonicalError on what JSON cannot hold. */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  write(value, '$', out);
  return out.join('');
}

/** The canonical JSON as UTF-8 bytes. */
export function canonicalBytes(value: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(value));
}
