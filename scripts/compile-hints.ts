/**
 * A build step that asks V8 to compile a script's functions when it loads the script
 * (`//# allFunctionsCalledOnLoad`, V8's explicit compile hints, honoured by Chrome 136 and later;
 * any other engine reads a comment). Without it V8 only pre-parses each function at load and parses
 * it again, in full, on its first call. The content script calls nearly all of its functions on
 * every page within one idle callback, so that second parse is pure cost, paid on the page's main
 * thread (docs/performance.md, section 2 of `npm run bench -- --browser`).
 */
import type { Plugin } from 'vite';

export const ALL_FUNCTIONS_CALLED_ON_LOAD = '//# allFunctionsCalledOnLoad\n';

/** The script with the hint as its first line (once). */
export function withCompileHint(code: string): string {
  return code.startsWith(ALL_FUNCTIONS_CALLED_ON_LOAD) ? code : ALL_FUNCTIONS_CALLED_ON_LOAD + code;
}

/** Vite plugin: puts the hint on the emitted chunks named in `fileNames`, after minification. */
export function compileHints(fileNames: readonly string[]): Plugin {
  return {
    name: 'unmask-compile-hints',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && fileNames.includes(chunk.fileName)) chunk.code = withCompileHint(chunk.code);
      }
    },
  };
}
