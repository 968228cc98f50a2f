/** Kebab-case: lower-case letters and digits in groups joined by single hyphens (every id in the lists, and a list's own id). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
