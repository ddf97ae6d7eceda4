import type { Interaction, Mention } from '@/lib/store/schema';

export const T0 = Date.UTC(2025, 5, 2, 8, 0);
export const MIN = 60_000;

export function makeMention(id: string, over: Partial<Mention> = {}): Mention {
  return {
    id,
    workspaceId: 'default',
    dedupeKey: `key-${id}`,
    url: `https://x.com/p/${id}`,
    permalink: `https://x.com/p/${id}`,
    network: 'x',
    kind: 'post',
    author: { name: `Author ${id}`, handle: `@h_${id}` },
    text: `Mention ${id}`,
    engagement: {},
    watchlistIds: ['w-brand'],
    terms: [],
    risk: { level: 'none', score: 0, categories: [] },
    status: 'new',
    firstSeenAt: T0,
    lastSeenAt: T0,
    ...over,
  };
}

export function makeInteraction(id: string, over: Partial<Interaction> = {}): Interaction {
  return {
    id,
    workspaceId: 'default',
    network: 'x',
    url: `https://x.com/p/${id}`,
    author: `Author ${id}`,
    authorHandle: `@h_${id}`,
    text: `Reply ${id}`,
    status: 'inserted',
    createdAt: T0,
    ...over,
  };
}
