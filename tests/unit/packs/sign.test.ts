import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/lib/packs/canonical';
import { nextPackVersion } from '@/lib/packs/export';
import type { Pack } from '@/lib/packs/format';
import { importPack } from '@/lib/packs/import';
import { fingerprintOf, generateSigningKey } from '@/lib/packs/keys';
import { signedPart, signPayload, verifyPack } from '@/lib/packs/sign';
import { saveTemplate } from '@/lib/store/repos/templates';
import { DEFAULT_WORKSPACE_ID } from '@/lib/store/schema';
import { freshDb } from '../store/helpers';
import {
  juniorTrusting,
  library,
  packOf,
  seedJuniorWork,
  senior,
  T0,
  template,
  text,
  untouchable,
} from './helpers';

describe('exporting a pack', () => {
  it('carries the watchlists, approved templates in full and retired ones as tombstones', async () => {
    const db = await senior();
    const merci = await template(db, 't-merci');
    if (!merci) throw new Error('seed');
    await saveTemplate(db, { ...merci, status: 'retired' });
    const pack = await packOf(db, T0 + 1_000);
    expect(pack.format).toBe('vigie-pack');
    expect(pack.workspace).toEqual({ id: DEFAULT_WORKSPACE_ID, name: 'Vigie' });
    expect(pack.watchlists.map((w) => w.id)).toEqual(['w-acme', 'w-skyjet', 'w-strike']);
    expect(pack.templates.map((t) => [t.id, t.status])).toEqual([
      ['t-excuses-dm', 'approved'],
      ['t-merci', 'retired'],
      ['t-sorry-dm', 'approved'],
      ['t-thanks', 'approved'],
    ]);
    // A pending template stays home; a tombstone has no wording.
    expect(pack.templates.find((t) => t.id === 't-merci')).toEqual({
      id: 't-merci',
      status: 'retired',
      version: 1,
    });
    expect(pack.signer.fingerprint).toBe(await fingerprintOf(pack.signer.publicKey));
    expect(pack.signature).toMatch(/^[A-Za-z0-9+/]{86}==$/);
  });

  it('makes every pack newer than the last, even when the clock goes back', async () => {
    const db = await senior();
    const first = await packOf(db, T0 + 5_000);
    const second = await packOf(db, T0 + 1_000);
    expect(second.packVersion).toBe(first.packVersion + 1);
    expect(nextPackVersion(undefined, 42)).toBe(42);
  });
});

describe('signature', () => {
  it('verifies, whatever the key order or indentation of the file', async () => {
    const pack = await packOf(await senior(), T0);
    expect(await verifyPack(pack, pack)).toBe(true);
    const reordered = JSON.parse(canonicalJson(pack)) as Pack;
    expect(await verifyPack(JSON.parse(JSON.stringify(reordered)), pack)).toBe(true);
    const junior = await juniorTrusting(pack);
    const result = await importPack(junior, JSON.stringify(reordered));
    expect(result).toMatchObject({ ok: true, status: 'imported' });
  });

  it('rejects any change as tampered, and changes nothing', async () => {
    const pack = await packOf(await senior(), T0);
    const other = await generateSigningKey();
    const otherFingerprint = await fingerprintOf(other.publicKey);
    const firstApproved = pack.templates.findIndex((t) => t.status === 'approved');
    const edits: ((p: Record<string, unknown> & Pack) => void)[] = [
      (p) => {
        const t = p.templates[firstApproved];
        if (t?.status === 'approved') t.body = `${t.body} `;
      },
      (p) => {
        p.packVersion += 1;
      },
      (p) => {
        p.signer.label = 'Someone else';
      },
      (p) => {
        p.signer.publicKey = other.publicKey;
        p.signer.fingerprint = otherFingerprint;
      },
      (p) => {
        p.signer.fingerprint = otherFingerprint;
      },
      (p) => {
        p.templates.pop();
      },
      (p) => {
        const w = p.watchlists[0];
        if (w) w.enabled = false;
      },
      (p) => {
        p.signature = `${p.signature.slice(0, 10)}${p.signature[10] === 'A' ? 'B' : 'A'}${p.signature.slice(11)}`;
      },
    ];
    const junior = await juniorTrusting(pack);
    await seedJuniorWork(junior);
    const before = await library(junior);
    const work = await untouchable(junior);
    for (const [index, edit] of edits.entries()) {
      const copy = structuredClone(pack) as Record<string, unknown> & Pack;
      edit(copy);
      expect(await importPack(junior, text(copy)), `edit ${index}`).toEqual({
        ok: false,
        reason: 'tampered',
      });
    }
    // An optional member added to a template is a change too.
    const added = structuredClone(pack);
    const t = added.templates[firstApproved];
    if (t?.status === 'approved') t.intent = 'other';
    expect(await importPack(junior, text(added))).toEqual({ ok: false, reason: 'tampered' });
    expect(await library(junior)).toBe(before);
    expect(await untouchable(junior)).toBe(work);
  });

  it('rejects a pack signed by a key the junior does not trust', async () => {
    const pack = await packOf(await senior(), T0);
    const stranger = await generateSigningKey();
    const strangerFingerprint = await fingerprintOf(stranger.publicKey);
    const forged = await signPayload(
      {
        ...(signedPart(pack) as Omit<Pack, 'signature'>),
        signer: {
          fingerprint: strangerFingerprint,
          publicKey: stranger.publicKey,
          label: 'Claire',
        },
      },
      stranger.privateKey,
    );
    const junior = await juniorTrusting(pack);
    const before = await library(junior);
    expect(await importPack(junior, text(forged))).toEqual({
      ok: false,
      reason: 'untrusted',
      fingerprint: strangerFingerprint,
      label: 'Claire',
    });
    const nobody = await freshDb();
    expect(await importPack(nobody, text(pack))).toMatchObject({
      ok: false,
      reason: 'untrusted',
      fingerprint: pack.signer.fingerprint,
    });
    expect(await library(junior)).toBe(before);
    expect(await nobody.count('templates')).toBe(0);
  });
});
