import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PackImport } from '@/components/packs/PackImport';
import { TrustedKeys } from '@/components/packs/TrustedKeys';
import { setDictionary } from '@/lib/i18n';
import type { PackImportResult } from '@/lib/packs/import';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';

const summary = {
  workspace: { id: 'default', name: 'Acme Air', created: true },
  packVersion: 1_763_805_600_000,
  issuedAt: '2025-11-22T10:00:00.000Z',
  signer: { fingerprint: 'ab12cd34ef567890', label: 'Claire' },
  templates: { added: 4, updated: 1, retired: 2, unchanged: 3 },
  watchlists: { added: 3, updated: 0, unchanged: 1 },
};

function mount(
  result: PackImportResult,
  activeWorkspaceId = 'default',
  onSwitchWorkspace: (id: string) => void = () => undefined,
): HTMLElement {
  const host = document.createElement('div');
  render(
    <PackImport
      result={result}
      run={1}
      busy={false}
      onImport={() => undefined}
      activeWorkspaceId={activeWorkspaceId}
      onSwitchWorkspace={onSwitchWorkspace}
    />,
    host,
  );
  return host;
}

function shown(result: PackImportResult): string {
  return mount(result).textContent ?? '';
}

afterEach(() => setDictionary(null));

describe('pack import view', () => {
  it('says what changed, and into which workspace', () => {
    setDictionary(en);
    const text = shown({ ok: true, status: 'imported', summary });
    expect(text).toContain(
      'Pack from “Claire” imported into the workspace “Acme Air” (new workspace).',
    );
    expect(text).toContain('Templates: 4 added, 1 updated, 2 retired, 3 unchanged.');
    expect(text).toContain('Watchlists: 3 added, 0 updated, 1 unchanged.');
  });

  it('offers to work in the pack’s workspace when it is not the active one', () => {
    setDictionary(en);
    const switched: string[] = [];
    const same = mount({ ok: true, status: 'imported', summary });
    expect(same.querySelector('[data-testid="pack-switch-workspace"]')).toBeNull();
    const other = mount({ ok: true, status: 'imported', summary }, 'client-b', (id) =>
      switched.push(id),
    );
    const button = other.querySelector<HTMLButtonElement>('[data-testid="pack-switch-workspace"]');
    expect(button?.textContent).toBe('Work in “Acme Air” now');
    button?.click();
    expect(switched).toEqual(['default']);
  });

  it('words each refusal in French, with the fingerprint grouped', () => {
    setDictionary(fr);
    expect(shown({ ok: false, reason: 'tampered' })).toContain(
      'le contenu ne correspond plus à sa signature',
    );
    const untrusted = shown({
      ok: false,
      reason: 'untrusted',
      fingerprint: 'ab12cd34ef567890',
      label: 'Inconnu',
    });
    expect(untrusted).toContain('signé par la clé ab12 cd34 ef56 7890');
    expect(untrusted).toContain('n’est pas dans vos clés de confiance');
    const malformed = shown({
      ok: false,
      reason: 'malformed',
      problems: [{ path: '$.packVersion', code: 'missing', params: ['number'] }],
    });
    expect(malformed).toContain('Problèmes relevés\u00a0: 1.');
    expect(malformed).toContain('$.packVersion');
    expect(shown({ ok: true, status: 'up_to_date', summary, lastImported: 1 })).toContain(
      'Déjà à jour',
    );
  });
});

describe('trusted keys view', () => {
  it('lists keys with grouped fingerprints and asks before removing one', async () => {
    setDictionary(en);
    const removed: string[] = [];
    const host = document.createElement('div');
    document.body.append(host);
    render(
      <TrustedKeys
        keys={[
          {
            id: 'trusted:ab12cd34ef567890',
            fingerprint: 'ab12cd34ef567890',
            label: 'Claire',
            publicKey: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' },
            createdAt: 0,
            imported: {},
          },
        ]}
        busy={false}
        onAdd={async () => ({ ok: true, message: '' })}
        onRemove={(id) => removed.push(id)}
      />,
      host,
    );
    expect(host.querySelector('[data-testid="trusted-key"]')?.textContent).toContain(
      'ab12 cd34 ef56 7890',
    );
    host.querySelector<HTMLButtonElement>('[data-testid="remove-key"]')?.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(removed).toEqual([]);
    expect(host.textContent).toContain('Stop trusting “Claire”?');
    host.querySelector<HTMLButtonElement>('[data-testid="remove-key-yes"]')?.click();
    expect(removed).toEqual(['trusted:ab12cd34ef567890']);
    host.remove();
  });
});
