/**
 * Text artifacts: phrases that give away machine-rewritten propaganda, each read in a citable page.
 *
 * CopyCop / Storm-1516: the leftover rewriting prompt below opens articles on two sites the DIMA
 * compilation lists as CopyCop/Storm-1516 (franceencolere.fr, veritecachee.fr); we read it on those
 * pages (stored copies) and cite them as evidence that the phrase appears. The English leftover that
 * coverage of Recorded Future's May 2024 report quotes ("It is important to note that this article
 * is written with the context provided by the text prompt") was only found on an http-only copy,
 * so it is left out until an https source can be cited.
 *
 * Storm-2035: no leftover prompt or model refusal was found in a citable page (the coverage of the
 * Microsoft and OpenAI reports read here quotes site names and insults, not AI leftovers), so there
 * is no Storm-2035 artifact.
 *
 * The phrase keeps the typographic apostrophes as published.
 */
import type { TextArtifact } from '../../src/core/types';

export const ARTIFACTS: TextArtifact[] = [
  {
    id: 'copycop-fr-rewrite-prompt-conservative-macron',
    phrase:
      'S’il vous plaît, réécrivez cet article en adoptant une position conservatrice contre les politiques libérales de l’administration Macron en faveur des citoyens français de la classe ouvrière.',
    lang: 'fr',
    note: 'An instruction to an AI model to rewrite an article with a political slant, published by mistake at the top of the article: a sign the text was machine-rewritten for a campaign.',
    campaigns: ['storm-1516'],
    sources: ['copycop-page-franceencolere-2024-03-15', 'copycop-page-veritecachee-2024-03-07'],
  },
];
