/**
 * The publishing side of signed list updates (Node only): key pairs and signed bundles, with
 * Node's `crypto` (no cryptography of our own). The format is bundle.ts's; this module writes
 * exactly what `verifyBundle` reads.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BUNDLE_FORMAT,
  INDEX_FILE,
  type ListManifest,
  MANIFEST_FILE,
  OFFLINE_FILE,
  SIGNATURE_FILE,
  offlineBundleText,
} from './bundle';

export const PRIVATE_KEY_FILE = 'private-key.pem';
export const PUBLIC_KEY_FILE = 'public-key.pem';

/** Writes DIR/private-key.pem (PKCS #8) and DIR/public-key.pem (SPKI); refuses to overwrite either. */
export function writeKeyPair(dir: string): { privatePath: string; publicPath: string; keyId: string } {
  const privatePath = join(dir, PRIVATE_KEY_FILE);
  const publicPath = join(dir, PUBLIC_KEY_FILE);
  for (const path of [privatePath, publicPath]) if (existsSync(path)) throw new Error(`${path} exists: not overwriting a key`);
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  mkdirSync(dir, { recursive: true });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  // `wx`: fail rather than replace a key that appeared meanwhile.
  writeFileSync(privatePath, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  writeFileSync(publicPath, publicKey.export({ type: 'spki', format: 'pem' }), { flag: 'wx' });
  return { privatePath, publicPath, keyId: keyIdOfSpki(spki) };
}

/** bundle.ts `keyIdOf`, synchronously. */
export function keyIdOfSpki(spki: Uint8Array): string {
  return createHash('sha256').update(spki).digest('hex').slice(0, 16);
}

export interface PublishOptions {
  /** PEM text of the PKCS #8 private key. */
  privateKeyPem: string;
  /** The compiled index's text (format 4, as `npm run lists` writes it). */
  indexText: string;
  listVersion: string;
  minExtensionVersion: string;
  created: Date;
  /** Days until the manifest expires. */
  days: number;
}

export interface Published {
  manifest: ListManifest;
  /** Every file of the bundle by name, as bytes to write. */
  files: Map<string, string>;
}

/** The bundle's files: manifest.json, manifest.sig, the index, and the offline file holding all three. */
export function buildBundle(options: PublishOptions): Published {
  const key = createPrivateKey(options.privateKeyPem);
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') throw new Error('the key is not an ECDSA P-256 private key');
  const spki = createPublicKey(key).export({ type: 'spki', format: 'der' });
  const index = Buffer.from(options.indexText, 'utf8');
  const expires = new Date(options.created.getTime() + options.days * 86_400_000);
  const manifest: ListManifest = {
    format: BUNDLE_FORMAT,
    keyId: keyIdOfSpki(spki),
    listVersion: options.listVersion,
    created: options.created.toISOString(),
    expires: expires.toISOString(),
    minExtensionVersion: options.minExtensionVersion,
    files: [{ path: INDEX_FILE, size: index.length, sha256: createHash('sha256').update(index).digest('hex') }],
  };
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  const signature = sign('sha256', Buffer.from(manifestText, 'utf8'), { key, dsaEncoding: 'ieee-p1363' }).toString('base64');
  const files = new Map<string, string>([
    [MANIFEST_FILE, manifestText],
    [SIGNATURE_FILE, `${signature}\n`],
    [INDEX_FILE, options.indexText],
  ]);
  files.set(OFFLINE_FILE, offlineBundleText(manifestText, signature, new Map([[INDEX_FILE, options.indexText]])));
  return { manifest, files };
}

/** Writes a built bundle into `dir` (created if needed); the manifest last, so a half-written directory never names files it lacks. */
export function writeBundle(dir: string, published: Published): void {
  mkdirSync(dir, { recursive: true });
  const names = [...published.files.keys()].filter((n) => n !== MANIFEST_FILE && n !== SIGNATURE_FILE);
  for (const name of [...names, SIGNATURE_FILE, MANIFEST_FILE]) writeFileSync(join(dir, name), published.files.get(name)!);
}

/** PEM files from a colon-separated list of paths (`UNMASK_TRUSTED_KEYS`). */
export function readPemList(list: string): string[] {
  return list
    .split(':')
    .filter((p) => p !== '')
    .map((p) => readFileSync(p, 'utf8'));
}
