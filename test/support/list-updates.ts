/**
 * What the real-browser tests of list updates share: newer lists published and signed
 * with a key made for the test, a build that trusts that key and downloads from the test's mirror
 * (`http://lists.unmask.test/`, answered by the harness's own server through its `respond` hook;
 * UNMASK_LIST_TEST_KEYS / UNMASK_LIST_MIRRORS, built into .output/<browser>-mv3-listtest, never a
 * release), and that mirror, which serves the bundle or fails in the way a test asks for.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserKind } from './browsers';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const MIRROR_HOST = 'lists.unmask.test';
/** Added to the lists after the build: flagged only once an update is in. */
export const NEW_DOMAIN = 'fresh-after-build.org';
/** Listed in the bundled lists: flagged `high` whatever the update does. */
export const LISTED = 'http://washingtonpost.pm/';
/** The version of the published lists. */
export const NEW_VERSION = '9.0.0';
export const BUNDLE_FILES = ['/manifest.json', '/manifest.sig', '/unmask-index.json'];

export type MirrorMode = 'good' | 'tampered' | 'bad-signature' | '404' | '500' | 'html' | 'hang' | 'oversized' | 'hold';

function run(cmd: string, args: string[], env: Record<string, string> = {}): void {
  execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
}

export interface Published {
  /** A temporary directory: the key pair in key/, the bundle in bundle/. */
  work: string;
  bundleDir: string;
}

/** The lists as they are, plus one new domain and a newer version, published and signed with a fresh key. */
export function publishNewerLists(): Published {
  const work = mkdtempSync(join(tmpdir(), 'unmask-list-updates-'));
  const bundleDir = join(work, 'bundle');
  const lists = join(work, 'lists');
  cpSync(join(ROOT, 'lists'), lists, { recursive: true });
  const file = join(lists, 'indicators', 'doppelganger.json');
  const entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
  entries.push({ ...entries[0], value: NEW_DOMAIN });
  writeFileSync(file, JSON.stringify(entries));
  const changelog = join(lists, 'CHANGELOG.md');
  const text = readFileSync(changelog, 'utf8');
  const at = text.indexOf('\n## ');
  writeFileSync(
    changelog,
    `${text.slice(0, at)}\n## ${NEW_VERSION} (2026-12-05)\n\nA domain added after the build (test).\n${text.slice(at)}`,
  );
  run(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/lists.ts', '--format', '--lists', lists]);
  run('npm', ['run', '--silent', 'lists:keygen', '--', '--out', join(work, 'key')], { INIT_CWD: ROOT });
  run('npm', ['run', '--silent', 'lists:publish', '--', '--key', join(work, 'key/private-key.pem'), '--out', bundleDir, '--lists', lists], {
    INIT_CWD: ROOT,
  });
  return { work, bundleDir };
}

/**
 * A build of the extension that trusts the published key and downloads from the test's mirror;
 * each request gives up after `timeoutMs` (a mirror that hangs).
 */
export function buildWithTestMirror(kind: BrowserKind, published: Published, timeoutMs = 3000): string {
  run('npx', ['wxt', 'build', ...(kind === 'firefox' ? ['-b', 'firefox'] : [])], {
    UNMASK_LIST_TEST_KEYS: join(published.work, 'key/public-key.pem'),
    UNMASK_LIST_MIRRORS: `http://${MIRROR_HOST}/`,
    UNMASK_LIST_TIMEOUT_MS: String(timeoutMs),
  });
  return join(ROOT, `.output/${kind === 'firefox' ? 'firefox' : 'chrome'}-mv3-listtest`);
}

export interface MirrorRequest {
  path: string;
  url: string;
  headers: Record<string, unknown>;
}

export interface Mirror {
  state: { mode: MirrorMode; seen: MirrorRequest[] };
  /** The harness server's `respond` hook. */
  respond(req: IncomingMessage, res: ServerResponse, host: string, path: string): boolean;
  /**
   * Mode `hold`: the manifest and its signature are served, the index's headers and first bytes
   * are sent and the rest is held back until `release()` (a slow mirror, a download under way).
   * Resolves once the browser is downloading the index.
   */
  holding(): Promise<void>;
  /** Sends the rest of every held download (in mode `good` afterwards, unless told otherwise). */
  release(): void;
  /** Ends every held download half-way (the connection drops). */
  drop(): void;
}

/**
 * The test's mirror: serves the published bundle, or fails as `state.mode` says. Records every
 * request with its headers. `bundleDir` may be a function: a mirror made when a suite is defined,
 * before the bundle is published, reads it at each request.
 */
export function mirror(bundleDir: string | (() => string)): Mirror {
  const state = { mode: 'good' as MirrorMode, seen: [] as MirrorRequest[] };
  let held: { res: ServerResponse; rest: Buffer }[] = [];
  let onHold: (() => void)[] = [];
  const respond = (req: IncomingMessage, res: ServerResponse, host: string, path: string): boolean => {
    if (host !== MIRROR_HOST) return false;
    const { 'if-none-match': _a, 'if-modified-since': _b, ...headers } = req.headers;
    state.seen.push({ path, url: req.url ?? '', headers });
    const send = (status: number, body: string | Buffer, type = 'application/octet-stream') => {
      res.writeHead(status, { 'content-type': type, 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
      res.end(body);
    };
    const name = path.slice(1);
    let body: Buffer;
    try {
      body = readFileSync(join(typeof bundleDir === 'string' ? bundleDir : bundleDir(), name));
    } catch {
      send(404, 'not found', 'text/plain');
      return true;
    }
    switch (state.mode) {
      case '404':
        send(404, 'not found', 'text/plain');
        break;
      case '500':
        send(500, 'internal error', 'text/plain');
        break;
      case 'html':
        send(200, '<!doctype html><title>Parked domain</title><p>This domain is for sale.', 'text/html');
        break;
      case 'hang':
        break; // never answers
      case 'tampered':
        send(200, name === 'unmask-index.json' ? Buffer.from(body.toString('utf8').replace(NEW_DOMAIN, 'fresh-after-build.net')) : body);
        break;
      case 'bad-signature':
        send(200, name === 'manifest.sig' ? Buffer.from(`${Buffer.alloc(64, 7).toString('base64')}\n`) : body);
        break;
      case 'oversized':
        send(200, name === 'unmask-index.json' ? Buffer.concat([body, Buffer.alloc(200_000, 32)]) : body);
        break;
      case 'hold':
        if (name !== 'unmask-index.json') {
          send(200, body);
          break;
        }
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': String(body.length),
          'access-control-allow-origin': '*',
          'cache-control': 'no-store',
        });
        res.write(body.subarray(0, 4096));
        held.push({ res, rest: body.subarray(4096) });
        for (const notify of onHold) notify();
        onHold = [];
        break;
      default:
        send(200, body);
    }
    return true;
  };
  return {
    state,
    respond,
    holding: () => (held.length > 0 ? Promise.resolve() : new Promise<void>((ok) => onHold.push(ok))),
    release() {
      if (state.mode === 'hold') state.mode = 'good';
      for (const { res, rest } of held) res.end(rest);
      held = [];
    },
    drop() {
      for (const { res } of held) res.destroy();
      held = [];
    },
  };
}
