/**
 * The storage.local keys the background reads at every start. Dependency-free on purpose:
 * background/prefetch.ts reads them before the rest of background.js is evaluated.
 */
export const SETTINGS_KEY = 'settings';
/** The person's own lists (custom-lists.ts). */
export const CUSTOM_LISTS_KEY = 'customLists';
