/**
 * Dependency-free pieces the list modules share, the background's own-list checks among them
 * (own-lists.ts), which must not pull in the validator.
 */

/** Kebab-case: lower-case letters and digits in groups joined by single hyphens (every id in the lists, and a list's own id). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A JSON object: not null, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
