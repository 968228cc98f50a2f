/**
 * The extension ships its index gzip-compressed (src/lists/bundled-index.ts): tests that stand in
 * for the extension's own files serve it the same way.
 */
import { gzipSync } from 'node:zlib';
import { BUNDLED_INDEX_PATH } from '../../src/lists/bundled-index';

/** The file name of the bundled index, as a URL ends. */
export const BUNDLED_INDEX_FILE = BUNDLED_INDEX_PATH.slice(1);

/** A response with `text` gzip-compressed, as the browser serves the packaged file. */
export function bundledIndexResponse(text: string, status = 200): Response {
  return new Response(gzipSync(text), { status });
}
