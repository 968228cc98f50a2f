/**
 * The layer rules of eslint.config.js, run on made-up imports: each forbidden import is reported
 * in the file where the architecture forbids it, and the imports the layers rely on are not.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../..', import.meta.url).pathname });

/** The messages of the layer rule for `code` as if it were the file `path`. */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('layer rules (npm run lint)', () => {
  it.each([
    ['src/core/zz.ts', "import { readLinks } from '../signals/links';\nexport const x = readLinks;"],
    ['src/core/detectors/zz.ts', "import { compileLists } from '../../lists/compile';\nexport const x = compileLists;"],
    ['src/core/zz.ts', "import { browser } from 'wxt/browser';\nexport const x = browser;"],
    ['src/core/zz.ts', "import type { Responses } from '../extension/messages';\nexport type X = Responses;"],
    ['src/core/detectors/zz.ts', "import Fuse from 'fuse.js/basic';\nexport const x = Fuse;"],
    ['src/signals/zz.ts', "import { parse } from 'tldts';\nexport const x = parse;"],
    ['src/signals/zz.ts', "import lookup from 'tldts-experimental/dist/es6/src/packed-hashes.js';\nexport const x = lookup;"],
    ['src/signals/zz.ts', "import { hostOfUrl } from '../core/hosts';\nexport const x = hostOfUrl;"],
    ['src/extension/content/zz.ts', "import { h } from 'preact';\nexport const x = h;"],
    ['src/extension/content/zz.ts', "import index from '../../../public/unmask-index.json';\nexport const x = index;"],
    ['src/extension/content/zz.ts', "import { judge } from '../../core/engine';\nexport const x = judge;"],
    ['src/extension/content/zz.ts', "import { isTrusted } from '../messages';\nexport const x = isTrusted;"],
    [
      'entrypoints/content-script.ts',
      "import { startBackground } from '../src/extension/background/index';\nexport const x = startBackground;",
    ],
    ['entrypoints/markers.ts', "import { judge } from '../src/core/engine';\nexport const x = judge;"],
    ['entrypoints/content-script.ts', "import { browser } from 'wxt/browser';\nexport const x = browser;"],
    ['src/extension/content/zz.ts', "import { browser } from '@wxt-dev/browser';\nexport const x = browser;"],
    ['src/core/platform-hosts.ts', "import { normalizeHost } from './hosts';\nexport const x = normalizeHost;"],
  ])('%s may not import: %s', async (path, code) => {
    expect(await layerErrors(path, code)).not.toEqual([]);
  });

  it.each([
    [
      'src/core/zz.ts',
      "import { parse } from 'tldts';\nimport { normalizeHost } from './hosts';\nexport const x = [parse, normalizeHost];",
    ],
    [
      'src/signals/zz.ts',
      "import { PLATFORM_HOSTS } from '../core/platform-hosts';\nimport type { PageSignals } from '../core/types';\nexport const x: PageSignals = { links: Object.keys(PLATFORM_HOSTS) };",
    ],
    [
      'src/extension/content/zz.ts',
      "import { extractSignals } from '../../signals/extract';\nimport type { PageMarker } from '../messages';\nimport { textRule } from './page-text';\nexport const x: PageMarker[] = [extractSignals, textRule] as never;",
    ],
    [
      'entrypoints/content-script.ts',
      "import { ownApi } from '../src/extension/content/own-api';\nimport { startContent } from '../src/extension/content/run';\nexport const x = [ownApi, startContent];",
    ],
    ['src/ui/zz.ts', "import { h } from 'preact';\nimport { compileLists } from '../lists/compile';\nexport const x = [h, compileLists];"],
    ['src/tools/zz.ts', "import Fuse from 'fuse.js';\nexport const x = Fuse;"],
  ])('%s may import: %s', async (path, code) => {
    expect(await layerErrors(path, code)).toEqual([]);
  });
});
