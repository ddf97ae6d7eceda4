/**
 * The `keys` store: the senior's own signing key (one, id `own`) and the
 * senior keys a junior trusts (id `trusted:<fingerprint>`).
 */
import type { StoredKey, VigieDB } from '../store/db';
import { fingerprintOf, generateSigningKey, type PublicJwk, publicJwkOf } from './keys';

export const OWN_KEY_ID = 'own';
const trustedId = (fingerprint: string) => `trusted:${fingerprint}`;

/** What the pages see of a key: never the private key. */
export interface KeyInfo {
  id: string;
  fingerprint: string;
  label: string;
  publicKey: PublicJwk;
  createdAt: number;
  imported: Record<string, number>;
}

export function keyInfo(key: StoredKey): KeyInfo {
  const publicKey = publicJwkOf(key.publicKey);
  if (!publicKey) throw new Error(`Stored key ${key.id} is not a P-256 public key`);
  return {
    id: key.id,
    fingerprint: key.fingerprint,
    label: key.label,
    publicKey,
    createdAt: key.createdAt,
    imported: key.imported ?? {},
  };
}

export async function getOwnKey(db: VigieDB): Promise<StoredKey | undefined> {
  return db.get('keys', OWN_KEY_ID);
}

/** The senior's key pair, made on first need. Two racing callers end up with the same one. */
export async function ensureOwnKey(
  db: VigieDB,
  label: string,
  now = Date.now(),
): Promise<StoredKey> {
  const existing = await getOwnKey(db);
  if (existing?.privateKey) return existing;
  const pair = await generateSigningKey();
  const record: StoredKey = {
    id: OWN_KEY_ID,
    role: 'own',
    fingerprint: await fingerprintOf(pair.publicKey),
    label,
    publicKey: pair.publicKey,
    privateKey: pair.privateKey,
    createdAt: now,
  };
  const tx = db.transaction('keys', 'readwrite');
  const current = await tx.store.get(OWN_KEY_ID);
  if (current?.privateKey) {
    await tx.done;
    return current;
  }
  await tx.store.put(record);
  await tx.done;
  return record;
}

export async function listTrustedKeys(db: VigieDB): Promise<StoredKey[]> {
  const keys = await db.getAllFromIndex('keys', 'byRole', 'trusted');
  return keys.sort((a, b) => a.label.localeCompare(b.label) || a.createdAt - b.createdAt);
}

export async function getTrustedKey(
  db: VigieDB,
  fingerprint: string,
): Promise<StoredKey | undefined> {
  return db.get('keys', trustedId(fingerprint));
}

export type AddTrustedResult =
  | { ok: true; key: StoredKey }
  | { ok: false; reason: 'already_trusted'; key: StoredKey };

export async function addTrustedKey(
  db: VigieDB,
  publicKey: PublicJwk,
  label: string,
  now = Date.now(),
): Promise<AddTrustedResult> {
  const fingerprint = await fingerprintOf(publicKey);
  const tx = db.transaction('keys', 'readwrite');
  const existing = await tx.store.get(trustedId(fingerprint));
  if (existing) {
    await tx.done;
    return { ok: false, reason: 'already_trusted', key: existing };
  }
  const key: StoredKey = {
    id: trustedId(fingerprint),
    role: 'trusted',
    fingerprint,
    label,
    publicKey,
    createdAt: now,
  };
  await tx.store.put(key);
  await tx.done;
  return { ok: true, key };
}

/** Forgets a trusted key (never the own key); false when there was none. */
export async function removeTrustedKey(db: VigieDB, id: string): Promise<boolean> {
  const tx = db.transaction('keys', 'readwrite');
  const existing = await tx.store.get(id);
  if (existing?.role !== 'trusted') {
    await tx.done;
    return false;
  }
  await tx.store.delete(id);
  await tx.done;
  return true;
}
