/**
 * Renders a finding's sentence in a language: the one function the popup, the report, the
 * exports and the CLI call (the warning bar renders with one catalogue through langs.ts, the same
 * code path). Pure TypeScript and Intl: no browser API, so that the same words come out everywhere.
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
import { LANGS, parseLang, renderWith, tryRenderWith } from './langs';
import { pl } from './pl';
import { ru } from './ru';
import type { Catalogue, Lang, SummaryMessage } from './types';
import { uk } from './uk';

export { LANGS, parseLang };

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en, de, fr, uk, pl, ru };

/** A message in `lang` (a tag; English when we do not write that language). */
export function renderMessage(lang: string, message: SummaryMessage): string {
  return renderWith(CATALOGUES[parseLang(lang) ?? 'en'], message);
}

/** Renders, or null when the message cannot be read (a key from a newer engine, missing parameters). */
export function tryRender(lang: string, message: SummaryMessage | undefined): string | null {
  return tryRenderWith(CATALOGUES[parseLang(lang) ?? 'en'], message);
}

/** A finding's sentence in `lang`; its English `summary` when it carries no readable message. */
export function findingSentence(finding: Pick<Finding, 'summary' | 'message'>, lang: string): string {
  return tryRender(lang, finding.message) ?? finding.summary;
}

/** A flagged link's short line in `lang`; its English `summary` when it carries no readable message. */
export function flaggedSentence(target: Pick<FlaggedTarget, 'summary' | 'message'>, lang: string): string {
  return tryRender(lang, target.message) ?? target.summary;
}
