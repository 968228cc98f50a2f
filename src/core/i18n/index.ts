/** Finding sentences in six languages: see render.ts. */
export { CATALOGUES, LANGS, findingSentence, flaggedSentence, parseLang, renderMessage } from './render';
export type { Catalogue, Lang, SummaryKey, SummaryMessage, SummaryParamsByKey } from './types';
