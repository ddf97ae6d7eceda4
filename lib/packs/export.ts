/**
 * Builds and signs the approved pack of a workspace: its watchlists, its
 * approved templates in full and its retired ones as tombstones. Drafts and
 * pending wording stay on the senior's machine.
 */
import type { StoredKey, VigieDB } from '../store/db';
import type { Template, Watchlist } from '../store/schema';
import {
  PACK_FORMAT,
  PACK_VERSION,
  type Pack,
  type PackPayload,
  type PackTemplate,
} from './format';
import { publicJwkOf } from './keys';
import { OWN_KEY_ID } from './keystore';
import { signPayload } from './sign';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function packTemplate(t: Template): PackTemplate | null {
  if (t.status === 'retired') return { id: t.id, status: 'retired', version: t.version };
  if (t.status !== 'approved') return null;
  return {
    id: t.id,
    title: t.title,
    body: t.body,
    language: t.language,
    status: 'approved',
    tags: t.tags,
    ...(t.intent ? { intent: t.intent } : {}),
    ...(t.variants && Object.keys(t.variants).length > 0 ? { variants: t.variants } : {}),
    version: t.version,
    ...(t.approvedBy ? { approvedBy: t.approvedBy } : {}),
    ...(t.approvedAt !== undefined ? { approvedAt: new Date(t.approvedAt).toISOString() } : {}),
  };
}

function packWatchlist(w: Watchlist): PackPayload['watchlists'][number] {
  return {
    id: w.id,
    name: w.name,
    kind: w.kind,
    query: w.query,
    enabled: w.enabled,
    ...(w.color ? { color: w.color } : {}),
  };
}

/**
 * The next packVersion: the time of export in milliseconds, or one more than
 * the last one when the clock went back, so a junior never sees a newer pack
 * as already imported.
 */
export function nextPackVersion(last: number | undefined, now: number): number {
  return Math.max(now, (last ?? 0) + 1);
}

/** Signs the workspace's pack with `own` (which must hold its private key) and records its packVersion. */
export async function exportPack(
  db: VigieDB,
  own: StoredKey,
  workspaceId: string,
  now = Date.now(),
): Promise<Pack> {
  const publicKey = publicJwkOf(own.publicKey);
  if (!own.privateKey || !publicKey) throw new Error('No signing key on this machine');
  const read = db.transaction(['workspaces', 'watchlists', 'templates', 'keys'], 'readonly');
  const workspace = await read.objectStore('workspaces').get(workspaceId);
  const watchlists = await read.objectStore('watchlists').index('byWorkspace').getAll(workspaceId);
  const templates = await read.objectStore('templates').index('byWorkspace').getAll(workspaceId);
  const last = (await read.objectStore('keys').get(OWN_KEY_ID))?.exported?.[workspaceId];
  await read.done;
  if (!workspace) throw new Error(`No workspace ${workspaceId}`);

  const payload: PackPayload = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    workspace: { id: workspace.id, name: workspace.name },
    packVersion: nextPackVersion(last, now),
    issuedAt: new Date(now).toISOString(),
    signer: { fingerprint: own.fingerprint, publicKey, label: own.label },
    watchlists: watchlists.sort(byId).map(packWatchlist),
    templates: templates
      .sort(byId)
      .map(packTemplate)
      .filter((t) => t !== null),
  };
  const pack = await signPayload(payload, own.privateKey);

  // Remember the version so the next export is newer, even within the same millisecond.
  const write = db.transaction('keys', 'readwrite');
  const current = await write.store.get(OWN_KEY_ID);
  if (current) {
    const exported = { ...current.exported, [workspaceId]: payload.packVersion };
    await write.store.put({ ...current, exported });
  }
  await write.done;
  return pack;
}
