import type { Template } from '../../../lib/store/schema';

/** An approved template with just what a test cares about. */
export function template(fields: Partial<Template> & Pick<Template, 'id'>): Template {
  return {
    workspaceId: 'test',
    title: fields.id,
    body: 'Body.',
    language: 'en',
    status: 'approved',
    tags: [],
    version: 1,
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  };
}
