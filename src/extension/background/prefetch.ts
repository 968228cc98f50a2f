/**
 * What a cold worker's first verdict waits for, requested as the very first thing background.js
 * does: the compiled index (`unmask-index.json.gz`, src/lists/bundled-index.ts) and the stored
 * settings and the marker of the own lists (own-lists-store.ts).
 *
 * Both are I/O, not work: reading an extension file and a cold worker's first storage.local read
 * each wait on the browser for a time that does not depend on their size, while evaluating the rest
 * of background.js (tldts' suffix table, fuse.js, the polyfill) takes comparable time (bench
 * section 5c milestones, in docs/benchmarks/). This module is imported first by
 * entrypoints/background.ts and imports nothing heavy, so both requests are in flight while the rest is evaluated. The background takes each
 * once, on its first need (`takePrefetched*`); later loads read again.
 *
 * Only the extension's own file and its own storage: nothing leaves the browser. Outside the extension's
 * own origin (unit tests, the CLI), nothing is started.
 */
import { BUNDLED_INDEX_PATH, bundledIndexText } from '../../lists/bundled-index';
import { OWN_LISTS_KEY, SETTINGS_KEY } from '../storage-keys';
import { markOnce } from './marks';

interface Runtime {
  getURL?: unknown;
}
interface LocalArea {
  get?: unknown;
}
type Api = { runtime?: Runtime; storage?: { local?: LocalArea } };

/** The extension API, only when this script runs as the extension's own background. */
function api(): Api | undefined {
  const g = globalThis as { browser?: Api; chrome?: Api; location?: { protocol?: unknown } };
  // Unit tests have a fake `browser` whose storage they fill later: never read it at import.
  if (typeof g.location?.protocol !== 'string' || !/^(?:chrome|moz)-extension:$/.test(g.location.protocol)) return undefined;
  return g.browser?.runtime ? g.browser : g.chrome;
}

function quiet<T>(request: Promise<T>): Promise<T> {
  // A failure is seen (and handled) by whoever takes the request.
  request.catch(() => undefined);
  return request;
}

/**
 * The text of the bundled index, inflated. The body is read as soon as the response is in, between the
 * tasks of the worker's start (its chunks need the worker's thread: read later, they would delay a
 * cold verdict). Parsed by the background (`readIndex`, src/lists/compiled.ts), which this module
 * does not import: whatever it imports is evaluated before it, and so before the request starts.
 */
export async function readIndexText(url: string): Promise<string> {
  const response = await fetch(url);
  markOnce('index-response');
  const text = await bundledIndexText(response);
  markOnce('index-read');
  return text;
}

let index: Promise<string> | null = null;
let local: Promise<Record<string, unknown>> | null = null;
try {
  const a = api();
  if (typeof a?.runtime?.getURL === 'function' && typeof fetch === 'function') {
    index = quiet(readIndexText((a.runtime.getURL as (path: string) => string)(BUNDLED_INDEX_PATH)));
  }
  if (typeof a?.storage?.local?.get === 'function') {
    const get = a.storage.local.get as (keys: string[]) => Promise<Record<string, unknown>>;
    local = quiet(Promise.resolve(get.call(a.storage.local, [SETTINGS_KEY, OWN_LISTS_KEY])));
  }
} catch {
  // Nothing started: the background reads everything when it needs it.
}

/** The index text read started at load, once; null afterwards (or when none was started). */
export function takePrefetchedIndex(): Promise<string> | null {
  const request = index;
  index = null;
  return request;
}

/** The storage.local read of the settings and the own lists' marker started at load, once. */
export function takePrefetchedLocal(): Promise<Record<string, unknown>> | null {
  const request = local;
  local = null;
  return request;
}
