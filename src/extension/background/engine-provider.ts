/**
 * The engines the background judges with, from the compiled index and the person's own lists.
 * Independent of the settings: the same engine serves every tab and every setting.
 *
 * - The index's text was requested as background.js loaded (prefetch.ts); it is parsed as soon as
 *   it is in, and kept until the full engine is built (a change of the person's own lists reads it
 *   again).
 * - A cold worker's first verdict is for one URL: until the full engine is asked for, it is made
 *   by an engine over the index's head and that URL's shards (`engineForUrl`; src/lists/compiled.ts:
 *   the same verdict for URLs with those shard keys, from a fraction of the indicators and of the
 *   text to parse). The full engine is built as soon as that verdict is shown (`buildFullSoon`).
 * - A signed list update (list-updates.ts), when one is installed and newer than the bundled
 *   lists, replaces the bundled index: it is read from storage.local and verified again
 *   (signature, hashes, the bundled floor) whenever the index is read; anything that fails that
 *   leaves the bundled lists in use.
 * - `invalidate()` is the one way to drop what was built: the person's own lists changed, or an
 *   update was installed. A running worker then builds the new engine in steps of a few
 *   milliseconds each (each shard of the index, decoding the rows, the engine's indexes:
 *   `listsInSteps`, `createEngineInSteps`), so that the swap never holds the worker for long; after a list update it keeps answering
 *   with the engine it had until the new one is ready (`fresh()`). The full engine after a cold
 *   start's first verdict is built in the same steps.
 */
import { browser } from 'wxt/browser';
import { judgedShardKeys } from '../../core/engine';
import type { CompiledLists, Engine } from '../../core/types';
import { BUNDLED_INDEX_PATH } from '../../lists/bundled-index';
import { type IndexReader, readIndex, wholeIndex } from '../../lists/compiled';
import { loadStoredCustomLists, OWN_LISTS_KEY, withCustomLists } from '../own-lists-store';
import { listUpdateConfig } from '../list-update-config';
import { LISTS_IN_USE_KEY, readStoredUpdate } from '../list-updates';
import { markOnce } from './marks';
import { readIndexText, takePrefetchedIndex } from './prefetch';

export interface BackgroundDeps {
  createEngine(compiled: CompiledLists): Engine;
  /** The same engine built in steps (core/engine.ts); without it, `createEngine` in one step. */
  createEngineInSteps?(compiled: CompiledLists, pause: () => Promise<void>, options?: { warm?: boolean }): Promise<Engine>;
  /** Reads the compiled index; by default fetched from the extension's own `/unmask-index.json`. */
  loadLists?: () => Promise<CompiledLists>;
}

export interface EngineProvider {
  /**
   * The engine over every list, memoised for this worker's life; after `invalidate()`, the engine
   * of the previous lists until the new one is built.
   */
  engine(): Promise<Engine>;
  /** The engine over the current lists, once built (after `invalidate()`: the new one). */
  fresh(): Promise<Engine>;
  /** The engine to judge `url` from its address alone: the first engine at a cold start, else the full one. */
  engineForUrl(url: string): Promise<Engine>;
  /** After a verdict from the first engine: the full one, in its own task. */
  buildFullSoon(): void;
  /**
   * The person's own lists changed, or a list update was installed: every engine is built again.
   * `keepAnswering`: until the new engine is built, verdicts come from the previous one (a list
   * update, which nobody waits for); without it they wait for the new one (the person's own
   * change, whose effect they expect to see at once).
   */
  invalidate(keepAnswering?: boolean): void;
}

/** The index from the extension's own file: the text `early` (prefetch.ts) if given and read, else a new read. */
async function fetchIndex(early: Promise<string> | null): Promise<IndexReader> {
  const url = (browser.runtime.getURL as (path: string) => string)(BUNDLED_INDEX_PATH);
  const text = await (early?.catch(() => readIndexText(url)) ?? readIndexText(url));
  // Data, not code: read by the one decoder (src/lists/compiled.ts: format 4 as written by
  // `npm run lists`, or format 1), which refuses any other format.
  try {
    const reader = readIndex(text);
    markOnce('index-fetched');
    return reader;
  } catch (e) {
    throw new Error(`unmask-index.json: not a compiled index (${e instanceof Error ? e.message : String(e)})`);
  }
}

/**
 * The installed update's index instead of the bundled one, when there is one, it verifies and it
 * is newer; else the bundled index. `inUse` is the small record read beside the bundled file: with
 * none, the large stored bundle is not read at all.
 */
async function withUpdate(bundled: IndexReader, inUse: Promise<Record<string, unknown>>): Promise<IndexReader> {
  const info = await inUse.catch(() => ({}) as Record<string, unknown>);
  if (info[LISTS_IN_USE_KEY] === undefined) return bundled;
  const get = (keys: string[]) => browser.storage.local.get(keys) as Promise<Record<string, unknown>>;
  const stored = await readStoredUpdate({ get, trustedKeys: listUpdateConfig().keys }, bundled.version).catch(() => null);
  if (stored === null) return bundled;
  try {
    const reader = readIndex(stored.index);
    return reader;
  } catch {
    return bundled;
  }
}

/** The lists from the index (all, or the head and the shards of these keys), decoded and shape-checked. */
function decodedLists(reader: IndexReader, keys?: readonly string[]): CompiledLists {
  let data: CompiledLists;
  try {
    data = reader.lists(keys);
  } catch (e) {
    throw notAnIndex(e);
  }
  return shapeChecked(data);
}

/** Every list from the index, decoded over several tasks (`listsInSteps`), shape-checked. */
async function decodedListsInSteps(reader: IndexReader & Required<Pick<IndexReader, 'listsInSteps'>>): Promise<CompiledLists> {
  let data: CompiledLists;
  try {
    data = await reader.listsInSteps(pause);
  } catch (e) {
    throw notAnIndex(e);
  }
  return shapeChecked(data);
}

function notAnIndex(e: unknown): Error {
  return new Error(`unmask-index.json: not a compiled index (${e instanceof Error ? e.message : String(e)})`);
}

function shapeChecked(data: CompiledLists): CompiledLists {
  markOnce('index-decoded');
  if (data?.format !== 1 || !Array.isArray(data.indicators) || !Array.isArray(data.campaigns)) {
    throw new Error('unmask-index.json: not a compiled index (format 1 or 3)');
  }
  return data;
}

/**
 * `earlyLocal`: the storage.local read background.js started as it loaded (prefetch.ts); the first
 * read of the person's own lists uses it (once; dropped if they change first).
 */
export function createEngineProvider(deps: BackgroundDeps, earlyLocal: Promise<Record<string, unknown>> | null): EngineProvider {
  let earlyLists = earlyLocal;

  let indexPromise: Promise<IndexReader> | null = null;
  function index(early: Promise<string> | null = null): Promise<IndexReader> {
    if (indexPromise !== null) return indexPromise;
    let promise: Promise<IndexReader>;
    if (deps.loadLists) promise = deps.loadLists().then(wholeIndex);
    else {
      const inUse = Promise.resolve(browser.storage.local.get([LISTS_IN_USE_KEY]) as Promise<Record<string, unknown>>);
      promise = fetchIndex(early).then((bundled) => withUpdate(bundled, inUse));
    }
    indexPromise = promise;
    promise.catch(() => {
      if (indexPromise === promise) indexPromise = null;
    });
    return promise;
  }
  if (!deps.loadLists) {
    const early = takePrefetchedIndex();
    if (early !== null) void index(early).catch(() => undefined);
  }

  /** The person's own lists, read once per engine (own-lists-store.ts), in parallel with the index. */
  let customRead: Promise<unknown> | null = null;
  function customLists(): Promise<unknown> {
    if (customRead !== null) return customRead;
    // The first read uses the one started at load (a cold worker's first storage read is slow).
    const early = earlyLists;
    earlyLists = null;
    // The marker says whether there are lists at all (own-lists-store.ts): none, no database.
    const read = early
      ? early.then(
          (got) => loadStoredCustomLists(Promise.resolve(got[OWN_LISTS_KEY])),
          () => loadStoredCustomLists(),
        )
      : loadStoredCustomLists();
    customRead = read.then((raw) => {
      markOnce('custom-lists-read');
      return raw;
    });
    return customRead;
  }

  async function buildEngine(lists: CompiledLists): Promise<Engine> {
    // Unmask's lists plus the person's own (own-lists-store.ts: only lists switched on that pass the
    // checks depending on Unmask's side; if they cannot be read, Unmask's lists alone).
    const merged = await withCustomLists(lists, customLists());
    markOnce('engine-start');
    const built = deps.createEngine(merged);
    markOnce('engine-built');
    return built;
  }

  /** The engine over every list, one step per task (see the design comment above). */
  async function buildFullInSteps(reader: IndexReader & Required<Pick<IndexReader, 'listsInSteps'>>): Promise<Engine> {
    const lists = await decodedListsInSteps(reader);
    const merged = await withCustomLists(lists, customLists());
    await pause();
    // Replacing an engine that answers meanwhile (a list update): every open tab is judged again
    // as soon as the new one is ready, which would build its lazily built indexes in one task each.
    const warm = previous !== null;
    return deps.createEngineInSteps ? deps.createEngineInSteps(merged, pause, { warm }) : deps.createEngine(merged);
  }

  /** The engine of the lists before `invalidate()`, answering until the new one is built. */
  let previous: Engine | null = null;
  /** The full engine over the current lists, once built. */
  let current: Engine | null = null;
  let enginePromise: Promise<Engine> | null = null;
  function fresh(): Promise<Engine> {
    if (enginePromise !== null) return enginePromise;
    const promise: Promise<Engine> = index()
      .then((reader) =>
        deps.createEngineInSteps && reader.listsInSteps
          ? buildFullInSteps(reader as IndexReader & Required<Pick<IndexReader, 'listsInSteps'>>)
          : buildEngine(decodedLists(reader)),
      )
      .then((built) => {
        markOnce('engine-full');
        if (enginePromise === promise) {
          // Everything the first verdict's engine, the previous engine and the index text held can go.
          firstEngine = null;
          indexPromise = null;
          previous = null;
          current = built;
        }
        return built;
      })
      .catch((error: unknown) => {
        // Try again on the next event (unless the lists changed meanwhile and a newer one started).
        if (enginePromise === promise) {
          enginePromise = null;
          customRead = null;
        }
        throw error;
      });
    enginePromise = promise;
    return promise;
  }

  function engine(): Promise<Engine> {
    const promise = fresh();
    return previous !== null ? Promise.resolve(previous) : promise;
  }

  let firstEngine: { keys: string; engine: Promise<Engine> } | null = null;
  function engineForUrl(url: string): Promise<Engine> {
    // Once the full engine is asked for and no first engine is left, every URL gets the full one
    // (no shard keys to work out on each navigation); during a swap, the previous one.
    if (deps.loadLists || previous !== null || (firstEngine === null && enginePromise !== null)) return engine();
    const keys = judgedShardKeys(url);
    const joined = keys.join(' ');
    if (firstEngine !== null) return firstEngine.keys === joined ? firstEngine.engine : engine();
    const promise: Promise<Engine> = index().then((reader) => (reader.sharded ? buildEngine(decodedLists(reader, keys)) : engine()));
    const entry = { keys: joined, engine: promise };
    firstEngine = entry;
    promise.catch(() => {
      if (firstEngine === entry) firstEngine = null;
    });
    return promise;
  }

  function buildFullSoon(): void {
    if (enginePromise !== null || firstEngine === null) return;
    setTimeout(() => void engine().catch(() => undefined), 0);
  }

  function invalidate(keepAnswering = false): void {
    // The engine over the lists before this change answers until the new one is built (a change
    // during a swap keeps the engine it was answering with: the last complete one).
    previous = keepAnswering ? (previous ?? current) : null;
    current = null;
    indexPromise = null;
    enginePromise = null;
    firstEngine = null;
    customRead = null;
    earlyLists = null;
    if (previous !== null) setTimeout(() => void fresh().catch(() => undefined), 0);
  }

  return { engine, fresh, engineForUrl, buildFullSoon, invalidate };
}

/** Lets other tasks run (a verdict, a message) between two steps of a build. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
