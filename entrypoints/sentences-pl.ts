import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pl } from '../src/core/i18n/pl';
import { offerSentences } from '../src/extension/bar-sentences';

// The warning bar's sentences in this language: see src/extension/bar-sentences.ts.
export default defineUnlistedScript({ globalName: false, main: () => offerSentences('pl', pl) });
