import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callBackground, launch, openExtensionPage, type Session, serviceWorker } from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch();
  await serviceWorker(session);
});
afterAll(async () => session?.close());

describe('junior and senior roles', () => {
  it('guards the senior role with a passphrase set at first use', async () => {
    const options = await openExtensionPage(session, 'options.html');
    await options.waitForSelector('[data-testid="role-current"]');
    expect(await options.$eval('[data-testid="role-current"]', (p) => p.textContent)).toContain(
      'junior',
    );

    // A page cannot promote itself through the generic settings call.
    expect(await callBackground(options, 'settings.update', { role: 'senior' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });

    await options.type('[data-testid="senior-passphrase"]', 'court');
    await options.click('[data-testid="role-senior"]');
    await options.waitForSelector('[data-testid="role-refusal"]');
    expect(await options.$eval('[data-testid="role-refusal"]', (p) => p.textContent)).toContain(
      '8 characters',
    );

    await options.type('[data-testid="senior-passphrase"]', 'cabine pressurisée');
    await options.click('[data-testid="role-senior"]');
    await options.waitForSelector('[data-testid="role-junior"]');
    expect(await options.$eval('[data-testid="role-current"]', (p) => p.textContent)).toContain(
      'senior',
    );

    await options.click('[data-testid="role-junior"]');
    await options.waitForSelector('[data-testid="senior-passphrase"]');
    await options.type('[data-testid="senior-passphrase"]', 'mauvaise phrase');
    await options.click('[data-testid="role-senior"]');
    await options.waitForSelector('[data-testid="role-refusal"]');
    expect(await options.$eval('[data-testid="role-refusal"]', (p) => p.textContent)).toContain(
      'Wrong passphrase',
    );

    await options.type('[data-testid="senior-passphrase"]', 'cabine pressurisée');
    await options.click('[data-testid="role-senior"]');
    await options.waitForSelector('[data-testid="role-junior"]');
    const settings = await callBackground<{
      data: { role: string; seniorPassphrase: { hash: string } };
    }>(options, 'settings.get', null);
    expect(settings.data.role).toBe('senior');
    // Only a hash is kept, never the passphrase itself.
    expect(JSON.stringify(settings.data)).not.toContain('cabine');
  });

  it('lets only a senior change the senior thresholds', async () => {
    const options = await openExtensionPage(session, 'options.html');
    expect(await callBackground(options, 'settings.senior', { editThreshold: 0.5 })).toMatchObject({
      ok: true,
      data: { editThreshold: 0.5 },
    });
    await callBackground(options, 'role.switch', { role: 'junior' });
    expect(await callBackground(options, 'settings.senior', { editThreshold: 0.9 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'Senior role required' },
    });
  });

  it('saw no console error', () => {
    expect(session.errors).toEqual([]);
  });
});
