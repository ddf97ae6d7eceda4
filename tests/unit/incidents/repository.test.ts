import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createIncident, transitionIncident } from '@/lib/incidents';
import type { VigieDB } from '@/lib/store/db';
import {
  blobToDataUrl,
  createIncidentRecord,
  deleteIncident,
  getBlob,
  getIncident,
  LinkMentionError,
  linkMention,
  listIncidents,
  putIncident,
  screenshotDataUrls,
  unlinkMention,
  updateIncident,
} from '@/lib/store/repos/incidents';
import { freshDb } from '../store/helpers';
import { HOUR, incident, mention, T0 } from './fixtures';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let db: VigieDB;
beforeEach(async () => {
  db = await freshDb();
});

describe('createIncidentRecord', () => {
  it('writes the incident and its screenshot together, the incident naming the blob', async () => {
    const saved = await createIncidentRecord(db, incident(), {
      blob: new Blob([PNG], { type: 'image/png' }),
      type: 'image/png',
    });
    expect(saved.screenshotId).toBeTruthy();
    expect(await getIncident(db, 'inc-1')).toEqual(saved);
    const stored = await getBlob(db, saved.screenshotId!);
    expect(stored).toMatchObject({ workspaceId: 'ws', type: 'image/png', createdAt: T0 });
    expect(new Uint8Array(await stored!.blob.arrayBuffer())).toEqual(PNG);
  });

  it('saves an incident without screenshot (a restricted page)', async () => {
    const saved = await createIncidentRecord(db, incident());
    expect(saved.screenshotId).toBeUndefined();
    expect(await db.count('blobs')).toBe(0);
  });

  it('writes nothing when the incident is invalid', async () => {
    const bad = { ...incident(), severity: 9 };
    await expect(
      createIncidentRecord(db, bad, { blob: new Blob([PNG]), type: 'image/png' }),
    ).rejects.toThrow(ZodError);
    expect(await db.count('incidents')).toBe(0);
    expect(await db.count('blobs')).toBe(0);
  });

  it('writes no orphan screenshot when the id is taken', async () => {
    await createIncidentRecord(db, incident());
    await expect(
      createIncidentRecord(db, incident({ title: 'autre' }), {
        blob: new Blob([PNG]),
        type: 'image/png',
      }),
    ).rejects.toThrow();
    expect(await db.count('blobs')).toBe(0);
    expect((await getIncident(db, 'inc-1'))?.title).toBe('Blague sur les clientes');
  });

  it('stores what createIncident builds', async () => {
    const created = createIncident(
      {
        workspaceId: 'ws',
        category: 'rumour',
        severity: 4,
        url: 'https://x.com/a/status/1',
        escalate: true,
      },
      'Camille',
      T0,
    );
    await createIncidentRecord(db, created);
    expect(await getIncident(db, created.id)).toEqual(created);
  });
});

describe('updateIncident', () => {
  it('reads, changes, validates and writes in one go', async () => {
    await putIncident(db, incident());
    const moved = await updateIncident(db, 'inc-1', (current) =>
      transitionIncident(current, 'escalated', { by: 'Camille', comment: 'au senior' }, T0 + 1),
    );
    expect(moved?.status).toBe('escalated');
    expect(await getIncident(db, 'inc-1')).toEqual(moved);
  });

  it('leaves the record as it was when the change is invalid or throws', async () => {
    await putIncident(db, incident());
    await expect(updateIncident(db, 'inc-1', (c) => ({ ...c, title: '' }))).rejects.toThrow(
      ZodError,
    );
    await expect(
      updateIncident(db, 'inc-1', (c) => transitionIncident(c, 'post-mortem', { by: 'A' }, T0)),
    ).rejects.toThrow('cannot move');
    expect(await getIncident(db, 'inc-1')).toEqual(incident());
  });

  it('keeps the id and workspace, and says when there is no such incident', async () => {
    await putIncident(db, incident());
    const next = await updateIncident(db, 'inc-1', (c) => ({
      ...c,
      id: 'other',
      workspaceId: 'x',
    }));
    expect(next).toMatchObject({ id: 'inc-1', workspaceId: 'ws' });
    expect(await updateIncident(db, 'missing', (c) => c)).toBeUndefined();
  });
});

describe('linkMention', () => {
  beforeEach(async () => {
    await putIncident(db, incident());
    await db.put('mentions', mention({ id: 'm1' }));
    await db.put('mentions', mention({ id: 'm-other', workspaceId: 'other', dedupeKey: 'k2' }));
  });

  it('links a mention once, and unlinks it', async () => {
    const linked = await linkMention(db, 'inc-1', 'm1', T0 + HOUR);
    expect(linked).toMatchObject({ mentionIds: ['m1'], updatedAt: T0 + HOUR });
    expect(await linkMention(db, 'inc-1', 'm1', T0 + 2 * HOUR)).toMatchObject({
      mentionIds: ['m1'],
      updatedAt: T0 + HOUR,
    });
    expect(await unlinkMention(db, 'inc-1', 'm1', T0 + 3 * HOUR)).toMatchObject({ mentionIds: [] });
  });

  it('refuses a missing mention or one of another workspace', async () => {
    await expect(linkMention(db, 'inc-1', 'nope')).rejects.toMatchObject({
      code: 'mention_not_found',
    });
    await expect(linkMention(db, 'inc-1', 'm-other')).rejects.toBeInstanceOf(LinkMentionError);
    expect((await getIncident(db, 'inc-1'))?.mentionIds).toEqual([]);
    expect(await linkMention(db, 'missing', 'm1')).toBeUndefined();
  });
});

describe('listIncidents, deleteIncident, screenshots', () => {
  it("lists a workspace's incidents newest first, within a period when given", async () => {
    await putIncident(db, incident({ id: 'a', createdAt: T0 }));
    await putIncident(db, incident({ id: 'b', createdAt: T0 + 2 * HOUR }));
    await putIncident(db, incident({ id: 'c', createdAt: T0 + 4 * HOUR }));
    await putIncident(db, incident({ id: 'elsewhere', workspaceId: 'other' }));
    expect((await listIncidents(db, 'ws')).map((i) => i.id)).toEqual(['c', 'b', 'a']);
    const period = { from: T0 + HOUR, to: T0 + 4 * HOUR };
    expect((await listIncidents(db, 'ws', period)).map((i) => i.id)).toEqual(['c', 'b']);
  });

  it('deletes an incident with its screenshot', async () => {
    const saved = await createIncidentRecord(db, incident(), {
      blob: new Blob([PNG]),
      type: 'image/png',
    });
    expect(await deleteIncident(db, 'inc-1')).toBe(true);
    expect(await getIncident(db, 'inc-1')).toBeUndefined();
    expect(await getBlob(db, saved.screenshotId!)).toBeUndefined();
    expect(await deleteIncident(db, 'inc-1')).toBe(false);
  });

  it('turns screenshots into data URLs for the report', async () => {
    const saved = await createIncidentRecord(db, incident(), {
      blob: new Blob([PNG]),
      type: 'image/png',
    });
    const urls = await screenshotDataUrls(db, [saved, incident({ id: 'x', screenshotId: 'gone' })]);
    expect(urls).toEqual({ [saved.screenshotId!]: 'data:image/png;base64,iVBORw0KGgo=' });
    const big = new Uint8Array(100_000).fill(65);
    const url = await blobToDataUrl({ blob: new Blob([big]), type: 'image/png' });
    expect(Buffer.from(url.split(',')[1]!, 'base64')).toEqual(Buffer.from(big));
  });
});
