/**
 * Signed list updates, the maintainer's side (docs/list-updates.md):
 *
 *   npm run --silent lists:keygen -- --out DIR
 *       writes DIR/private-key.pem (PKCS #8) and DIR/public-key.pem (SPKI), ECDSA P-256;
 *       refuses to overwrite either.
 *   npm run --silent lists:publish -- --key DIR/private-key.pem --out OUT [--lists DIR] [--days N]
 *                                     [--min-extension X.Y.Z]
 *       compiles the current lists/ (or --lists DIR) as `npm run lists` does, and writes
 *       OUT/unmask-index.json, OUT/manifest.json (list version = the lists' CHANGELOG version,
 *       created now, expires in N days, default 45), OUT/manifest.sig, and
 *       OUT/unmask-lists-offline.json (the same bundle in one file, for offline update).
 *
 * Exit codes: 0 done, 1 the lists do not compile or a file cannot be written, 2 bad usage or key.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readIndex } from '../src/lists/compiled';
import { isListVersion } from '../src/lists/updates/bundle';
import { buildBundle, writeBundle, writeKeyPair } from '../src/lists/updates/publish';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cwd = process.env.INIT_CWD || process.cwd();
const DEFAULT_DAYS = 45;

function usage(message: string): never {
  console.error(`list-updates: ${message}`);
  console.error('usage: npm run --silent lists:keygen -- --out DIR');
  console.error('       npm run --silent lists:publish -- --key FILE --out DIR [--lists DIR] [--days N] [--min-extension X.Y.Z]');
  process.exit(2);
}

function options(argv: string[], known: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!known.includes(flag)) usage(`unknown argument ${JSON.stringify(arg)}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) usage(`${flag} needs a value`);
    if (out.has(flag)) usage(`${flag} given more than once`);
    out.set(flag, value);
  }
  return out;
}

function keygen(argv: string[]): void {
  const args = options(argv, ['--out']);
  const out = args.get('--out') ?? usage('--out DIR is required');
  try {
    const { privatePath, publicPath, keyId } = writeKeyPair(resolve(cwd, out));
    console.log(`key ${keyId}: private ${privatePath} (keep it off the repository), public ${publicPath}`);
  } catch (e) {
    usage((e as Error).message);
  }
}

function publish(argv: string[]): void {
  const args = options(argv, ['--key', '--out', '--lists', '--days', '--min-extension']);
  const keyPath = resolve(cwd, args.get('--key') ?? usage('--key FILE is required'));
  const out = resolve(cwd, args.get('--out') ?? usage('--out DIR is required'));
  const days = Number(args.get('--days') ?? DEFAULT_DAYS);
  if (!Number.isInteger(days) || days < 1 || days > 365) usage('--days must be a whole number of days, 1 to 365');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const minExtensionVersion = args.get('--min-extension') ?? pkg.version;
  if (!isListVersion(minExtensionVersion)) usage('--min-extension must be X.Y.Z');
  let privateKeyPem: string;
  try {
    privateKeyPem = readFileSync(keyPath, 'utf8');
  } catch {
    usage(`--key ${keyPath}: cannot be read`);
  }

  // The index exactly as `npm run lists` compiles it, into a scratch file (public/ is left alone).
  const scratch = mkdtempSync(join(tmpdir(), 'unmask-publish-'));
  let indexText: string;
  try {
    const indexPath = join(scratch, 'unmask-index.json');
    const listsArgs = ['--out', indexPath, ...(args.has('--lists') ? ['--lists', resolve(cwd, args.get('--lists')!)] : [])];
    try {
      execFileSync(
        process.execPath,
        [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'lists.ts'), ...listsArgs],
        {
          cwd: root,
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
    } catch {
      console.error('list-updates: the lists do not compile (above); nothing published');
      process.exit(1);
    }
    indexText = readFileSync(indexPath, 'utf8');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const listVersion = readIndex(indexText).version;
  if (!isListVersion(listVersion) || listVersion === '0.0.0') {
    usage(`the lists have no version (${listVersion}): record one with \`npm run lists -- --changelog "message"\` first`);
  }
  let published;
  try {
    published = buildBundle({ privateKeyPem, indexText, listVersion, minExtensionVersion, created: new Date(), days });
  } catch (e) {
    usage(`--key ${keyPath}: ${(e as Error).message}`);
  }
  writeBundle(out, published);
  const m = published.manifest;
  console.log(
    `lists ${m.listVersion} signed with key ${m.keyId}, expires ${m.expires} -> ${out} (${[...published.files.keys()].join(', ')})`,
  );
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'keygen') keygen(rest);
else if (command === 'publish') publish(rest);
else usage('the command is keygen or publish');
