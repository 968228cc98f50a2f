/**
 * Gives the warning bar one language's finding sentences: each entrypoints/sentences-<lang>.ts
 * calls this with its catalogue, and the background injects the reader's one just before
 * warning.js. The renderer is kept in the bar's state in the isolated world (under
 * `WARNING_STATE`, mark-key.ts), which the page cannot reach.
 */
import { tryRenderWith } from '../core/i18n/langs';
import type { Catalogue, Lang } from '../core/i18n/types';
import { WARNING_STATE, type WithWarningState } from './content/mark-key';

export function offerSentences(lang: Lang, catalogue: Catalogue): void {
  try {
    const g = globalThis as WithWarningState;
    const state = (g[WARNING_STATE] ??= {});
    (state.sentences ??= {})[lang] = (message) => tryRenderWith(catalogue, message);
  } catch {
    // Never throw into the page.
  }
}
