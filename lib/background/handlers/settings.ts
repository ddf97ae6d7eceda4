/** Settings, the CM's role and the workspaces. */
import { ForbiddenError } from '../../messages/errors';
import { ensureOwnKey } from '../../packs/keystore';
import { getSettings, updateSettings } from '../../store/repos/settings';
import { listWorkspaces } from '../../store/repos/workspaces';
import { type BackgroundDeps, configChanged, type HandlerGroup } from './context';
import { ownKeyLabel } from './packs';

const MIN_PASSPHRASE = 8;

export function settingsHandlers(
  deps: BackgroundDeps,
): HandlerGroup<
  'settings.get' | 'settings.update' | 'role.switch' | 'settings.senior' | 'workspaces.list'
> {
  return {
    'settings.get': async () => getSettings(await deps.db()),
    'settings.update': async (patch) => {
      const settings = await updateSettings(await deps.db(), patch);
      configChanged();
      return settings;
    },
    'role.switch': async ({ role, passphrase }) => {
      const db = await deps.db();
      const current = await getSettings(db);
      if (role === 'junior') {
        return { ok: true, settings: await updateSettings(db, { role }) };
      }
      const given = passphrase ?? '';
      if (!deps.passphrase) throw new Error('No passphrase checker configured');
      if (!current.seniorPassphrase) {
        // First use: this passphrase becomes the one that guards the senior role.
        if (given.length < MIN_PASSPHRASE) return { ok: false, reason: 'passphrase_too_short' };
        const seniorPassphrase = await deps.passphrase.hash(given);
        const settings = await updateSettings(db, { role, seniorPassphrase });
        // Senior setup: the key that signs approved packs is made now.
        await ensureOwnKey(db, await ownKeyLabel(db));
        return { ok: true, settings };
      }
      if (!(await deps.passphrase.verify(given, current.seniorPassphrase))) {
        return { ok: false, reason: 'wrong_passphrase' };
      }
      return { ok: true, settings: await updateSettings(db, { role }) };
    },
    'settings.senior': async (patch) => {
      const db = await deps.db();
      if ((await getSettings(db)).role !== 'senior')
        throw new ForbiddenError('Senior role required');
      return updateSettings(db, patch);
    },
    'workspaces.list': async () => listWorkspaces(await deps.db()),
  };
}
