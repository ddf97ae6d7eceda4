import { describe, expect, it } from 'vitest';
import { readDateRange } from '@/lib/store/chunked';
import { freshDb } from '../store/helpers';
import { makeInteraction, makeMention, T0 } from './fixtures';

describe('readDateRange', () => {
  it('reads a range in chunks, once each, in time order, even with many records at one time', async () => {
    const db = await freshDb();
    const tx = db.transaction(['interactions', 'mentions'], 'readwrite');
    // Times repeat: 5 records at each of 20 times, then 30 at one time, plus another workspace.
    for (let i = 0; i < 100; i++) {
      await tx
        .objectStore('interactions')
        .put(makeInteraction(`a${i}`, { createdAt: T0 + Math.floor(i / 5) }));
    }
    for (let i = 0; i < 30; i++) {
      await tx.objectStore('interactions').put(makeInteraction(`b${i}`, { createdAt: T0 + 50 }));
    }
    await tx.objectStore('interactions').put(makeInteraction('other', { workspaceId: 'x' }));
    for (let i = 0; i < 12; i++) {
      await tx.objectStore('mentions').put(makeMention(`m${i}`, { firstSeenAt: T0 + i }));
    }
    await tx.done;
    for (const chunk of [3, 7, 50, 1_000]) {
      const all = await readDateRange(db, 'interactions', 'default', 0, T0 + 1_000, chunk);
      expect(all).toHaveLength(130);
      expect(new Set(all.map((i) => i.id)).size).toBe(130);
      expect(all.map((i) => i.createdAt)).toEqual([...all.map((i) => i.createdAt)].sort());
    }
    const some = await readDateRange(db, 'mentions', 'default', T0 + 3, T0 + 8, 2);
    expect(some.map((m) => m.id)).toEqual(['m3', 'm4', 'm5', 'm6', 'm7', 'm8']);
  });
});
