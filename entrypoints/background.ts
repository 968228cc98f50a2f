// First: starts the index request before the rest of background.js is evaluated (see that file).
import '../src/extension/background/prefetch';
import { defineBackground } from 'wxt/utils/define-background';
import { createEngine, createEngineInSteps } from '../src/core/engine';
import { startBackground } from '../src/extension/background';

// Wiring only: src/extension/background/index.ts registers every listener synchronously.
export default defineBackground(() => {
  startBackground({ createEngine, createEngineInSteps });
});
