import type { BundleTemplate } from '../bundle/format';
import type { QueryError } from '../bundle/validate';
import { templateErrorMessageKey } from './messages';
import { validateTemplate } from './variables';

/** A template's variable errors as i18n keys with the 1-based position first, per field. */
export function templateErrors(
  template: Pick<BundleTemplate, 'body' | 'variants'>,
): (QueryError & { field: string })[] {
  return validateTemplate(template).map((issue) => ({
    field: issue.path,
    key: templateErrorMessageKey(issue.code),
    substitutions: [String(issue.start + 1), ...issue.params],
  }));
}
