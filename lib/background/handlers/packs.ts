/** Approved packs: the senior's signing key and export, the junior's trusted keys and import. */
import { ForbiddenError } from '../../messages/errors';
import type { OwnKeyInfo } from '../../messages/protocol';
import { exportPack } from '../../packs/export';
import { importPack } from '../../packs/import';
import { decodeKeyText, encodeKeyText, publicJwkOf } from '../../packs/keys';
import {
  addTrustedKey,
  ensureOwnKey,
  getOwnKey,
  keyInfo,
  listTrustedKeys,
  removeTrustedKey,
} from '../../packs/keystore';
import type { StoredKey, VigieDB } from '../../store/db';
import { getSettings } from '../../store/repos/settings';
import { type BackgroundDeps, configChanged, type HandlerGroup } from './context';

/** The label a new own key carries: the senior's name, as juniors will see it in packs. */
export async function ownKeyLabel(db: VigieDB): Promise<string> {
  return (await getSettings(db)).agentName.trim() || 'Senior';
}

function ownKeyInfo(key: StoredKey): OwnKeyInfo {
  const publicKey = publicJwkOf(key.publicKey);
  if (!publicKey) throw new Error('The signing key on this machine is not a P-256 key');
  return {
    fingerprint: key.fingerprint,
    label: key.label,
    keyText: encodeKeyText(publicKey),
    createdAt: key.createdAt,
  };
}

export function packHandlers(
  deps: BackgroundDeps,
): HandlerGroup<
  | 'packs.ownKey'
  | 'packs.export'
  | 'packs.trusted.list'
  | 'packs.trusted.add'
  | 'packs.trusted.remove'
  | 'packs.import'
> {
  return {
    'packs.ownKey': async () => {
      const db = await deps.db();
      const settings = await getSettings(db);
      // Seniors who set their passphrase before keys existed get theirs now.
      if (settings.role === 'senior')
        return ownKeyInfo(await ensureOwnKey(db, await ownKeyLabel(db)));
      const existing = await getOwnKey(db);
      return existing ? ownKeyInfo(existing) : null;
    },
    'packs.export': async () => {
      const db = await deps.db();
      const settings = await getSettings(db);
      if (settings.role !== 'senior') throw new ForbiddenError('Senior role required');
      const own = await ensureOwnKey(db, await ownKeyLabel(db));
      return exportPack(db, own, settings.activeWorkspaceId);
    },
    'packs.trusted.list': async () => (await listTrustedKeys(await deps.db())).map(keyInfo),
    'packs.trusted.add': async ({ text, label }) => {
      const publicKey = await decodeKeyText(text);
      if (!publicKey) return { ok: false, reason: 'malformed_key' };
      const db = await deps.db();
      const own = await getOwnKey(db);
      if (own && own.publicKey.x === publicKey.x && own.publicKey.y === publicKey.y) {
        return { ok: false, reason: 'own_key' };
      }
      const added = await addTrustedKey(db, publicKey, label.trim() || 'Senior');
      return added.ok
        ? { ok: true, key: keyInfo(added.key) }
        : { ok: false, reason: added.reason, key: keyInfo(added.key) };
    },
    'packs.trusted.remove': async ({ id }) => removeTrustedKey(await deps.db(), id),
    'packs.import': async ({ text }) => {
      const result = await importPack(await deps.db(), text, {
        checkQuery: deps.checkQuery,
        checkTemplate: deps.checkTemplate,
      });
      if (result.ok && result.status === 'imported') configChanged();
      return result;
    },
  };
}
