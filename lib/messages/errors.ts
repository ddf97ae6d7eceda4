/** Thrown by a handler when the caller may not do this (role, template status): answered as `forbidden`. */
export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}
