import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers/index';
import type { CallContext } from '@/lib/messages/router';
import { hashPassphrase, verifyPassphrase } from '@/lib/templates/passphrase';
import { freshDb } from '../store/helpers';
import { seedAcme } from './helpers';

const ui: CallContext = { caller: 'ui' };

// An import tells open tabs to reload their watchlists; there are none here.
beforeEach(() => {
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
});

async function setup() {
  const db = await freshDb();
  const handlers = createHandlers({
    db: async () => db,
    passphrase: { hash: (p) => hashPassphrase(p, undefined, 210_000), verify: verifyPassphrase },
  });
  return { db, handlers };
}

describe('pack messages', () => {
  it('makes the signing key at senior setup, and only a senior exports', async () => {
    const { db, handlers } = await setup();
    await seedAcme(db);
    expect(await handlers['packs.ownKey'](null, ui)).toBeNull();
    await expect(handlers['packs.export'](null, ui)).rejects.toThrow('Senior role required');

    await handlers['settings.update']({ agentName: 'Claire' }, ui);
    await handlers['role.switch']({ role: 'senior', passphrase: 'cabine pressurisée' }, ui);
    const stored = await db.get('keys', 'own');
    expect(stored).toMatchObject({ role: 'own', label: 'Claire' });
    expect(stored?.privateKey?.extractable).toBe(false);
    const own = await handlers['packs.ownKey'](null, ui);
    expect(own).toMatchObject({ fingerprint: stored?.fingerprint, label: 'Claire' });
    expect(own?.keyText).toMatch(/^vigie-key:/);
    expect(JSON.stringify(own)).not.toContain('"d"');

    const pack = await handlers['packs.export'](null, ui);
    expect(pack.signer.fingerprint).toBe(stored?.fingerprint);
    // Switching back to junior keeps the key: the same senior, another day.
    await handlers['role.switch']({ role: 'junior' }, ui);
    expect((await handlers['packs.ownKey'](null, ui))?.fingerprint).toBe(stored?.fingerprint);
  });

  it('makes the key at first export for a senior set up before keys existed', async () => {
    const { db, handlers } = await setup();
    await seedAcme(db);
    await handlers['role.switch']({ role: 'senior', passphrase: 'cabine pressurisée' }, ui);
    await db.delete('keys', 'own');
    const pack = await handlers['packs.export'](null, ui);
    expect((await db.get('keys', 'own'))?.fingerprint).toBe(pack.signer.fingerprint);
  });

  it('adds, lists and removes trusted keys, refusing malformed, duplicate and own keys', async () => {
    const senior = await setup();
    await senior.handlers['role.switch']({ role: 'senior', passphrase: 'cabine pressurisée' }, ui);
    const own = await senior.handlers['packs.ownKey'](null, ui);
    if (!own) throw new Error('no key');
    const { handlers } = await setup();
    expect(await handlers['packs.trusted.add']({ text: 'vigie-key:xyz', label: 'C' }, ui)).toEqual({
      ok: false,
      reason: 'malformed_key',
    });
    const added = await handlers['packs.trusted.add']({ text: own.keyText, label: ' Claire ' }, ui);
    expect(added).toMatchObject({
      ok: true,
      key: { fingerprint: own.fingerprint, label: 'Claire' },
    });
    expect(
      await handlers['packs.trusted.add']({ text: own.keyText, label: 'Bis' }, ui),
    ).toMatchObject({ ok: false, reason: 'already_trusted', key: { label: 'Claire' } });
    expect(
      await senior.handlers['packs.trusted.add']({ text: own.keyText, label: 'Me' }, ui),
    ).toEqual({ ok: false, reason: 'own_key' });
    const list = await handlers['packs.trusted.list'](null, ui);
    expect(list.map((k) => k.fingerprint)).toEqual([own.fingerprint]);
    expect(await handlers['packs.trusted.remove']({ id: 'own' }, ui)).toBe(false);
    expect(await handlers['packs.trusted.remove']({ id: list[0]?.id ?? '' }, ui)).toBe(true);
    expect(await handlers['packs.trusted.list'](null, ui)).toEqual([]);
  });

  it('imports through the message, refusing before trust and accepting after', async () => {
    const senior = await setup();
    await seedAcme(senior.db);
    await senior.handlers['role.switch']({ role: 'senior', passphrase: 'cabine pressurisée' }, ui);
    const pack = JSON.stringify(await senior.handlers['packs.export'](null, ui));
    const own = await senior.handlers['packs.ownKey'](null, ui);
    const junior = await setup();
    expect(await junior.handlers['packs.import']({ text: pack }, ui)).toMatchObject({
      ok: false,
      reason: 'untrusted',
    });
    await junior.handlers['packs.trusted.add']({ text: own?.keyText ?? '', label: 'Claire' }, ui);
    expect(await junior.handlers['packs.import']({ text: pack }, ui)).toMatchObject({
      ok: true,
      status: 'imported',
      summary: { templates: { added: 4 } },
    });
    expect((await junior.handlers['templates.list'](null, ui)).length).toBe(4);
  });
});
