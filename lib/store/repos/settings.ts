import { SETTINGS_KEY, type VigieDB } from '../db';
import { defaultSettings, type Settings, settingsSchema } from '../schema';

export async function getSettings(db: VigieDB): Promise<Settings> {
  const stored = await db.get('settings', SETTINGS_KEY);
  // Fields added after a record was written take their defaults.
  return settingsSchema.parse({ ...defaultSettings(), ...stored });
}

/** Applies `patch` to the stored settings in one transaction and returns the result. */
export async function updateSettings(db: VigieDB, patch: Partial<Settings>): Promise<Settings> {
  const tx = db.transaction('settings', 'readwrite');
  const current = settingsSchema.parse({
    ...defaultSettings(),
    ...(await tx.store.get(SETTINGS_KEY)),
  });
  const next = settingsSchema.parse({ ...current, ...patch });
  await tx.store.put(next, SETTINGS_KEY);
  await tx.done;
  return next;
}
