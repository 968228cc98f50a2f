/**
 * The fake web for real-browser tests: one local server that answers for every host name.
 *
 * Pages live in `test/fixtures/sites/<host>/<path>`; the host comes from the request (the Host header,
 * or the absolute URL when the browser talks to us as a proxy), so a browser pointed at this server
 * loads `http://clean.example/` from `test/fixtures/sites/clean.example/index.html` without
 * any DNS or network. `www.` falls back to the bare host. A path with no file falls back to the
 * host's `_spa.html` when there is one (single-page apps such as x.com answer every route with the
 * same document); otherwise 404.
 *
 * A host that serves one of the fixture pages unchanged (`test/fixtures/pages/*.html`) has no copy
 * of it: `test/fixtures/sites/aliases.json` maps `<host>/<path>` to the page (relative to
 * `test/fixtures/`), so the page the unit tests read and the page the browser loads are one file.
 *
 * Every request is recorded (`requests`), so tests can show what the browser fetched.
 *
 * `tlsHosts` (optional): those hosts are also served over https, with the test-only self-signed
 * certificate in `test/fixtures/tls/`, from a second port (`tlsPort`, for Chromium's host-resolver
 * rules) and through CONNECT tunnels (Firefox, which uses this server as its proxy). For pages that
 * browsers treat specially only on their real https address: the add-on stores. Every other CONNECT
 * is still refused.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES_DIR = resolve(fileURLToPath(new URL('../fixtures', import.meta.url)));
export const SITES_DIR = join(FIXTURES_DIR, 'sites');

/**
 * `<host>/<path>` -> absolute fixture file, from `sites/aliases.json`. Checked on load: every target
 * is an existing file inside `test/fixtures/`, and no alias hides a real file under `sites/`.
 */
function loadAliases(): ReadonlyMap<string, string> {
  const raw = JSON.parse(readFileSync(join(SITES_DIR, 'aliases.json'), 'utf8')) as Record<string, unknown>;
  const aliases = new Map<string, string>();
  for (const [key, target] of Object.entries(raw)) {
    const file = typeof target === 'string' ? resolve(FIXTURES_DIR, target) : '';
    const parts = key.split('/');
    if (
      !/^[a-z0-9.-]+\/[^\\]+$/.test(key) ||
      parts.some((part) => part === '' || part === '.' || part === '..') ||
      !file.startsWith(FIXTURES_DIR + sep) ||
      !existsSync(file)
    ) {
      throw new Error(`test/fixtures/sites/aliases.json: "${key}" -> ${JSON.stringify(target)} is not a fixture file`);
    }
    if (existsSync(join(SITES_DIR, key))) throw new Error(`test/fixtures/sites/aliases.json: "${key}" is also a real file`);
    aliases.set(key, file);
  }
  return aliases;
}

const ALIASES = loadAliases();
const ALIAS_HOSTS = new Set([...ALIASES.keys()].map((key) => key.slice(0, key.indexOf('/'))));

/** Every host the server answers for (a directory under `sites/` or an alias), without `www.`. */
export function servedHosts(): Set<string> {
  const dirs = readdirSync(SITES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  return new Set([...dirs, ...ALIAS_HOSTS]);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

export interface RecordedRequest {
  method: string;
  host: string;
  path: string;
  status: number;
}

export interface SiteServer {
  /** The port the server listens on (127.0.0.1). */
  port: number;
  /** The https port when `tlsHosts` were given (127.0.0.1), else null. */
  tlsPort: number | null;
  /** Every request served, in order. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function isDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function hasSite(host: string): Promise<boolean> {
  return ALIAS_HOSTS.has(host) || (await isDir(join(SITES_DIR, host)));
}

/** The file served for a path under SITES_DIR: its alias when it has one, else the file if it exists. */
async function servedFile(file: string): Promise<string | null> {
  const alias = ALIASES.get(relative(SITES_DIR, file).split(sep).join('/'));
  if (alias !== undefined) return alias;
  return (await isFile(file)) ? file : null;
}

/** Resolves `<host>/<path>` to a file inside SITES_DIR (or an alias's fixture page), never outside it. */
async function findFile(host: string, path: string): Promise<string | null> {
  let site = host;
  if (!(await hasSite(site)) && host.startsWith('www.')) site = host.slice(4);
  const siteDir = join(SITES_DIR, site);
  if (!(await hasSite(site)) || !siteDir.startsWith(SITES_DIR + sep)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const file = normalize(join(siteDir, decoded));
  if (!file.startsWith(siteDir)) return null;
  for (const candidate of [file, join(file, 'index.html'), `${file}.html`]) {
    const found = await servedFile(candidate);
    if (found !== null) return found;
  }
  const spa = join(siteDir, '_spa.html');
  if (extname(file) === '' && (await isFile(spa))) return spa;
  return null;
}

function requestTarget(req: IncomingMessage): { host: string; path: string } {
  const raw = req.url ?? '/';
  // As an HTTP proxy (Firefox), the request line carries the absolute URL.
  if (/^https?:\/\//i.test(raw)) {
    const url = new URL(raw);
    return { host: url.hostname.toLowerCase(), path: url.pathname };
  }
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  return { host, path: new URL(raw, 'http://x.invalid').pathname };
}

export interface ServerOptions {
  /** Hosts also served over https (self-signed certificate in test/fixtures/tls/). */
  tlsHosts?: readonly string[];
  /**
   * Answers a request itself (returns true) before the fixture sites are looked at: for a test's
   * own host, such as a list-update mirror that may fail on purpose. Its requests are recorded too.
   */
  respond?: (req: IncomingMessage, res: ServerResponse, host: string, path: string) => boolean;
}

export async function startServer(port = 0, options: ServerOptions = {}): Promise<SiteServer> {
  const tlsHosts = new Set(options.tlsHosts ?? []);
  const requests: RecordedRequest[] = [];
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const { host, path } = requestTarget(req);
    if (options.respond?.(req, res, host, path)) {
      requests.push({ method: req.method ?? 'GET', host, path, status: res.statusCode });
      return;
    }
    const file = /^[a-z0-9.-]+$/.test(host) ? await findFile(host, path) : null;
    const status = file ? 200 : 404;
    requests.push({ method: req.method ?? 'GET', host, path, status });
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('not found');
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      // `no-store` keeps every test's pages fresh, and also keeps them out of the browsers'
      // back/forward cache; a page asked for with `bfcache` in its query may go there.
      'cache-control': /[?&]bfcache\b/.test(req.url ?? '') ? 'private, max-age=0' : 'no-store',
    });
    res.end(body);
  };
  const serve = (req: IncomingMessage, res: ServerResponse) => {
    handler(req, res).catch(() => {
      res.writeHead(500);
      res.end();
    });
  };
  const server: Server = createServer(serve);
  let tls: TlsServer | null = null;
  if (tlsHosts.size > 0) {
    const dir = join(FIXTURES_DIR, 'tls');
    tls = createTlsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, serve);
    tls.on('tlsClientError', () => undefined); // a browser giving up on a handshake is not our error
    await new Promise<void>((ok) => tls!.listen(0, '127.0.0.1', ok));
  }
  // A browser using us as its proxy asks to tunnel https: a tlsHosts host is tunnelled to our own
  // https side; anything else is refused, so it fails quickly instead of reaching the network.
  server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const host = (req.url ?? '').replace(/:\d+$/, '').toLowerCase();
    if (tls && tlsHosts.has(host)) {
      requests.push({ method: 'CONNECT', host, path: '', status: 200 });
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) socket.unshift(head);
      tls.emit('connection', socket);
      return;
    }
    requests.push({ method: 'CONNECT', host, path: '', status: 502 });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const close = (s: Server | TlsServer) =>
    new Promise<void>((ok) => {
      s.closeAllConnections();
      s.close(() => ok());
    });
  return {
    port: (server.address() as AddressInfo).port,
    tlsPort: tls ? (tls.address() as AddressInfo).port : null,
    requests,
    close: async () => {
      if (tls) await close(tls);
      await close(server);
    },
  };
}
