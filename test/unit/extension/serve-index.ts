/**
 * The background fetches its index from the extension's own `unmask-index.json.gz`: tests serve
 * fixture lists there through a stubbed `fetch` (anything else is a 404) and count the requests.
 */
import { vi } from 'vitest';
import type { CompiledLists } from '../../../src/core/types';
import { serializeCompiled } from '../../../src/lists/compiled';
import { BUNDLED_INDEX_FILE, bundledIndexResponse } from '../../support/bundled-index';

export const EXT_ID = 'test-extension-id';
export const EXT_BASE = `chrome-extension://${EXT_ID}/`;

export function serveIndex(lists: CompiledLists): { count: number } {
  const requests = { count: 0 };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      requests.count++;
      if (url !== `${EXT_BASE}${BUNDLED_INDEX_FILE}`) return new Response('', { status: 404 });
      return bundledIndexResponse(serializeCompiled(lists));
    }),
  );
  return requests;
}
