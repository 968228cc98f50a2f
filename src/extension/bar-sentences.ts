/**
 * Gives the warning bar one language's finding sentences: each entrypoints/sentences-<lang>.ts
 * calls this with its catalogue, and the background injects the reader's one just before
 * warning.js. The renderer is kept in the bar's state in the isolated world (`__unmaskWarning`),
 * which the page cannot reach.
 */
import { tryRenderWith } from '../core/i18n/langs';
import type { Catalogue, Lang } from '../core/i18n/types';
import type { WarningState } from './content/warning-bar';

export function offerSentences(lang: Lang, catalogue: Catalogue): void {
  try {
    const g = globalThis as unknown as { __unmaskWarning?: WarningState };
    const state = (g.__unmaskWarning ??= {});
    (state.sentences ??= {})[lang] = (message) => tryRenderWith(catalogue, message);
  } catch {
    // Never throw into the page.
  }
}
