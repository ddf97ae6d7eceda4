import { readFileSync } from 'node:fs';
import { importBundle } from '@/lib/bundle/transfer';
import { readBundle } from '@/lib/bundle/validate';
import { exportPack } from '@/lib/packs/export';
import type { Pack } from '@/lib/packs/format';
import { addTrustedKey, ensureOwnKey } from '@/lib/packs/keystore';
import type { VigieDB } from '@/lib/store/db';
import {
  DEFAULT_WORKSPACE_ID,
  type Incident,
  type Interaction,
  type Mention,
} from '@/lib/store/schema';

import { freshDb } from '../store/helpers';

const acme = readFileSync('tests/fixtures/bundles/acme.json', 'utf8');

/** A senior's workspace: the Acme bundle (four approved templates, one pending, three watchlists). */
export async function seedAcme(db: VigieDB, now = 1_700_000_000_000): Promise<void> {
  const read = readBundle(acme);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  await importBundle(db, DEFAULT_WORKSPACE_ID, read.bundle, now);
}

/** A junior's own work, which no pack may touch. */
export async function seedJuniorWork(db: VigieDB): Promise<void> {
  const at = 1_700_000_000_000;
  const mention: Mention = {
    id: 'm1',
    workspaceId: DEFAULT_WORKSPACE_ID,
    dedupeKey: 'https://x.com/a/status/1',
    url: 'https://x.com/a/status/1',
    network: 'x',
    kind: 'post',
    author: { handle: '@a' },
    text: 'Acme Air a perdu ma valise',
    engagement: {},
    watchlistIds: ['w-acme'],
    terms: ['Acme Air'],
    risk: { level: 'medium', score: 0.5, categories: [] },
    status: 'replied',
    firstSeenAt: at,
    lastSeenAt: at,
  };
  const interaction: Interaction = {
    id: 'i1',
    workspaceId: DEFAULT_WORKSPACE_ID,
    mentionId: 'm1',
    templateId: 't-merci',
    templateVersion: 1,
    network: 'x',
    url: 'https://x.com/a/status/1',
    text: 'Merci @a pour votre message',
    status: 'sent',
    createdAt: at,
  };
  const incident: Incident = {
    id: 'inc1',
    workspaceId: DEFAULT_WORKSPACE_ID,
    title: 'Valises perdues',
    category: 'viral-complaint',
    severity: 3,
    status: 'open',
    url: 'https://x.com/a/status/1',
    notes: '',
    mentionIds: ['m1'],
    timeline: [{ at, status: 'open', by: 'junior', comment: '' }],
    createdAt: at,
    updatedAt: at,
  };
  const tx = db.transaction(['mentions', 'interactions', 'incidents', 'blobs'], 'readwrite');
  await tx.objectStore('mentions').put(mention);
  await tx.objectStore('interactions').put(interaction);
  await tx.objectStore('incidents').put(incident);
  await tx.objectStore('blobs').put({
    id: 'b1',
    workspaceId: DEFAULT_WORKSPACE_ID,
    type: 'image/png',
    blob: new Blob(['png']),
    createdAt: at,
  });
  await tx.done;
}

/** Everything a pack must never change, as comparable JSON. */
export async function untouchable(db: VigieDB): Promise<string> {
  const [mentions, interactions, incidents, blobs, settings] = await Promise.all([
    db.getAll('mentions'),
    db.getAll('interactions'),
    db.getAll('incidents'),
    db.getAll('blobs'),
    db.getAll('settings'),
  ]);
  const blobIds = blobs.map((b) => [b.id, b.workspaceId, b.type, b.createdAt]);
  return JSON.stringify({ mentions, interactions, incidents, blobIds, settings });
}

/** Everything an import may change, as comparable JSON. */
export async function library(db: VigieDB): Promise<string> {
  const [workspaces, watchlists, templates, versions, keys] = await Promise.all([
    db.getAll('workspaces'),
    db.getAll('watchlists'),
    db.getAll('templates'),
    db.getAll('templateVersions'),
    db.getAll('keys'),
  ]);
  const keyState = keys.map((k) => [k.id, k.fingerprint, k.label, k.imported]);
  return JSON.stringify({ workspaces, watchlists, templates, versions, keyState });
}

export const T0 = 1_700_000_000_000;

/** A senior with the Acme workspace and a signing key. */
export async function senior(): Promise<VigieDB> {
  const db = await freshDb();
  await seedAcme(db, T0);
  await ensureOwnKey(db, 'Claire (senior)', T0);
  return db;
}

export async function packOf(db: VigieDB, now: number): Promise<Pack> {
  const own = await ensureOwnKey(db, 'Claire (senior)');
  return exportPack(db, own, DEFAULT_WORKSPACE_ID, now);
}

/** A junior who trusts the key that signed `pack`. */
export async function juniorTrusting(pack: Pack): Promise<VigieDB> {
  const db = await freshDb();
  await addTrustedKey(db, pack.signer.publicKey, 'Claire', T0);
  return db;
}

export const text = (pack: unknown) => JSON.stringify(pack, null, 2);

export async function template(db: VigieDB, id: string) {
  return db.get('templates', [DEFAULT_WORKSPACE_ID, id]);
}
