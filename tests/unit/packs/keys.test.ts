import { describe, expect, it } from 'vitest';
import { toBase64Url } from '@/lib/packs/encoding';
import {
  decodeKeyText,
  encodeKeyText,
  fingerprintOf,
  formatFingerprint,
  generateSigningKey,
} from '@/lib/packs/keys';

describe('signing keys', () => {
  it('makes a P-256 pair whose private key cannot be exported', async () => {
    const pair = await generateSigningKey();
    expect(pair.privateKey.extractable).toBe(false);
    expect(pair.privateKey.usages).toEqual(['sign']);
    expect(Object.keys(pair.publicKey).sort()).toEqual(['crv', 'kty', 'x', 'y']);
    await expect(crypto.subtle.exportKey('jwk', pair.privateKey)).rejects.toThrow();
  });

  it('fingerprints the SPKI: 16 hex characters, stable, distinct per key', async () => {
    const a = await generateSigningKey();
    const b = await generateSigningKey();
    const fa = await fingerprintOf(a.publicKey);
    expect(fa).toMatch(/^[0-9a-f]{16}$/);
    expect(await fingerprintOf({ ...a.publicKey })).toBe(fa);
    expect(await fingerprintOf(b.publicKey)).not.toBe(fa);
    const spki = await crypto.subtle.exportKey(
      'spki',
      await crypto.subtle.importKey(
        'jwk',
        a.publicKey,
        { name: 'ECDSA', namedCurve: 'P-256' },
        true,
        ['verify'],
      ),
    );
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', spki)).toString('hex');
    expect(fa).toBe(digest.slice(0, 16));
    expect(formatFingerprint('ab12cd34ef567890')).toBe('ab12 cd34 ef56 7890');
  });

  it('carries the public key as text and reads it back, spaces and line breaks included', async () => {
    const { publicKey } = await generateSigningKey();
    const text = encodeKeyText(publicKey);
    expect(text).toMatch(/^vigie-key:[A-Za-z0-9_-]+$/);
    expect(await decodeKeyText(text)).toEqual(publicKey);
    expect(await decodeKeyText(`  ${text.slice(0, 40)}\n${text.slice(40)}  `)).toEqual(publicKey);
  });

  it('refuses malformed key texts', async () => {
    const { publicKey } = await generateSigningKey();
    const encode = (value: unknown) =>
      `vigie-key:${toBase64Url(new TextEncoder().encode(JSON.stringify(value)))}`;
    const offCurve = { ...publicKey, y: publicKey.x };
    for (const text of [
      '',
      'hello',
      encodeKeyText(publicKey).replace('vigie-key:', 'other-key:'),
      'vigie-key:!!!',
      'vigie-key:e30',
      encode({ ...publicKey, crv: 'P-384' }),
      encode({ ...publicKey, x: 'short' }),
      encode(offCurve),
      encode([1, 2]),
    ]) {
      expect(await decodeKeyText(text), text).toBeNull();
    }
  });
});
