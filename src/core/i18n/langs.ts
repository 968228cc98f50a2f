/**
 * The languages the finding sentences are written in, and rendering with one catalogue, apart
 * from the catalogues themselves: the background names the reader's language without carrying
 * any catalogue, and each warning-bar sentence script (entrypoints/sentences-*.ts) carries one.
 */
import type { Catalogue, Lang, SummaryMessage } from './types';

export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'uk', 'pl', 'ru'];

/** One of `LANGS` for a language tag ("de", "de-AT", "uk_UA"), or null for a language we do not write. */
export function parseLang(tag: string): Lang | null {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : null;
}

/** A message in one catalogue's language; throws for a key the catalogue does not have. */
export function renderWith(catalogue: Catalogue, message: SummaryMessage): string {
  const render = catalogue[message.key] as ((params: SummaryMessage['params']) => string) | undefined;
  if (render === undefined) throw new Error(`unknown message key ${JSON.stringify(message.key)}`);
  return render(message.params);
}

/** Renders, or null when the message cannot be read (a key from a newer engine, missing parameters). */
export function tryRenderWith(catalogue: Catalogue, message: SummaryMessage | undefined): string | null {
  if (message === undefined || message === null || typeof message !== 'object') return null;
  try {
    return renderWith(catalogue, message);
  } catch {
    return null;
  }
}
