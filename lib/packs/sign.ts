/**
 * Signing and checking a pack: ECDSA P-256 with SHA-256 over the UTF-8 bytes
 * of the canonical JSON of the pack without its `signature` member. The
 * signature is WebCrypto's raw r ‖ s (64 bytes), in base64.
 */
import { canonicalBytes } from './canonical';
import { fromBase64, toBase64 } from './encoding';
import type { Pack, PackPayload } from './format';
import { fingerprintOf, importPublicKey, type PublicJwk, SIGNATURE_ALGORITHM } from './keys';

/** The signed part of a pack as received: every member but `signature`, untouched. */
export function signedPart(pack: Record<string, unknown>): Record<string, unknown> {
  const { signature: _signature, ...payload } = pack;
  return payload;
}

export async function signPayload(payload: PackPayload, privateKey: CryptoKey): Promise<Pack> {
  const signature = await globalThis.crypto.subtle.sign(
    SIGNATURE_ALGORITHM,
    privateKey,
    canonicalBytes(payload),
  );
  return { ...payload, signature: toBase64(new Uint8Array(signature)) };
}

/**
 * True when `signature` is `publicKey`'s signature of `payload` (the raw JSON
 * as received, so nothing a parser adds or drops changes what is checked).
 * Never throws: a malformed key or signature is simply not a valid signature.
 */
export async function verifyPayload(
  payload: Record<string, unknown>,
  signature: string,
  publicKey: PublicJwk,
): Promise<boolean> {
  try {
    return await globalThis.crypto.subtle.verify(
      SIGNATURE_ALGORITHM,
      await importPublicKey(publicKey),
      fromBase64(signature),
      canonicalBytes(payload),
    );
  } catch {
    return false;
  }
}

/**
 * Checks a pack's own claims: its signer's fingerprint is that of its public
 * key, and the signature holds for that key. Whether the key is trusted is
 * the importer's question.
 */
export async function verifyPack(raw: Record<string, unknown>, pack: Pack): Promise<boolean> {
  let fingerprint: string;
  try {
    fingerprint = await fingerprintOf(pack.signer.publicKey);
  } catch {
    return false;
  }
  if (fingerprint !== pack.signer.fingerprint) return false;
  return verifyPayload(signedPart(raw), pack.signature, pack.signer.publicKey);
}
