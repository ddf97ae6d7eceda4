import { describe, expect, it } from 'vitest';
import {
  constantTimeEqual,
  hashPassphrase,
  MIN_PBKDF2_ITERATIONS,
  PBKDF2_ITERATIONS,
  verifyPassphrase,
} from '@/lib/templates';

describe('passphrase', () => {
  it('hashes with a random 16-byte salt into a 32-byte PBKDF2 hash, as base64', async () => {
    const stored = await hashPassphrase('porte du fond');
    expect(stored.iterations).toBe(PBKDF2_ITERATIONS);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(210_000);
    expect(atob(stored.salt)).toHaveLength(16);
    expect(atob(stored.hash)).toHaveLength(32);
    expect((await hashPassphrase('porte du fond')).salt).not.toBe(stored.salt);
  });

  it('verifies the right passphrase and refuses a wrong one', async () => {
    const stored = await hashPassphrase('porte du fond');
    expect(await verifyPassphrase('porte du fond', stored)).toBe(true);
    expect(await verifyPassphrase('porte du Fond', stored)).toBe(false);
    expect(await verifyPassphrase('', stored)).toBe(false);
  });

  it('is deterministic for a given salt, and NFC-insensitive', async () => {
    const salt = btoa('0123456789abcdef');
    const composed = await hashPassphrase('café', salt);
    expect(await hashPassphrase('cafe\u0301', salt)).toEqual(composed);
    expect(await verifyPassphrase('cafe\u0301', { salt, hash: composed.hash })).toBe(true);
  });

  it('returns false for malformed records instead of throwing', async () => {
    expect(await verifyPassphrase('x', { salt: '%%%', hash: 'AAAA' })).toBe(false);
    expect(await verifyPassphrase('x', { salt: 'AAAA', hash: '' })).toBe(false);
    expect(await verifyPassphrase('x', { salt: 'AAAA', hash: 'AAAA', iterations: 0 })).toBe(false);
  });

  it('refuses an empty passphrase and too few iterations', async () => {
    await expect(hashPassphrase('')).rejects.toThrow(RangeError);
    await expect(hashPassphrase('x', undefined, MIN_PBKDF2_ITERATIONS - 1)).rejects.toThrow(
      RangeError,
    );
  });

  it('compares bytes by value and length', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1]), new Uint8Array([1, 0]))).toBe(false);
  });
});
