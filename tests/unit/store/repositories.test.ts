import { describe, expect, it } from 'vitest';
import { recordMentions, type SeenMention, setMentionStatus } from '@/lib/store/repos/mentions';
import { getSettings, updateSettings } from '@/lib/store/repos/settings';
import { listTemplateVersions, saveTemplate } from '@/lib/store/repos/templates';
import type { Template } from '@/lib/store/schema';
import { freshDb } from './helpers';

const seen = (over: Partial<SeenMention> = {}): SeenMention => ({
  workspaceId: 'default',
  dedupeKey: 'https://x.com/ana/status/1',
  permalink: 'https://x.com/ana/status/1',
  url: 'https://x.com/home',
  network: 'x',
  kind: 'post',
  author: { name: 'Ana', handle: '@ana' },
  text: 'Acme Air a perdu ma valise',
  engagement: { likes: 3 },
  watchlistIds: ['w-acme'],
  terms: ['Acme Air'],
  risk: { level: 'medium', score: 2, categories: ['complaint'] },
  ...over,
});

describe('settings', () => {
  it('merges a patch and refuses invalid values without writing', async () => {
    const db = await freshDb();
    expect(await updateSettings(db, { role: 'senior', agentName: 'Léa' })).toMatchObject({
      role: 'senior',
      agentName: 'Léa',
      locale: 'auto',
    });
    await expect(updateSettings(db, { locale: 'de' as unknown as 'fr' })).rejects.toThrow();
    expect((await getSettings(db)).locale).toBe('auto');
  });
});

describe('mentions', () => {
  it('stores a mention once per dedupe key, keeping id, status and first-seen time', async () => {
    const db = await freshDb();
    const [first] = await recordMentions(db, [seen()], 1_000);
    await setMentionStatus(db, first!.id, 'replied');
    const [again] = await recordMentions(db, [seen({ engagement: { likes: 40 } })], 5_000);
    expect(again).toMatchObject({
      id: first!.id,
      status: 'replied',
      firstSeenAt: 1_000,
      lastSeenAt: 5_000,
      engagement: { likes: 40 },
    });
    expect(await db.count('mentions')).toBe(1);
  });

  it('writes nothing of a batch when one mention is invalid', async () => {
    const db = await freshDb();
    await expect(
      recordMentions(db, [seen(), seen({ dedupeKey: 'b', network: 'myspace' as 'x' })]),
    ).rejects.toThrow();
    expect(await db.count('mentions')).toBe(0);
  });
});

describe('templates', () => {
  const template: Template = {
    workspaceId: 'default',
    id: 't1',
    title: 'Merci',
    body: 'Merci {author} !',
    language: 'fr',
    status: 'approved',
    tags: [],
    version: 1,
    createdAt: 1,
    updatedAt: 1,
  };

  it('keeps every wording as a version and bumps the version on a change of wording only', async () => {
    const db = await freshDb();
    await saveTemplate(db, template);
    const retagged = await saveTemplate(db, { ...template, tags: ['praise'] });
    expect(retagged.version).toBe(1);
    const reworded = await saveTemplate(db, { ...template, body: 'Merci beaucoup {author} !' });
    expect(reworded.version).toBe(2);
    const versions = await listTemplateVersions(db, 'default', 't1');
    expect(versions.map((v) => [v.version, v.body])).toEqual([
      [1, 'Merci {author} !'],
      [2, 'Merci beaucoup {author} !'],
    ]);
  });
});
