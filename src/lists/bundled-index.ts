/**
 * The compiled index as the extension ships it: `unmask-index.json`, gzip-compressed into
 * `unmask-index.json.gz` by the build (wxt.config.ts), so that the browser reads far fewer bytes
 * from the extension's package at every worker start; the browser's own
 * `DecompressionStream` inflates it. `public/unmask-index.json` stays plain for the CLI and the
 * tests. Imports nothing but a few lines of src/core/slices.ts: the background's prefetch
 * (src/extension/background/prefetch.ts) starts this read before the rest of background.js is
 * evaluated.
 */
import { nextTask } from '../core/slices';

/** The index's path inside the extension package. */
export const BUNDLED_INDEX_PATH = '/unmask-index.json.gz';

/**
 * The index's text from a response for BUNDLED_INDEX_PATH; throws on an HTTP error or a body that
 * is not gzip. The compressed bytes are read whole, then inflated: inflating the body chunk by
 * chunk as it arrives kept a cold worker's thread busy through its start, so the tab event that
 * woke it waited. The bytes go straight into the inflater's writable side and each inflated chunk
 * is decoded as it comes out (reading the inflater through a Blob's stream and a Response's
 * `text()` takes several times as long), with a task boundary after each chunk: the chunks are
 * there at once, and without it the whole text would be decoded in one task, ahead of the tab
 * event (docs/performance.md).
 */
export async function bundledIndexText(response: Response): Promise<string> {
  if (!response.ok) throw new Error(`unmask-index.json.gz: HTTP ${response.status}`);
  const packed = await response.arrayBuffer();
  const inflater = new DecompressionStream('gzip');
  const writer = inflater.writable.getWriter();
  // A body that is not gzip fails these too; the reader below reports it.
  writer.write(new Uint8Array(packed)).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = inflater.readable.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    await nextTask();
  }
  parts.push(decoder.decode());
  return parts.join('');
}
