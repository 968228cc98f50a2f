import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { de } from '../src/core/i18n/de';
import { offerSentences } from '../src/extension/bar-sentences';

// The warning bar's sentences in this language: see src/extension/bar-sentences.ts.
export default defineUnlistedScript({ globalName: false, main: () => offerSentences('de', de) });
