/**
 * Imports a pack: read and validate it, check its signature, check its signer
 * is trusted, skip it when not newer than the last one imported from that
 * signer for that workspace, then write the plan in one transaction. Every
 * refusal happens before the transaction opens: a refused pack changes nothing.
 */
import type { BundleProblem, QueryCheck, TemplateCheck } from '../bundle/validate';
import { abortQuietly, type VigieDB } from '../store/db';
import type { Template, Watchlist } from '../store/schema';
import { sameKey } from './keys';
import { getTrustedKey } from './keystore';
import { type PackImportCounts, planImport } from './plan';
import { readPack } from './read';
import { verifyPack } from './sign';

export interface PackImportSummary extends PackImportCounts {
  workspace: { id: string; name: string; created: boolean };
  packVersion: number;
  issuedAt: string;
  /** The signer as the junior named the trusted key. */
  signer: { fingerprint: string; label: string };
}

export type PackImportResult =
  | { ok: true; status: 'imported'; summary: PackImportSummary }
  /** Not newer than the last pack imported from this signer for this workspace: nothing changed. */
  | { ok: true; status: 'up_to_date'; summary: PackImportSummary; lastImported: number }
  | { ok: false; reason: 'malformed'; problems: BundleProblem[] }
  | { ok: false; reason: 'tampered' }
  | { ok: false; reason: 'untrusted'; fingerprint: string; label: string };

export interface PackImportChecks {
  checkQuery?: QueryCheck;
  checkTemplate?: TemplateCheck;
}

const noCounts = (pack: { templates: unknown[]; watchlists: unknown[] }): PackImportCounts => ({
  templates: { added: 0, updated: 0, retired: 0, unchanged: pack.templates.length },
  watchlists: { added: 0, updated: 0, unchanged: pack.watchlists.length },
});

export async function importPack(
  db: VigieDB,
  text: string,
  checks: PackImportChecks = {},
  now = Date.now(),
): Promise<PackImportResult> {
  const read = readPack(text, checks.checkQuery, checks.checkTemplate);
  if (!read.ok) return { ok: false, reason: 'malformed', problems: read.problems };
  const { pack, raw } = read;
  if (!(await verifyPack(raw, pack))) return { ok: false, reason: 'tampered' };
  const untrusted = {
    ok: false,
    reason: 'untrusted',
    fingerprint: pack.signer.fingerprint,
    label: pack.signer.label,
  } as const;
  const trusted = await getTrustedKey(db, pack.signer.fingerprint);
  // The fingerprint is short: trust needs the whole key to match.
  if (!trusted || !sameKey(pack.signer.publicKey, trusted.publicKey)) return untrusted;

  const workspaceId = pack.workspace.id;
  const tx = db.transaction(
    ['workspaces', 'watchlists', 'templates', 'templateVersions', 'keys'],
    'readwrite',
  );
  try {
    // Read again inside the transaction: the key may have been removed, or
    // another import may have landed, since the checks above.
    const key = await tx.objectStore('keys').get(trusted.id);
    if (!key || !sameKey(pack.signer.publicKey, key.publicKey)) {
      await tx.done;
      return untrusted;
    }
    const summaryBase = {
      packVersion: pack.packVersion,
      issuedAt: pack.issuedAt,
      signer: { fingerprint: key.fingerprint, label: key.label },
    };
    const lastImported = key.imported?.[workspaceId];
    const workspace = await tx.objectStore('workspaces').get(workspaceId);
    if (lastImported !== undefined && pack.packVersion <= lastImported) {
      await tx.done;
      return {
        ok: true,
        status: 'up_to_date',
        lastImported,
        summary: {
          ...summaryBase,
          ...noCounts(pack),
          workspace: {
            id: workspaceId,
            name: workspace?.name ?? pack.workspace.name,
            created: false,
          },
        },
      };
    }
    const [watchlists, templates] = await Promise.all([
      tx.objectStore('watchlists').index('byWorkspace').getAll(workspaceId),
      tx.objectStore('templates').index('byWorkspace').getAll(workspaceId),
    ]);
    const plan = planImport(
      pack,
      {
        workspace,
        watchlists: new Map(watchlists.map((w): [string, Watchlist] => [w.id, w])),
        templates: new Map(templates.map((t): [string, Template] => [t.id, t])),
      },
      now,
    );
    const writes: Promise<unknown>[] = [];
    if (plan.workspace) writes.push(tx.objectStore('workspaces').put(plan.workspace));
    for (const w of plan.watchlists) writes.push(tx.objectStore('watchlists').put(w));
    for (const t of plan.templates) writes.push(tx.objectStore('templates').put(t));
    for (const v of plan.versions) writes.push(tx.objectStore('templateVersions').put(v));
    writes.push(
      tx.objectStore('keys').put({
        ...key,
        imported: { ...key.imported, [workspaceId]: pack.packVersion },
      }),
    );
    await Promise.all(writes);
    await tx.done;
    return {
      ok: true,
      status: 'imported',
      summary: {
        ...summaryBase,
        ...plan.counts,
        workspace: {
          id: workspaceId,
          name: pack.workspace.name,
          created: plan.workspaceCreated,
        },
      },
    };
  } catch (error) {
    // Anything unexpected undoes the whole import.
    abortQuietly(tx);
    throw error;
  }
}
