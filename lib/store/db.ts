/**
 * Vigie's IndexedDB: one database, a schema version per change, one migration
 * per version. A database created at any earlier version opens at the latest
 * with nothing lost (tests/unit/store/migrations.test.ts creates one at every
 * version and upgrades it).
 */
import {
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  openDB,
  type StoreNames,
} from 'idb';
import type {
  Incident,
  Interaction,
  Mention,
  Settings,
  Template,
  TemplateVersion,
  Watchlist,
  Workspace,
} from './schema';
import { DEFAULT_WORKSPACE_ID, defaultSettings } from './schema';

export const DB_NAME = 'vigie';

/** A captured screenshot or other binary evidence. */
export interface StoredBlob {
  id: string;
  workspaceId: string;
  type: string;
  blob: Blob;
  createdAt: number;
}

/**
 * A WebCrypto key kept by Vigie. `own`: the senior's ECDSA P-256 pair, made at
 * senior setup (the private key non-extractable). `trusted`: a senior's public
 * key a junior added, by its fingerprint.
 */
export interface StoredKey {
  id: string;
  role: 'own' | 'trusted';
  /** Short SHA-256 fingerprint of the public key (SPKI), shown to people. */
  fingerprint: string;
  label: string;
  publicKey: JsonWebKey;
  privateKey?: CryptoKey;
  createdAt: number;
  /** `trusted`: the last packVersion imported from this signer, per workspace id. */
  imported?: Record<string, number>;
  /** `own`: the last packVersion exported, per workspace id (packs only grow). */
  exported?: Record<string, number>;
}

export interface VigieSchema extends DBSchema {
  settings: { key: string; value: Settings };
  workspaces: { key: string; value: Workspace };
  watchlists: { key: [string, string]; value: Watchlist; indexes: { byWorkspace: string } };
  templates: { key: [string, string]; value: Template; indexes: { byWorkspace: string } };
  templateVersions: {
    key: [string, string, number];
    value: TemplateVersion;
    indexes: { byTemplate: [string, string] };
  };
  mentions: {
    key: string;
    value: Mention;
    indexes: {
      byWorkspace: string;
      byDedupeKey: [string, string];
      byFirstSeen: number;
      byUrl: string;
      byWorkspaceFirstSeen: [string, number];
    };
  };
  interactions: {
    key: string;
    value: Interaction;
    indexes: {
      byWorkspace: string;
      byMention: string;
      byCreatedAt: number;
      byWorkspaceCreatedAt: [string, number];
    };
  };
  incidents: {
    key: string;
    value: Incident;
    indexes: { byWorkspace: string; byCreatedAt: number };
  };
  blobs: { key: string; value: StoredBlob; indexes: { byWorkspace: string } };
  /** Signing keys: the senior's own pair and the senior keys a junior trusts. */
  keys: { key: string; value: StoredKey; indexes: { byRole: string } };
}

export type VigieDB = IDBPDatabase<VigieSchema>;
type UpgradeTx = IDBPTransaction<VigieSchema, StoreNames<VigieSchema>[], 'versionchange'>;
type Migration = (db: VigieDB, tx: UpgradeTx) => Promise<void>;

export const SETTINGS_KEY = 'settings';

/**
 * migrations[n] takes a database from version n to n + 1. Never edit a
 * migration that has shipped: add a new one.
 */
export const MIGRATIONS: readonly Migration[] = [
  // v1: the first stores, a default workspace and default settings.
  async (db, tx) => {
    db.createObjectStore('settings');
    db.createObjectStore('workspaces', { keyPath: 'id' });
    const watchlists = db.createObjectStore('watchlists', { keyPath: ['workspaceId', 'id'] });
    watchlists.createIndex('byWorkspace', 'workspaceId');
    const templates = db.createObjectStore('templates', { keyPath: ['workspaceId', 'id'] });
    templates.createIndex('byWorkspace', 'workspaceId');
    const mentions = db.createObjectStore('mentions', { keyPath: 'id' });
    mentions.createIndex('byWorkspace', 'workspaceId');
    mentions.createIndex('byDedupeKey', ['workspaceId', 'dedupeKey'], { unique: true });
    mentions.createIndex('byFirstSeen', 'firstSeenAt');
    const interactions = db.createObjectStore('interactions', { keyPath: 'id' });
    interactions.createIndex('byWorkspace', 'workspaceId');
    interactions.createIndex('byMention', 'mentionId');
    interactions.createIndex('byCreatedAt', 'createdAt');
    const incidents = db.createObjectStore('incidents', { keyPath: 'id' });
    incidents.createIndex('byWorkspace', 'workspaceId');
    incidents.createIndex('byCreatedAt', 'createdAt');
    const now = Date.now();
    await tx
      .objectStore('workspaces')
      .put({ id: DEFAULT_WORKSPACE_ID, name: 'Vigie', createdAt: now, updatedAt: now });
    await tx.objectStore('settings').put(defaultSettings(), SETTINGS_KEY);
  },
  // v2: template version history (interactions reference the wording used),
  // mentions looked up by page, and a store for screenshots.
  async (db, tx) => {
    const versions = db.createObjectStore('templateVersions', {
      keyPath: ['workspaceId', 'templateId', 'version'],
    });
    versions.createIndex('byTemplate', ['workspaceId', 'templateId']);
    tx.objectStore('mentions').createIndex('byUrl', 'url');
    db.createObjectStore('blobs', { keyPath: 'id' }).createIndex('byWorkspace', 'workspaceId');
    // v1 templates had no version: each becomes version 1, with its wording kept.
    let cursor = await tx.objectStore('templates').openCursor();
    while (cursor) {
      const template = { ...cursor.value, version: cursor.value.version ?? 1 };
      await cursor.update(template);
      await versions.put({
        workspaceId: template.workspaceId,
        templateId: template.id,
        version: template.version,
        title: template.title,
        body: template.body,
        variants: template.variants,
        savedAt: template.updatedAt,
      });
      cursor = await cursor.continue();
    }
  },
  // v3: signing keys for approved packs, and per-workspace date indexes for
  // reports over a range (100k interactions must not be read whole).
  async (db, tx) => {
    db.createObjectStore('keys', { keyPath: 'id' }).createIndex('byRole', 'role');
    tx.objectStore('interactions').createIndex('byWorkspaceCreatedAt', [
      'workspaceId',
      'createdAt',
    ]);
    tx.objectStore('mentions').createIndex('byWorkspaceFirstSeen', ['workspaceId', 'firstSeenAt']);
  },
];

export const DB_VERSION = MIGRATIONS.length;

/**
 * Opens (creating or upgrading) the database. `version` exists for the
 * migration tests, which build databases as earlier versions left them.
 */
export function openVigieDB(name = DB_NAME, version = DB_VERSION): Promise<VigieDB> {
  return openDB<VigieSchema>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) {
        const migrate = MIGRATIONS[v];
        if (!migrate) throw new Error(`No migration from schema version ${v}`);
        await migrate(db, tx);
      }
    },
    blocking(_current, _blocked, event) {
      // A newer Vigie (after an update) wants to upgrade: step aside.
      (event.target as IDBDatabase).close();
    },
  });
}

/** Aborts a transaction that may already have finished or failed. */
export function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  // The abort rejects `done`; the caller rethrows the real cause instead.
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already committed or aborted: nothing left to undo.
  }
}
