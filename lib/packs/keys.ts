/**
 * The senior's signing key: ECDSA P-256 through WebCrypto. The private key is
 * made non-extractable and kept as a CryptoKey in IndexedDB (it never exists
 * as bytes Vigie could leak); the public key travels as a JWK, and people
 * compare it by its fingerprint.
 */
import { canonicalJson } from './canonical';
import { fromBase64Url, toBase64Url, toHex } from './encoding';

export const SIGNING_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const SIGNATURE_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;
/** What a junior pastes to trust a senior: this prefix, then the base64url JWK. */
export const KEY_TEXT_PREFIX = 'vigie-key:';

/** The public half as packs and key texts carry it: exactly these four members. */
export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

export interface SigningKeyPair {
  privateKey: CryptoKey;
  publicKey: PublicJwk;
}

const subtle = () => globalThis.crypto.subtle;

/** The members that define an EC public key, nothing else (no `d`, `ext`, `key_ops`). */
export function publicJwkOf(jwk: JsonWebKey): PublicJwk | null {
  const { kty, crv, x, y } = jwk;
  if (kty !== 'EC' || crv !== 'P-256' || typeof x !== 'string' || typeof y !== 'string') {
    return null;
  }
  // A P-256 coordinate is 32 bytes: 43 base64url characters.
  if (!/^[A-Za-z0-9_-]{43}$/.test(x) || !/^[A-Za-z0-9_-]{43}$/.test(y)) return null;
  return { kty, crv, x, y };
}

/** A new key pair; the private key cannot be exported, by anyone. */
export async function generateSigningKey(): Promise<SigningKeyPair> {
  const pair = await subtle().generateKey(SIGNING_ALGORITHM, false, ['sign', 'verify']);
  const jwk = publicJwkOf(await subtle().exportKey('jwk', pair.publicKey));
  if (!jwk) throw new Error('WebCrypto returned an unexpected public key');
  return { privateKey: pair.privateKey, publicKey: jwk };
}

/** Imports a public key for verifying; rejects points off the curve. */
export async function importPublicKey(jwk: PublicJwk): Promise<CryptoKey> {
  return subtle().importKey('jwk', jwk, SIGNING_ALGORITHM, true, ['verify']);
}

/** First 16 hex characters (64 bits) of the SHA-256 of the key's SPKI (DER). */
export async function fingerprintOf(jwk: PublicJwk): Promise<string> {
  const spki = await subtle().exportKey('spki', await importPublicKey(jwk));
  const digest = new Uint8Array(await subtle().digest('SHA-256', spki));
  return toHex(digest.subarray(0, 8));
}

/** `ab12cd34ef567890` → `ab12 cd34 ef56 7890`, for reading aloud and comparing. */
export function formatFingerprint(fingerprint: string): string {
  return fingerprint.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The text a senior gives juniors: `vigie-key:` and the canonical JWK in base64url. */
export function encodeKeyText(jwk: PublicJwk): string {
  return KEY_TEXT_PREFIX + toBase64Url(new TextEncoder().encode(canonicalJson(jwk)));
}

/** The public key in a key text, or null for anything else (whitespace around it is fine). */
export async function decodeKeyText(text: string): Promise<PublicJwk | null> {
  const trimmed = text.replace(/\s+/g, '');
  if (!trimmed.startsWith(KEY_TEXT_PREFIX)) return null;
  try {
    const json: unknown = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(
        fromBase64Url(trimmed.slice(KEY_TEXT_PREFIX.length)),
      ),
    );
    if (typeof json !== 'object' || json === null) return null;
    const jwk = publicJwkOf(json as JsonWebKey);
    if (!jwk) return null;
    // Throws when the point is not on the curve.
    await importPublicKey(jwk);
    return jwk;
  } catch {
    return null;
  }
}

export function sameKey(a: PublicJwk, b: JsonWebKey): boolean {
  return a.x === b.x && a.y === b.y && a.crv === b.crv && a.kty === b.kty;
}
