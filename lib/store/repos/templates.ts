import type { VigieDB } from '../db';
import { type Template, type TemplateVersion, templateSchema } from '../schema';

export async function listTemplates(db: VigieDB, workspaceId: string): Promise<Template[]> {
  return db.getAllFromIndex('templates', 'byWorkspace', workspaceId);
}

export async function getTemplateVersion(
  db: VigieDB,
  workspaceId: string,
  templateId: string,
  version: number,
): Promise<TemplateVersion | undefined> {
  return db.get('templateVersions', [workspaceId, templateId, version]);
}

export async function listTemplateVersions(
  db: VigieDB,
  workspaceId: string,
  templateId: string,
): Promise<TemplateVersion[]> {
  return db.getAllFromIndex('templateVersions', 'byTemplate', [workspaceId, templateId]);
}

export function versionOf(template: Template): TemplateVersion {
  return {
    workspaceId: template.workspaceId,
    templateId: template.id,
    version: template.version,
    title: template.title,
    body: template.body,
    variants: template.variants,
    savedAt: template.updatedAt,
  };
}

/** True when two templates differ in wording (what a CM would send), not only in metadata. */
export function wordingChanged(before: Template, after: Template): boolean {
  return (
    before.title !== after.title ||
    before.body !== after.body ||
    JSON.stringify(before.variants ?? {}) !== JSON.stringify(after.variants ?? {})
  );
}

/**
 * Saves a template and its wording as a version, in one transaction. A change of
 * wording on an existing template gets the next version number; old versions stay.
 */
export async function saveTemplate(db: VigieDB, template: Template): Promise<Template> {
  const tx = db.transaction(['templates', 'templateVersions'], 'readwrite');
  const existing = await tx.objectStore('templates').get([template.workspaceId, template.id]);
  const version =
    existing && wordingChanged(existing, template) && template.version <= existing.version
      ? existing.version + 1
      : template.version;
  const record = templateSchema.parse({ ...template, version });
  await tx.objectStore('templates').put(record);
  await tx.objectStore('templateVersions').put(versionOf(record));
  await tx.done;
  return record;
}
