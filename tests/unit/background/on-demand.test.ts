import { describe, expect, it } from 'vitest';
import {
  ON_DEMAND_SCRIPT_ID,
  originOf,
  type RegisteredScript,
  type ScriptingApi,
  syncOnDemandScript,
} from '@/lib/background/on-demand';

function fakeScripting(): ScriptingApi & { scripts: Map<string, RegisteredScript> } {
  const scripts = new Map<string, RegisteredScript>();
  return {
    scripts,
    getRegisteredContentScripts: async ({ ids }) =>
      ids.filter((id) => scripts.has(id)).map((id) => ({ id })),
    registerContentScripts: async (list) => {
      for (const script of list) {
        if (scripts.has(script.id)) throw new Error('duplicate id');
        scripts.set(script.id, script);
      }
    },
    updateContentScripts: async (list) => {
      for (const script of list) scripts.set(script.id, script);
    },
    unregisterContentScripts: async ({ ids }) => {
      for (const id of ids) scripts.delete(id);
    },
  };
}

describe('syncOnDemandScript', () => {
  it('registers, updates and removes the one on-demand script to cover exactly the origins', async () => {
    const api = fakeScripting();
    await syncOnDemandScript(['https://blog.example.com'], api);
    expect(api.scripts.get(ON_DEMAND_SCRIPT_ID)).toMatchObject({
      matches: ['https://blog.example.com/*'],
      js: ['content-scripts/on-demand.js'],
      css: ['content-scripts/on-demand.css'],
      persistAcrossSessions: true,
    });
    await syncOnDemandScript(['https://blog.example.com', 'https://forum.example.org'], api);
    expect(api.scripts.get(ON_DEMAND_SCRIPT_ID)?.matches).toEqual([
      'https://blog.example.com/*',
      'https://forum.example.org/*',
    ]);
    await syncOnDemandScript([], api);
    expect(api.scripts.size).toBe(0);
    await syncOnDemandScript([], api);
    expect(api.scripts.size).toBe(0);
  });
});

describe('originOf', () => {
  it('keeps web origins only', () => {
    expect(originOf('https://blog.example.com/a/b?c=1')).toBe('https://blog.example.com');
    expect(originOf('http://localhost:8080/x')).toBe('http://localhost:8080');
    expect(originOf('chrome://extensions')).toBeNull();
    expect(originOf('not a url')).toBeNull();
    expect(originOf(undefined)).toBeNull();
  });
});
