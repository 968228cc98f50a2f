/**
 * The build asks V8 to compile the content script when it loads (scripts/compile-hints.ts): the hint
 * must be the script's first line, once, and only on the chunks it names.
 */
import { describe, expect, it } from 'vitest';
import { ALL_FUNCTIONS_CALLED_ON_LOAD, compileHints, withCompileHint } from '../../../scripts/compile-hints';

type Bundle = Record<string, { type: 'chunk' | 'asset'; fileName: string; code?: string }>;

function emit(bundle: Bundle): Bundle {
  const plugin = compileHints(['content-script.js']);
  (plugin.generateBundle as unknown as (options: unknown, bundle: Bundle) => void).call({}, {}, bundle);
  return bundle;
}

describe('compile hints', () => {
  it('puts the hint first, once, so that building twice changes nothing', () => {
    const once = withCompileHint('(function(){})();');
    expect(once).toBe(`${ALL_FUNCTIONS_CALLED_ON_LOAD}(function(){})();`);
    expect(withCompileHint(once)).toBe(once);
    expect(ALL_FUNCTIONS_CALLED_ON_LOAD).toBe('//# allFunctionsCalledOnLoad\n');
  });

  it('marks the named chunk only: never the background, a page script or an asset', () => {
    const bundle = emit({
      'content-script.js': { type: 'chunk', fileName: 'content-script.js', code: 'a();' },
      'background.js': { type: 'chunk', fileName: 'background.js', code: 'b();' },
      'warning.js': { type: 'chunk', fileName: 'warning.js', code: 'c();' },
      'content-script.js.map': { type: 'asset', fileName: 'content-script.js.map' },
    });
    expect(bundle['content-script.js']!.code).toBe(`${ALL_FUNCTIONS_CALLED_ON_LOAD}a();`);
    expect(bundle['background.js']!.code).toBe('b();');
    expect(bundle['warning.js']!.code).toBe('c();');
    expect(bundle['content-script.js.map']!.code).toBeUndefined();
  });
});
