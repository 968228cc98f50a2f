/**
 * The compiled index as the extension ships it: `unmask-index.json`, gzip-compressed into
 * `unmask-index.json.gz` by the build (wxt.config.ts), so that the browser reads far fewer bytes
 * from the extension's package at every worker start; the browser's own
 * `DecompressionStream` inflates it. `public/unmask-index.json` stays plain for the CLI and the
 * tests. Imports nothing: the background's prefetch (src/extension/background/prefetch.ts) starts
 * this read before the rest of background.js is evaluated.
 */

/** The index's path inside the extension package. */
export const BUNDLED_INDEX_PATH = '/unmask-index.json.gz';

/**
 * The index's text from a response for BUNDLED_INDEX_PATH; throws on an HTTP error or a body that
 * is not gzip. The compressed bytes are read whole, then inflated: inflating the body chunk by
 * chunk as it arrives kept a cold worker's thread busy through its start, so the tab event that
 * woke it waited.
 */
export async function bundledIndexText(response: Response): Promise<string> {
  if (!response.ok) throw new Error(`unmask-index.json.gz: HTTP ${response.status}`);
  const packed = await response.arrayBuffer();
  return new Response(new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}
