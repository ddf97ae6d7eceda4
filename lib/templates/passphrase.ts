/**
 * The passphrase that guards the switch to the senior role: PBKDF2-SHA-256
 * through WebCrypto (in the extension and in Node alike), salt and hash kept
 * as base64. Only the hash is stored, never the passphrase.
 */

/** OWASP's current figure for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 600_000;
/** Below this a new hash is refused (OWASP's older floor). */
export const MIN_PBKDF2_ITERATIONS = 210_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

export interface StoredPassphrase {
  /** base64 */
  salt: string;
  /** base64 */
  hash: string;
  /** Stored so a later, higher count still verifies old records. */
  iterations: number;
}

/**
 * Hashes `passphrase` with `salt` (base64), or with a fresh random salt.
 * NFC first, so an "é" typed with a dead key or pasted matches itself.
 */
export async function hashPassphrase(
  passphrase: string,
  salt?: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<StoredPassphrase> {
  if (passphrase === '') throw new RangeError('The passphrase is empty.');
  if (!Number.isInteger(iterations) || iterations < MIN_PBKDF2_ITERATIONS) {
    throw new RangeError(`PBKDF2 needs at least ${MIN_PBKDF2_ITERATIONS} iterations.`);
  }
  const saltBytes = salt === undefined ? randomBytes(SALT_BYTES) : fromBase64(salt);
  const hash = await derive(passphrase, saltBytes, iterations);
  return { salt: toBase64(saltBytes), hash: toBase64(hash), iterations };
}

/** False for a wrong passphrase and for a malformed record; never throws on bad input. */
export async function verifyPassphrase(
  passphrase: string,
  stored: Pick<StoredPassphrase, 'salt' | 'hash'> & { iterations?: number },
): Promise<boolean> {
  if (passphrase === '') return false;
  let salt: Uint8Array<ArrayBuffer>;
  let expected: Uint8Array<ArrayBuffer>;
  try {
    salt = fromBase64(stored.salt);
    expected = fromBase64(stored.hash);
  } catch {
    return false;
  }
  const iterations = stored.iterations ?? PBKDF2_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < 1) return false;
  return constantTimeEqual(await derive(passphrase, salt, iterations), expected);
}

async function derive(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/** Compares every byte whatever the first difference, so timing says nothing about the hash. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Throws on text that is not base64 (atob's DOMException). */
function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
