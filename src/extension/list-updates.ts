/**
 * Installing a signed list update (docs/list-updates.md), from the mirrors or from a file, the same way in the
 * background (the daily alarm) and in the options page ("Update now", "Update from a file").
 * Browser calls come in through `UpdateEnv`, so this runs in Node tests as it runs in a browser.
 *
 * What is stored (storage.local), written by one `set` call so that a worker stopped mid-update
 * leaves either the old lists or the new ones, never half of each:
 *   LIST_UPDATE_KEY   { manifest, signature, index }: the bundle's exact text, verified again
 *                     whenever it is read (storage is not where trust comes from)
 *   LISTS_IN_USE_KEY  { version, created }: what the popup, the report and the options show
 * and LIST_UPDATE_STATUS_KEY: when, from where, and what happened (the options say why an update
 * was refused). It is written `started` when an attempt begins, inside the lock every attempt
 * holds: a `started` status found by whoever holds the lock next belongs to an attempt whose worker
 * or page was stopped before it ended, and it is settled as `interrupted` (nothing of it was stored).
 *
 * The requests: plain GETs of `<mirror>manifest.json`, `<mirror>manifest.sig` and, only when the
 * signed manifest is newer than the lists in use, the files it names; no cookies, no cache, no
 * referrer, no query string, nothing that differs between two people. Mirrors are tried in turn
 * until one answers with a manifest that verifies.
 */
import { nextTask } from '../core/slices';
import { readIndex } from '../lists/compiled';
import {
  INDEX_FILE,
  MANIFEST_FILE,
  MAX_MANIFEST_BYTES,
  type ManifestFile,
  type RawBundle,
  SIGNATURE_FILE,
  type TrustedKey,
  UpdateError,
  type VerifyPolicy,
  compareListVersions,
  concatBytes,
  importTrustedKeys,
  isListVersion,
  readOfflineBundle,
  utf8Bytes,
  verifyBundle,
  verifyFile,
  verifyManifest,
} from '../lists/updates/bundle';

export const LIST_UPDATE_KEY = 'listUpdate';
export const LISTS_IN_USE_KEY = 'listsInUse';
export const LIST_UPDATE_STATUS_KEY = 'listUpdateStatus';
/** Largest offline file read (the index, its manifest, quoted once more as JSON). */
export const MAX_OFFLINE_FILE_BYTES = 24 * 1024 * 1024;
const MAX_SIGNATURE_BYTES = 1024;

export interface StoredUpdate {
  manifest: string;
  signature: string;
  index: string;
}

export interface ListsInUse {
  version: string;
  /** The manifest's `created`: the date the lists are "of". */
  created: string;
}

export type UpdateOutcome = 'updated' | 'current' | 'failed';

export interface UpdateStatus {
  at: string;
  source: 'mirror' | 'file';
  /** `started`: under way, or stopped before it ended; `interrupted`: found stopped. */
  outcome: UpdateOutcome | 'started' | 'interrupted';
  /** The lists' version after the attempt (updated or current). */
  version?: string;
  /** Why it failed, in one line (a failure name first: "hash mismatch: ..."). */
  reason?: string;
}

export interface UpdateEnv {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  fetch(url: string, init: RequestInit): Promise<Response>;
  /** The text of the bundled index (the extension's own /unmask-index.json). */
  bundledIndexText(): Promise<string>;
  extensionVersion: string;
  /** Public keys (SPKI PEM) updates must be signed with. */
  trustedKeys: readonly string[];
  /** Base URLs ending in "/", tried in order. */
  mirrors: readonly string[];
  /** Each request gives up after this long (a mirror that hangs). */
  timeoutMs: number;
  now(): Date;
}

/** The same request whoever makes it: nothing in it says who asks or what they browse. */
export const REQUEST_INIT: RequestInit = {
  method: 'GET',
  credentials: 'omit',
  cache: 'no-store',
  referrerPolicy: 'no-referrer',
  redirect: 'error',
  mode: 'cors',
};

/** One update at a time across the worker and every extension page (same origin: one lock). */
async function exclusive<T>(run: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: { request(name: string, cb: () => Promise<T>): Promise<T> } } | undefined)?.locks;
  if (locks) return locks.request('unmask-list-update', run);
  const previous = chain;
  let release!: () => void;
  chain = new Promise<void>((r) => (release = r));
  await previous;
  try {
    return await run();
  } finally {
    release();
  }
}
let chain: Promise<void> = Promise.resolve();

let keyCache: { pems: readonly string[]; keys: Promise<TrustedKey[]> } | null = null;
function keysFor(pems: readonly string[]): Promise<TrustedKey[]> {
  if (keyCache?.pems !== pems) keyCache = { pems, keys: importTrustedKeys(pems) };
  return keyCache.keys;
}

/**
 * An index the engine can read: the one decoder, every shard, the shape the engine knows.
 * Parsed one shard per task and decoded in slices (`listsInSteps`), so that no step holds the
 * thread long.
 */
async function checkIndex(text: string): Promise<void> {
  try {
    const reader = readIndex(text);
    await nextTask();
    const all = reader.listsInSteps ? await reader.listsInSteps(nextTask) : reader.lists();
    if (all?.format !== 1 || !Array.isArray(all.indicators) || !Array.isArray(all.campaigns) || !Array.isArray(all.outlets))
      throw new Error('not the shape of an index');
    await nextTask();
  } catch (e) {
    if (e instanceof UpdateError) throw e;
    throw new UpdateError('not-an-index', `${INDEX_FILE}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function bundledVersionOf(text: string): string {
  const version = readIndex(text).version;
  return isListVersion(version) ? version : '0.0.0';
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The stored update, verified again against the keys and the bundled floor (no expiry: it was in date when installed). */
export async function readStoredUpdate(
  env: Pick<UpdateEnv, 'get' | 'trustedKeys'>,
  bundledVersion: string,
): Promise<{ version: string; index: string } | null> {
  const got = await env.get([LIST_UPDATE_KEY]);
  const stored = got[LIST_UPDATE_KEY] as Partial<StoredUpdate> | undefined;
  if (!stored || typeof stored.manifest !== 'string' || typeof stored.signature !== 'string' || typeof stored.index !== 'string')
    return null;
  try {
    const raw: RawBundle = {
      manifest: utf8Bytes(stored.manifest),
      signature: utf8Bytes(stored.signature),
      files: new Map([[INDEX_FILE, utf8Bytes(stored.index)]]),
    };
    const verified = await verifyBundle(raw, await keysFor(env.trustedKeys), { floor: bundledVersion });
    if (compareListVersions(verified.manifest.listVersion, bundledVersion) <= 0) return null;
    return { version: verified.manifest.listVersion, index: verified.indexText };
  } catch {
    return null;
  }
}

/** Verifies a whole bundle against the lists in use, checks its index, and swaps it in (under the lock: `record`). */
async function install(
  env: UpdateEnv,
  raw: RawBundle | ((policy: VerifyPolicy, keys: TrustedKey[]) => Promise<RawBundle>),
): Promise<{ outcome: UpdateOutcome; version: string }> {
  const bundledText = await env.bundledIndexText();
  const floor = bundledVersionOf(bundledText);
  const inUse = ((await env.get([LISTS_IN_USE_KEY]))[LISTS_IN_USE_KEY] as Partial<ListsInUse> | undefined)?.version;
  const current = isListVersion(inUse) && compareListVersions(inUse, floor) > 0 ? inUse : floor;
  const policy: VerifyPolicy = { floor, inUse: current, requireNewer: true, extensionVersion: env.extensionVersion, now: env.now() };
  const keys = await keysFor(env.trustedKeys);
  let bundle: RawBundle;
  try {
    bundle = typeof raw === 'function' ? await raw(policy, keys) : raw;
  } catch (e) {
    if (e instanceof UpdateError && e.failure === 'not-newer') return { outcome: 'current', version: current };
    throw e;
  }
  let verified;
  try {
    verified = await verifyBundle(bundle, keys, policy);
  } catch (e) {
    if (e instanceof UpdateError && e.failure === 'not-newer') return { outcome: 'current', version: current };
    throw e;
  }
  await nextTask();
  await checkIndex(verified.indexText);
  const stored: StoredUpdate = { manifest: utf8(bundle.manifest), signature: utf8(bundle.signature), index: verified.indexText };
  const info: ListsInUse = { version: verified.manifest.listVersion, created: verified.manifest.created };
  try {
    await env.set({ [LIST_UPDATE_KEY]: stored, [LISTS_IN_USE_KEY]: info });
  } catch (e) {
    throw new Error(`could not store the new lists (${e instanceof Error ? e.message : String(e)}); the lists in use are kept`);
  }
  return { outcome: 'updated', version: info.version };
}

/** One attempt, holding the lock from its `started` status to its outcome. */
function record(
  env: UpdateEnv,
  source: UpdateStatus['source'],
  attempt: () => Promise<{ outcome: UpdateOutcome; version: string }>,
): Promise<UpdateStatus> {
  return exclusive(async () => {
    try {
      await env.set({ [LIST_UPDATE_STATUS_KEY]: { at: env.now().toISOString(), source, outcome: 'started' } satisfies UpdateStatus });
    } catch {
      // As below: only what the options show.
    }
    let status: UpdateStatus;
    try {
      const { outcome, version } = await attempt();
      status = { at: env.now().toISOString(), source, outcome, version };
    } catch (e) {
      status = { at: env.now().toISOString(), source, outcome: 'failed', reason: e instanceof Error ? e.message : String(e) };
    }
    try {
      await env.set({ [LIST_UPDATE_STATUS_KEY]: status });
    } catch {
      // The status is what the options show; the lists in use are unaffected either way.
    }
    return status;
  });
}

/** Under the lock: a `started` status is an attempt that was stopped before it ended. */
async function settle(env: Pick<UpdateEnv, 'get' | 'set'>): Promise<void> {
  try {
    const status = (await env.get([LIST_UPDATE_STATUS_KEY]))[LIST_UPDATE_STATUS_KEY] as UpdateStatus | undefined;
    if (status?.outcome === 'started') await env.set({ [LIST_UPDATE_STATUS_KEY]: { ...status, outcome: 'interrupted' } });
  } catch {
    // Only what the options show.
  }
}

/**
 * Records an attempt that a stopped worker or a closed page left `started` as `interrupted`, once
 * no attempt runs (called when the worker starts and when the options open; it waits for a running
 * attempt to end, which then leaves its own outcome).
 */
export function settleInterruptedUpdate(env: Pick<UpdateEnv, 'get' | 'set'>): Promise<void> {
  return exclusive(() => settle(env));
}

/** A response's body, refused past `max` bytes (a declared length first, then as it streams in). */
async function readLimited(response: Response, max: number, what: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) throw new UpdateError('too-large', `${what} is ${declared} bytes (at most ${max})`);
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      void reader.cancel().catch(() => undefined);
      throw new UpdateError('too-large', `${what} is larger than ${max} bytes`);
    }
    chunks.push(value);
  }
  return concatBytes(chunks);
}

async function get(env: UpdateEnv, url: string, max: number, what: string): Promise<Uint8Array> {
  const controller = new AbortController();
  const late = `${what}: no answer within ${Math.round(env.timeoutMs / 1000)} s`;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The whole request, body included, within the time: a mirror that hangs, or trickles, is left.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(late));
    }, env.timeoutMs);
  });
  const request = (async () => {
    let response: Response;
    try {
      response = await env.fetch(url, { ...REQUEST_INIT, signal: controller.signal });
    } catch {
      throw new Error(controller.signal.aborted ? late : `${what}: the mirror cannot be reached`);
    }
    if (!response.ok) throw new Error(`${what}: HTTP ${response.status}`);
    try {
      return await readLimited(response, max, what);
    } catch (e) {
      if (e instanceof UpdateError) throw e;
      throw new Error(controller.signal.aborted ? late : `${what}: the download broke off`);
    }
  })();
  request.catch(() => undefined);
  try {
    return await Promise.race([request, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The bundle from one mirror: the manifest and its signature, verified, then only the files it names. */
function fromMirror(env: UpdateEnv, base: string) {
  return async (policy: VerifyPolicy, keys: TrustedKey[]): Promise<RawBundle> => {
    const manifest = await get(env, base + MANIFEST_FILE, MAX_MANIFEST_BYTES, MANIFEST_FILE);
    const signature = await get(env, base + SIGNATURE_FILE, MAX_SIGNATURE_BYTES, SIGNATURE_FILE);
    // Checked before anything larger is downloaded: not newer, expired or not ours ends here.
    const checked = await verifyManifest(manifest, signature, keys, policy);
    const files = new Map<string, Uint8Array>();
    for (const entry of checked.files) {
      const bytes = await fileFromMirror(env, base, entry);
      files.set(entry.path, bytes);
    }
    return { manifest, signature, files };
  };
}

async function fileFromMirror(env: UpdateEnv, base: string, entry: ManifestFile): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = await get(env, base + entry.path, entry.size, entry.path);
  } catch (e) {
    // More bytes than the manifest says: the file is not the one it signed.
    if (e instanceof UpdateError && e.failure === 'too-large')
      throw new UpdateError('size-mismatch', `${entry.path} is larger than the manifest says`);
    throw e;
  }
  await verifyFile(entry, bytes);
  return bytes;
}

/** Checks the mirrors in turn; installs the first newer bundle that verifies whole. */
export function updateFromMirrors(env: UpdateEnv): Promise<UpdateStatus> {
  return record(env, 'mirror', async () => {
    if (env.mirrors.length === 0) throw new Error('this build names no list mirror');
    let last: unknown = null;
    for (const mirror of env.mirrors) {
      try {
        return await install(env, fromMirror(env, mirror));
      } catch (e) {
        last = e;
      }
    }
    const message = last instanceof Error ? last.message : String(last);
    throw new Error(env.mirrors.length > 1 ? `no mirror had usable lists; the last said: ${message}` : message);
  });
}

/** Installs the offline file's bundle, verified exactly as one from a mirror. */
export function updateFromFile(env: UpdateEnv, text: string): Promise<UpdateStatus> {
  return record(env, 'file', () => install(env, readOfflineBundle(text)));
}
