/**
 * Issue 13's contract: `lists:keygen` writes a key pair and never overwrites one; `lists:publish`
 * writes a signed bundle from the lists; `check --index OUT` verifies it against the pinned keys or
 * UNMASK_TRUSTED_KEYS and judges with it, or, on any verification failure, prints one line naming
 * it, exits 2 and judges nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sign } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type Io, type JsonVerdict } from '../../../src/cli/check';
import { readIndex } from '../../../src/lists/compiled';
import { buildBundle, writeBundle } from '../../../src/lists/updates/publish';

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let work: string;
let keyDir: string;
let otherKeyDir: string;
let bundle: string;

function npm(args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(NPM, ['run', '--silent', ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, INIT_CWD: REPO } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

async function check(
  argv: string[],
  env: Record<string, string> = {},
  now?: Date,
): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), env, cwd: REPO };
  const code = await main(argv, io, now ? { now } : {});
  return { code, out, err };
}

/** A copy of the published bundle, changed by `edit`. */
function variant(name: string, edit: (dir: string) => void): string {
  const dir = join(work, name);
  cpSync(bundle, dir, { recursive: true });
  edit(dir);
  return dir;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'unmask-check-index-'));
  keyDir = join(work, 'key');
  otherKeyDir = join(work, 'other-key');
  bundle = join(work, 'out');
  expect(npm(['lists:keygen', '--', '--out', keyDir]).status).toBe(0);
  expect(npm(['lists:keygen', '--', '--out', otherKeyDir]).status).toBe(0);
  const published = npm(['lists:publish', '--', '--key', join(keyDir, 'private-key.pem'), '--out', bundle]);
  expect(published.stderr).toBe('');
  expect(published.status).toBe(0);
}, 60_000);

describe('lists:keygen and lists:publish', () => {
  it('keygen writes a PKCS #8 private key and an SPKI public key, and refuses to overwrite them', () => {
    expect(readFileSync(join(keyDir, 'private-key.pem'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(readFileSync(join(keyDir, 'public-key.pem'), 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    const before = readFileSync(join(keyDir, 'private-key.pem'), 'utf8');
    const again = npm(['lists:keygen', '--', '--out', keyDir]);
    expect(again.status).toBe(2);
    expect(readFileSync(join(keyDir, 'private-key.pem'), 'utf8')).toBe(before);
  });

  it('publish writes the manifest, its signature and every file it names, from the current lists', () => {
    const manifest = JSON.parse(readFileSync(join(bundle, 'manifest.json'), 'utf8')) as { listVersion: string; files: { path: string }[] };
    for (const f of manifest.files) expect(existsSync(join(bundle, f.path))).toBe(true);
    expect(existsSync(join(bundle, 'manifest.sig'))).toBe(true);
    expect(manifest.listVersion).toBe(readIndex(readFileSync(join(bundle, 'unmask-index.json'), 'utf8')).version);
  });
});

describe('check --index', () => {
  const trusted = (): Record<string, string> => ({ UNMASK_TRUSTED_KEYS: join(keyDir, 'public-key.pem') });

  it('judges with a bundle signed by a key in UNMASK_TRUSTED_KEYS (colon-separated)', async () => {
    const env = { UNMASK_TRUSTED_KEYS: `${join(otherKeyDir, 'public-key.pem')}:${join(keyDir, 'public-key.pem')}` };
    const { code, out, err } = await check(['--index', bundle, '--json', 'washingtonpost.pm'], env);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect((JSON.parse(out[0]!) as JsonVerdict).level).toBe('high');
  });

  it('the real command: exit 0 and the verdict; exit 2 and one line for an untrusted bundle', () => {
    const ok = spawnSync(NPM, ['run', '--silent', 'check', '--', '--index', bundle, '--json', 'washingtonpost.pm'], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: REPO, ...trusted() },
    });
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout.trim()) as JsonVerdict).level).toBe('high');
    // Against the pinned keys, a bundle signed by a fresh test key is refused.
    const env: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: REPO };
    delete env.UNMASK_TRUSTED_KEYS;
    const bad = spawnSync(NPM, ['run', '--silent', 'check', '--', '--index', bundle, 'washingtonpost.pm'], {
      cwd: REPO,
      encoding: 'utf8',
      env,
    });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^check: --index .*: unknown key: /);
  }, 30_000);

  const faults: [string, (dir: string) => void, RegExp, Record<string, string> | null][] = [
    [
      'bad signature',
      (dir) =>
        writeFileSync(join(dir, 'manifest.json'), readFileSync(join(dir, 'manifest.json'), 'utf8').replace('"format": 1', '"format": 1 ')),
      /: bad signature: /,
      null,
    ],
    ['unknown key', () => undefined, /: unknown key: /, {}],
    [
      'hash mismatch',
      (dir) =>
        writeFileSync(
          join(dir, 'unmask-index.json'),
          readFileSync(join(dir, 'unmask-index.json'), 'utf8').replace('washingtonpost.pm', 'washingtonpost.pn'),
        ),
      /: hash mismatch: /,
      null,
    ],
    [
      'size mismatch (truncated)',
      (dir) => writeFileSync(join(dir, 'unmask-index.json'), readFileSync(join(dir, 'unmask-index.json'), 'utf8').slice(0, 1000)),
      /: size mismatch: /,
      null,
    ],
  ];
  for (const [name, edit, line, env] of faults) {
    it(`refuses a bundle with a ${name}: one line, exit 2, nothing judged`, async () => {
      const dir = variant(name.replace(/\W+/g, '-'), edit);
      const { code, out, err } = await check(['--index', dir, '--json', 'washingtonpost.pm', 'example.org'], env ?? trusted());
      expect(code).toBe(2);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(line);
    });
  }

  /** A bundle signed now with the test key, with these manifest options. */
  function signedBundle(name: string, over: { listVersion?: string; created?: Date; days?: number }): string {
    const indexText = readFileSync(join(bundle, 'unmask-index.json'), 'utf8');
    const dir = join(work, name);
    writeBundle(
      dir,
      buildBundle({
        privateKeyPem: readFileSync(join(keyDir, 'private-key.pem'), 'utf8'),
        indexText,
        listVersion: over.listVersion ?? readIndex(indexText).version,
        minExtensionVersion: '0.1.0',
        created: over.created ?? new Date(),
        days: over.days ?? 30,
      }),
    );
    return dir;
  }

  it('refuses an expired bundle', async () => {
    const dir = signedBundle('expired', { created: new Date('2026-01-01T00:00:00Z'), days: 30 });
    const { code, out, err } = await check(['--index', dir, 'washingtonpost.pm'], trusted(), new Date('2026-12-05T00:00:00Z'));
    expect([code, out, err.length]).toEqual([2, [], 1]);
    expect(err[0]).toMatch(/: expired: /);
  });

  it('refuses a bundle older than the bundled lists (rolled back)', async () => {
    const dir = signedBundle('rolled-back', { listVersion: '0.0.1' });
    const { code, out, err } = await check(['--index', dir, 'washingtonpost.pm'], trusted());
    expect([code, out, err.length]).toEqual([2, [], 1]);
    expect(err[0]).toMatch(/: rolled back: /);
  });

  it('a signature file made by hand over other bytes is a bad signature too', async () => {
    const dir = variant('resigned-other', (d) => {
      const signature = sign('sha256', Buffer.from('something else'), {
        key: readFileSync(join(keyDir, 'private-key.pem'), 'utf8'),
        dsaEncoding: 'ieee-p1363',
      });
      writeFileSync(join(d, 'manifest.sig'), signature.toString('base64'));
    });
    const { code, err } = await check(['--index', dir, 'washingtonpost.pm'], trusted());
    expect(code).toBe(2);
    expect(err).toEqual([expect.stringMatching(/: bad signature: /)]);
  });

  it('a directory without a bundle is bad input (exit 2)', async () => {
    const { code, out, err } = await check(['--index', join(work, 'nothing-here'), 'washingtonpost.pm'], trusted());
    expect([code, out]).toEqual([2, []]);
    expect(err[0]).toMatch(/no manifest\.json there/);
  });
});
