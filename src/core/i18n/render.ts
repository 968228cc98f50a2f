/**
 * Renders a finding's sentence in a language: the one function the popup, the report, the warning
 * bar (through the background), the exports and the CLI call. Pure TypeScript and Intl: no
 * browser API, so that the same words come out everywhere.
 *
 * The language is the caller's choice (src/ui/i18n.ts `uiLang()` in the extension, `--lang` in the
 * CLI); any tag is accepted and reduced to one of `LANGS` (`de-AT` -> `de`, unknown -> `en`).
 * A finding without a message (built by an older engine, or handed over by hand) keeps its English
 * `summary`.
 */
import type { FlaggedTarget, Finding } from '../types';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { pl } from './pl';
import { ru } from './ru';
import type { Catalogue, Lang, SummaryMessage } from './types';
import { uk } from './uk';

export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'uk', 'pl', 'ru'];

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en, de, fr, uk, pl, ru };

/** One of `LANGS` for a language tag ("de", "de-AT", "uk_UA"), or null for a language we do not write. */
export function parseLang(tag: string): Lang | null {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : null;
}

/** A message in `lang` (a tag; English when we do not write that language). */
export function renderMessage(lang: string, message: SummaryMessage): string {
  const catalogue = CATALOGUES[parseLang(lang) ?? 'en'];
  const render = catalogue[message.key] as ((params: SummaryMessage['params']) => string) | undefined;
  if (render === undefined) throw new Error(`unknown message key ${JSON.stringify(message.key)}`);
  return render(message.params);
}

/** Renders, or null when the message cannot be read (a key from a newer engine, missing parameters). */
function tryRender(lang: string, message: SummaryMessage | undefined): string | null {
  if (message === undefined || message === null || typeof message !== 'object') return null;
  try {
    return renderMessage(lang, message);
  } catch {
    return null;
  }
}

/** A finding's sentence in `lang`; its English `summary` when it carries no readable message. */
export function findingSentence(finding: Pick<Finding, 'summary' | 'message'>, lang: string): string {
  return tryRender(lang, finding.message) ?? finding.summary;
}

/** A flagged link's short line in `lang`; its English `summary` when it carries no readable message. */
export function flaggedSentence(target: Pick<FlaggedTarget, 'summary' | 'message'>, lang: string): string {
  return tryRender(lang, target.message) ?? target.summary;
}
