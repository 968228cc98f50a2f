/**
 * Installing list updates (src/extension/list-updates.ts) against a fake storage and fake
 * mirrors: a good bundle is swapped in whole; every fault (tampered, wrong signature,
 * unknown key, rolled back, expired, truncated or oversized download, a mirror that hangs or
 * answers 404, 500 or HTML, two updates racing, disk quota) keeps the lists in use exactly as
 * they were and records why; mirrors are tried in turn; the requests carry nothing of the person.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  LIST_UPDATE_KEY,
  LIST_UPDATE_STATUS_KEY,
  LISTS_IN_USE_KEY,
  readStoredUpdate,
  settleInterruptedUpdate,
  type UpdateEnv,
  type UpdateStatus,
  updateFromFile,
  updateFromMirrors,
} from '../../../src/extension/list-updates';
import { INDEX_FILE, MANIFEST_FILE, OFFLINE_FILE, SIGNATURE_FILE } from '../../../src/lists/updates/bundle';
import { buildBundle } from '../../../src/lists/updates/publish';

const FIXTURE = JSON.parse(readFileSync(new URL('../../fixtures/engine/lists.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const indexText = (version: string): string => JSON.stringify({ ...FIXTURE, version });
const BUNDLED = indexText('1.0.0');
const NOW = new Date('2026-12-05T10:00:00Z');

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }) as string,
  };
}
const key = keyPair();
const stranger = keyPair();

function bundle(version: string, over: { privatePem?: string; created?: Date; days?: number; index?: string } = {}): Map<string, string> {
  return buildBundle({
    privateKeyPem: over.privatePem ?? key.privatePem,
    indexText: over.index ?? indexText(version),
    listVersion: version,
    minExtensionVersion: '0.1.0',
    created: over.created ?? new Date('2026-12-04T00:00:00Z'),
    days: over.days ?? 30,
  }).files;
}

type Route = (path: string) => Response | Promise<Response>;
interface Request_ {
  url: string;
  init: RequestInit;
}

let storage: Record<string, unknown>;
let requests: Request_[];
let failSet: boolean;

function env(routes: Record<string, Route>, over: Partial<UpdateEnv> = {}): UpdateEnv {
  return {
    get: async (keys) => Object.fromEntries(keys.filter((k) => k in storage).map((k) => [k, structuredClone(storage[k])])),
    set: async (items) => {
      if (failSet && !(LIST_UPDATE_STATUS_KEY in items)) throw new Error('QUOTA_BYTES quota exceeded');
      Object.assign(storage, structuredClone(items));
    },
    fetch: async (url, init) => {
      requests.push({ url, init });
      const u = new URL(url);
      const route = routes[u.origin];
      if (!route) throw new TypeError('Failed to fetch');
      return route(u.pathname.slice(1));
    },
    bundledIndexText: async () => BUNDLED,
    extensionVersion: '0.1.0',
    trustedKeys: [key.publicPem],
    mirrors: Object.keys(routes).map((o) => `${o}/`),
    timeoutMs: 200,
    now: () => NOW,
    ...over,
  };
}

/** A mirror serving these files (404 for anything else). */
function serve(files: Map<string, string>): Route {
  return (path) => (files.has(path) ? new Response(files.get(path)!, { status: 200 }) : new Response('Not found', { status: 404 }));
}

/** The lists in use as the worker would read them. */
async function inUse(): Promise<string> {
  const stored = await readStoredUpdate(env({}), '1.0.0');
  return stored === null ? 'bundled 1.0.0' : `update ${stored.version}`;
}

beforeEach(() => {
  storage = {};
  requests = [];
  failSet = false;
});

describe('list updates from mirrors', () => {
  it('installs a newer bundle whole, and says so', async () => {
    const status = await updateFromMirrors(env({ 'https://a.example': serve(bundle('1.1.0')) }));
    expect(status).toMatchObject({ outcome: 'updated', version: '1.1.0', source: 'mirror' });
    expect(await inUse()).toBe('update 1.1.0');
    expect(storage[LISTS_IN_USE_KEY]).toEqual({ version: '1.1.0', created: '2026-12-04T00:00:00.000Z' });
    expect((storage[LIST_UPDATE_STATUS_KEY] as UpdateStatus).outcome).toBe('updated');
  });

  it('asks only for the manifest, its signature and the files it names, with no cookie, cache, referrer or query', async () => {
    await updateFromMirrors(env({ 'https://a.example': serve(bundle('1.1.0')) }));
    expect(requests.map((r) => r.url)).toEqual([
      `https://a.example/${MANIFEST_FILE}`,
      `https://a.example/${SIGNATURE_FILE}`,
      `https://a.example/${INDEX_FILE}`,
    ]);
    for (const { init } of requests) {
      expect(init).toMatchObject({ method: 'GET', credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
      expect(init.headers).toBeUndefined();
      expect(init.body).toBeUndefined();
    }
  });

  it('when nothing is newer, downloads no index and keeps the lists', async () => {
    await updateFromMirrors(env({ 'https://a.example': serve(bundle('1.1.0')) }));
    requests = [];
    const status = await updateFromMirrors(env({ 'https://a.example': serve(bundle('1.1.0')) }));
    expect(status.outcome).toBe('current');
    expect(requests.map((r) => r.url.split('/').pop())).toEqual([MANIFEST_FILE, SIGNATURE_FILE]);
  });

  const faults: [string, () => Route, RegExp][] = [
    ['a 404', () => () => new Response('Not found', { status: 404 }), /HTTP 404/],
    ['a 500', () => () => new Response('oops', { status: 500 }), /HTTP 500/],
    [
      'an HTML page',
      () => () => new Response('<!doctype html><title>Welcome</title>', { status: 200, headers: { 'content-type': 'text/html' } }),
      /malformed manifest/,
    ],
    ['a hanging mirror', () => () => new Promise<Response>(() => undefined), /no answer within/],
    [
      'a tampered index',
      () => {
        const files = bundle('1.2.0');
        files.set(INDEX_FILE, files.get(INDEX_FILE)!.replace('washingtonpost.pm', 'washingtonpost.pn'));
        return serve(files);
      },
      /hash mismatch/,
    ],
    [
      'a tampered manifest',
      () => {
        const files = bundle('1.2.0');
        files.set(MANIFEST_FILE, files.get(MANIFEST_FILE)!.replace('"1.2.0"', '"1.3.0"'));
        return serve(files);
      },
      /bad signature/,
    ],
    ['an unknown key', () => serve(bundle('1.2.0', { privatePem: stranger.privatePem })), /unknown key/],
    ['an expired manifest', () => serve(bundle('1.2.0', { created: new Date('2026-09-01T00:00:00Z'), days: 30 })), /expired/],
    ['a rolled-back version', () => serve(bundle('0.9.0')), /rolled back/],
    [
      'a truncated download',
      () => {
        const files = bundle('1.2.0');
        files.set(INDEX_FILE, files.get(INDEX_FILE)!.slice(0, 100));
        return serve(files);
      },
      /size mismatch/,
    ],
    [
      'an oversized download',
      () => {
        const files = bundle('1.2.0');
        files.set(INDEX_FILE, files.get(INDEX_FILE)! + ' '.repeat(100_000));
        return serve(files);
      },
      /size mismatch/,
    ],
    ['an oversized manifest', () => () => new Response(new Uint8Array(200_000).fill(32), { status: 200 }), /too large/],
    ['a signed file that is not an index', () => serve(bundle('1.2.0', { index: '{"format":1,"version":"1.2.0"}' })), /not a list index/],
  ];
  for (const [name, route, reason] of faults) {
    it(`keeps the lists in use on ${name}, and records why`, async () => {
      await updateFromMirrors(env({ 'https://a.example': serve(bundle('1.1.0')) }));
      const before = structuredClone(storage[LIST_UPDATE_KEY]);
      const status = await updateFromMirrors(env({ 'https://b.example': route() }));
      expect(status.outcome).toBe('failed');
      expect(status.reason).toMatch(reason);
      expect(storage[LIST_UPDATE_KEY]).toEqual(before);
      expect(storage[LISTS_IN_USE_KEY]).toMatchObject({ version: '1.1.0' });
      expect(await inUse()).toBe('update 1.1.0');
      expect((storage[LIST_UPDATE_STATUS_KEY] as UpdateStatus).reason).toMatch(reason);
    });
  }

  it('tries the mirrors in turn: a failing first mirror, then the next', async () => {
    const status = await updateFromMirrors(
      env({
        'https://down.example': () => new Response('', { status: 500 }),
        'https://html.example': () => new Response('<html></html>'),
        'https://good.example': serve(bundle('1.1.0')),
      }),
    );
    expect(status).toMatchObject({ outcome: 'updated', version: '1.1.0' });
    expect(new Set(requests.map((r) => new URL(r.url).origin))).toEqual(
      new Set(['https://down.example', 'https://html.example', 'https://good.example']),
    );
  });

  it('a full disk keeps the lists in use and says it could not store', async () => {
    failSet = true;
    const status = await updateFromMirrors(env({ 'https://a.example': serve(bundle('1.1.0')) }));
    expect(status.outcome).toBe('failed');
    expect(status.reason).toMatch(/could not store/);
    expect(storage[LIST_UPDATE_KEY]).toBeUndefined();
    expect(await inUse()).toBe('bundled 1.0.0');
  });

  it('two updates racing: one installs, the other finds it current; never a mix', async () => {
    const files = bundle('1.2.0');
    const [a, b] = await Promise.all([
      updateFromMirrors(env({ 'https://a.example': serve(files) })),
      updateFromFile(env({}), files.get(OFFLINE_FILE)!),
    ]);
    expect([a.outcome, b.outcome].sort()).toEqual(['current', 'updated']);
    expect(await inUse()).toBe('update 1.2.0');
  });

  it('an attempt says it started while it runs; one stopped before it ended is settled as interrupted, never while one runs', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const files = bundle('1.1.0');
    const running = updateFromMirrors(
      env({
        'https://a.example': async (path) => {
          if (path === INDEX_FILE) await gate;
          return serve(files)(path);
        },
      }),
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(storage[LIST_UPDATE_STATUS_KEY]).toMatchObject({ outcome: 'started', source: 'mirror' });
    // Settling waits for the running attempt, which then leaves its own outcome.
    const settled = settleInterruptedUpdate(env({}));
    release();
    await Promise.all([running, settled]);
    expect(storage[LIST_UPDATE_STATUS_KEY]).toMatchObject({ outcome: 'updated', version: '1.1.0' });
    // What a worker stopped mid-download leaves: "started", and nothing of the update.
    storage = { [LIST_UPDATE_STATUS_KEY]: { at: NOW.toISOString(), source: 'mirror', outcome: 'started' } };
    await settleInterruptedUpdate(env({}));
    expect(storage[LIST_UPDATE_STATUS_KEY]).toEqual({ at: NOW.toISOString(), source: 'mirror', outcome: 'interrupted' });
    expect(await inUse()).toBe('bundled 1.0.0');
  });

  it('a stored update that was changed in storage is not used', async () => {
    await updateFromMirrors(env({ 'https://a.example': serve(bundle('1.1.0')) }));
    const stored = storage[LIST_UPDATE_KEY] as { index: string };
    stored.index = stored.index.replace('washingtonpost.pm', 'washingtonpost.pn');
    expect(await inUse()).toBe('bundled 1.0.0');
  });

  it('a build with no mirror says so and requests nothing', async () => {
    const status = await updateFromMirrors(env({}));
    expect(status.reason).toMatch(/no list mirror/);
    expect(requests).toEqual([]);
  });
});

describe('list updates from a file', () => {
  it('installs the offline file, verified as a download', async () => {
    const status = await updateFromFile(env({}), bundle('1.1.0').get(OFFLINE_FILE)!);
    expect(status).toMatchObject({ outcome: 'updated', source: 'file', version: '1.1.0' });
    expect(await inUse()).toBe('update 1.1.0');
    expect(requests).toEqual([]);
  });

  it('refuses a tampered or foreign file and keeps the lists', async () => {
    const tampered = bundle('1.1.0').get(OFFLINE_FILE)!.replace('washingtonpost.pm', 'washingtonpost.pn');
    expect((await updateFromFile(env({}), tampered)).reason).toMatch(/hash mismatch/);
    expect((await updateFromFile(env({}), '{"unmask":"settings"}')).reason).toMatch(/not an Unmask list bundle/);
    expect(await inUse()).toBe('bundled 1.0.0');
  });
});
