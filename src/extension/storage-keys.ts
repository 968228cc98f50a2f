/**
 * The storage.local keys the background reads at every start. Dependency-free on purpose:
 * background/prefetch.ts reads them before the rest of background.js is evaluated.
 */
export const SETTINGS_KEY = 'settings';
/**
 * Whether the person has own lists, and when they last changed (own-lists-store.ts): the lists
 * themselves are in the extension's IndexedDB; this key wakes the background and the options
 * pages when they change, and spares a worker without lists the database.
 */
export const OWN_LISTS_KEY = 'ownLists';
/** Where earlier versions of Unmask kept the own lists; the options page moves them (own-lists-store.ts). */
export const LEGACY_CUSTOM_LISTS_KEY = 'customLists';
