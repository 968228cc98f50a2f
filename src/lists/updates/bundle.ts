/**
 * Signed list updates (docs/list-updates.md): the bundle's format and its one verifier. Pure: WebCrypto
 * (`crypto.subtle`, the same object in the extension's worker, its pages and Node 20) and no
 * other API, so the extension, the CLI and the tests verify with the same code.
 *
 * A bundle is three kinds of file, served as they are by any static host:
 *
 *   manifest.json   UTF-8 JSON, at most MAX_MANIFEST_BYTES:
 *                   { "format": 1, "keyId": "<16 hex>", "listVersion": "X.Y.Z",
 *                     "created": ISO date-time, "expires": ISO date-time,
 *                     "minExtensionVersion": "X.Y.Z",
 *                     "files": [ { "path": "unmask-index.json", "size": bytes, "sha256": "<64 hex>" } ] }
 *   manifest.sig    the ECDSA P-256 / SHA-256 signature of manifest.json's exact bytes, raw r||s
 *                   (IEEE P1363, what WebCrypto reads), in base64
 *   unmask-index.json and any other file the manifest names, each checked by size and SHA-256
 *
 * Why this shape: only the manifest is signed, and it pins every file by hash, so one signature
 * check covers the whole bundle and a mirror can serve the files from anywhere (uBlock Origin's
 * lists and Firefox's remote settings are built the same way). `keyId` (the first 16 hex digits
 * of SHA-256 over the key's SPKI bytes) names which pinned key signed it, so that a rotated key
 * is refused by name ("unknown key") rather than by a failed check. The list version is the
 * lists' own X.Y.Z from lists/CHANGELOG.md: it only grows, and the bundled index carries it too,
 * which makes the bundled lists the floor no update may go below.
 *
 * Checks, in the order they run (each failure an UpdateError naming it; nothing is trusted
 * before the signature is): manifest size, its `keyId`, the signature, every field, the
 * extension's version, expiry, the version against the floor and the lists in use, the declared
 * sizes against the bound, then each file's size and hash.
 */
import { compareVersions } from '../version';

export const BUNDLE_FORMAT = 1;
/** The one file the extension reads from a bundle. */
export const INDEX_FILE = 'unmask-index.json';
export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';
/** A manifest names a handful of files: anything larger is not one. */
export const MAX_MANIFEST_BYTES = 64 * 1024;
/** The most all of a bundle's files may weigh together (the index is about a megabyte). */
export const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;
const MAX_FILES = 16;

export type UpdateFailure =
  | 'malformed'
  | 'unknown-key'
  | 'bad-signature'
  | 'hash-mismatch'
  | 'size-mismatch'
  | 'missing-file'
  | 'expired'
  | 'rolled-back'
  | 'not-newer'
  | 'too-large'
  | 'needs-newer-extension'
  | 'not-an-index';

/** What each failure is called where a person reads it (CLI line, options page). */
export const FAILURE_NAMES: Readonly<Record<UpdateFailure, string>> = {
  malformed: 'malformed manifest',
  'unknown-key': 'unknown key',
  'bad-signature': 'bad signature',
  'hash-mismatch': 'hash mismatch',
  'size-mismatch': 'size mismatch',
  'missing-file': 'missing file',
  expired: 'expired',
  'rolled-back': 'rolled back',
  'not-newer': 'not newer',
  'too-large': 'too large',
  'needs-newer-extension': 'needs a newer Unmask',
  'not-an-index': 'not a list index',
};

export class UpdateError extends Error {
  constructor(
    readonly failure: UpdateFailure,
    detail: string,
  ) {
    super(`${FAILURE_NAMES[failure]}: ${detail}`);
    this.name = 'UpdateError';
  }
}

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
}

export interface ListManifest {
  format: typeof BUNDLE_FORMAT;
  keyId: string;
  listVersion: string;
  created: string;
  expires: string;
  minExtensionVersion: string;
  files: ManifestFile[];
}

export interface TrustedKey {
  id: string;
  key: CryptoKey;
}

/** The bytes of a bundle as fetched or read: the manifest, its signature file, and the files by path. */
export interface RawBundle {
  manifest: Uint8Array;
  signature: Uint8Array;
  files: ReadonlyMap<string, Uint8Array>;
}

export interface VerifyPolicy {
  /** The bundled lists' version: nothing below it is accepted, ever. */
  floor: string;
  /** The version of the lists in use; with `requireNewer`, an equal version is refused as not newer. */
  inUse?: string;
  requireNewer?: boolean;
  /** This extension's version, for `minExtensionVersion`. */
  extensionVersion?: string;
  /** Expiry is checked against it; omitted (lists read back from storage), expiry is not checked. */
  now?: Date;
}

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const VERSION = /^\d{1,9}\.\d{1,9}\.\d{1,9}$/;
const HEX64 = /^[0-9a-f]{64}$/;
const KEY_ID = /^[0-9a-f]{16}$/;
/** A plain file name: no directory, no dot-dot, nothing a URL or a path would read twice. */
const PATH = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('WebCrypto (crypto.subtle) is not available here');
  return s;
}

/** Orders list versions (src/lists/version.ts). */
export const compareListVersions = compareVersions;

export function isListVersion(value: unknown): value is string {
  return typeof value === 'string' && VERSION.test(value);
}

function hex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = '';
  for (const b of view) out += b.toString(16).padStart(2, '0');
  return out;
}

/** UTF-16 code units encoded per call by `utf8Bytes`. */
const ENCODE_SLICE = 65_536;

/**
 * `text` as UTF-8, the bytes `TextEncoder.encode` gives, encoded a slice at a time. Chromium's
 * `encode` of a whole string of a megabyte or more is several times slower than of the same
 * string in slices (a stored list update is about 1.3 MB, read again at each start of the
 * worker). A slice never ends between the two halves of a surrogate pair, so that a pair is
 * encoded whole and a lone surrogate becomes U+FFFD as it would in one call
 * (test/unit/lists/updates.test.ts).
 */
export function utf8Bytes(text: string, slice: number = ENCODE_SLICE): Uint8Array {
  const encoder = new TextEncoder();
  if (text.length <= slice) return encoder.encode(text);
  const parts: Uint8Array[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + slice, text.length);
    const last = text.charCodeAt(end - 1);
    // Ends on the first half of a pair: the slice takes the next unit too.
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    parts.push(encoder.encode(text.slice(at, end)));
    at = end;
  }
  return concatBytes(parts);
}

/** `parts` one after another in one array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return hex(await subtle().digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

function base64Bytes(text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) throw new Error('not base64');
  const binary = atob(clean);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The DER bytes inside a PEM block of this label. */
export function pemBytes(pem: string, label = 'PUBLIC KEY'): Uint8Array {
  const match = new RegExp(`-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+)-----END ${label}-----`).exec(pem);
  if (!match) throw new Error(`not a PEM ${label}`);
  return base64Bytes(match[1]!);
}

/** The id a manifest names its key by: SHA-256 of the SPKI bytes, first 16 hex digits. */
export async function keyIdOf(spki: Uint8Array): Promise<string> {
  return (await sha256Hex(spki)).slice(0, 16);
}

/** Imports SPKI PEM public keys (ECDSA P-256) for verification, each with its id. */
export async function importTrustedKeys(pems: readonly string[]): Promise<TrustedKey[]> {
  const keys: TrustedKey[] = [];
  for (const pem of pems) {
    const spki = pemBytes(pem);
    const key = await subtle().importKey('spki', spki as Uint8Array<ArrayBuffer>, ECDSA, false, ['verify']);
    keys.push({ id: await keyIdOf(spki), key });
  }
  return keys;
}

function isDateTime(value: unknown): value is string {
  return typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/** Every field of a manifest whose signature checked out, or a `malformed` error naming the field. */
function checkFields(data: Record<string, unknown>): ListManifest {
  const bad = (what: string): never => {
    throw new UpdateError('malformed', what);
  };
  if (data.format !== BUNDLE_FORMAT) bad(`format ${JSON.stringify(data.format)} (this Unmask reads format ${BUNDLE_FORMAT})`);
  if (!isListVersion(data.listVersion)) bad('listVersion must be X.Y.Z');
  if (!isListVersion(data.minExtensionVersion)) bad('minExtensionVersion must be X.Y.Z');
  if (!isDateTime(data.created)) bad('created must be an ISO date-time in UTC');
  if (!isDateTime(data.expires)) bad('expires must be an ISO date-time in UTC');
  if (Date.parse(data.expires as string) <= Date.parse(data.created as string)) bad('expires is not after created');
  const files = data.files;
  if (!Array.isArray(files) || files.length === 0 || files.length > MAX_FILES) bad(`files must list 1 to ${MAX_FILES} files`);
  const seen = new Set<string>();
  for (const file of files as unknown[]) {
    const f = file as Partial<ManifestFile> | null;
    if (typeof f !== 'object' || f === null) bad('a file entry is not an object');
    if (typeof f!.path !== 'string' || !PATH.test(f!.path)) bad(`file path ${JSON.stringify(f!.path)} is not a plain file name`);
    if (seen.has(f!.path!)) bad(`file ${f!.path} listed twice`);
    seen.add(f!.path!);
    if (!Number.isSafeInteger(f!.size) || (f!.size as number) < 0) bad(`file ${f!.path} has no size`);
    if (typeof f!.sha256 !== 'string' || !HEX64.test(f!.sha256)) bad(`file ${f!.path} has no SHA-256`);
  }
  if (!seen.has(INDEX_FILE)) bad(`no ${INDEX_FILE}`);
  return {
    format: BUNDLE_FORMAT,
    keyId: data.keyId as string,
    listVersion: data.listVersion as string,
    created: data.created as string,
    expires: data.expires as string,
    minExtensionVersion: data.minExtensionVersion as string,
    files: (files as ManifestFile[]).map(({ path, size, sha256 }) => ({ path, size, sha256 })),
  };
}

/**
 * The manifest, once its signature is checked against the trusted keys; then the policy
 * (extension version, expiry, floor, version in use, size bound). Files are not looked at: a
 * downloader calls this first, to learn which files to fetch and how large they may be.
 */
export async function verifyManifest(manifestBytes: Uint8Array, signatureFile: Uint8Array, keys: readonly TrustedKey[], policy: VerifyPolicy): Promise<ListManifest> {
  if (manifestBytes.length > MAX_MANIFEST_BYTES) throw new UpdateError('too-large', `manifest is ${manifestBytes.length} bytes (at most ${MAX_MANIFEST_BYTES})`);
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes));
  } catch {
    throw new UpdateError('malformed', 'manifest is not JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UpdateError('malformed', 'manifest is not a JSON object');
  const record = data as Record<string, unknown>;
  const keyId = record.keyId;
  if (typeof keyId !== 'string' || !KEY_ID.test(keyId)) throw new UpdateError('malformed', 'manifest names no keyId');
  const key = keys.find((k) => k.id === keyId);
  if (!key) throw new UpdateError('unknown-key', `manifest signed by key ${keyId}, which this Unmask does not trust`);
  let signature: Uint8Array;
  try {
    signature = base64Bytes(new TextDecoder().decode(signatureFile));
  } catch {
    throw new UpdateError('bad-signature', `${SIGNATURE_FILE} is not base64`);
  }
  const valid =
    signature.length === 64 &&
    (await subtle().verify({ name: 'ECDSA', hash: 'SHA-256' }, key.key, signature as Uint8Array<ArrayBuffer>, manifestBytes as Uint8Array<ArrayBuffer>));
  if (!valid) throw new UpdateError('bad-signature', `${SIGNATURE_FILE} does not match ${MANIFEST_FILE} for key ${keyId}`);

  const manifest = checkFields(record);
  if (policy.extensionVersion !== undefined && isListVersion(policy.extensionVersion) && compareListVersions(policy.extensionVersion, manifest.minExtensionVersion) < 0) {
    throw new UpdateError('needs-newer-extension', `lists ${manifest.listVersion} need Unmask ${manifest.minExtensionVersion} or later (this is ${policy.extensionVersion})`);
  }
  if (policy.now !== undefined && policy.now.getTime() >= Date.parse(manifest.expires)) {
    throw new UpdateError('expired', `lists ${manifest.listVersion} expired on ${manifest.expires}`);
  }
  if (compareListVersions(manifest.listVersion, policy.floor) < 0) {
    throw new UpdateError('rolled-back', `lists ${manifest.listVersion} are older than the bundled lists ${policy.floor}`);
  }
  if (policy.inUse !== undefined) {
    const order = compareListVersions(manifest.listVersion, policy.inUse);
    if (order < 0) throw new UpdateError('rolled-back', `lists ${manifest.listVersion} are older than the lists in use, ${policy.inUse}`);
    if (order === 0 && policy.requireNewer) throw new UpdateError('not-newer', `lists ${manifest.listVersion} are already in use`);
  }
  const total = manifest.files.reduce((sum, f) => sum + f.size, 0);
  if (total > MAX_BUNDLE_BYTES) throw new UpdateError('too-large', `files of ${total} bytes (at most ${MAX_BUNDLE_BYTES})`);
  return manifest;
}

/** One file against its manifest entry: size first (a truncated or oversized download), then the hash. */
export async function verifyFile(entry: ManifestFile, bytes: Uint8Array | undefined): Promise<void> {
  if (bytes === undefined) throw new UpdateError('missing-file', `${entry.path} is missing`);
  if (bytes.length !== entry.size) throw new UpdateError('size-mismatch', `${entry.path} is ${bytes.length} bytes, the manifest says ${entry.size}`);
  const digest = await sha256Hex(bytes);
  if (digest !== entry.sha256) throw new UpdateError('hash-mismatch', `${entry.path} does not have the SHA-256 the manifest says`);
}

export interface VerifiedBundle {
  manifest: ListManifest;
  /** The index's text, checked by hash; still to be read by `readIndex` (the caller decodes it). */
  indexText: string;
}

/** A whole bundle: the manifest (`verifyManifest`), then every file it names. */
export async function verifyBundle(raw: RawBundle, keys: readonly TrustedKey[], policy: VerifyPolicy): Promise<VerifiedBundle> {
  const manifest = await verifyManifest(raw.manifest, raw.signature, keys, policy);
  for (const entry of manifest.files) await verifyFile(entry, raw.files.get(entry.path));
  let indexText: string;
  try {
    indexText = new TextDecoder('utf-8', { fatal: true }).decode(raw.files.get(INDEX_FILE));
  } catch {
    throw new UpdateError('not-an-index', `${INDEX_FILE} is not UTF-8 text`);
  }
  return { manifest, indexText };
}

/**
 * The offline file: a whole bundle in one JSON file, for people with no route to a mirror
 * (`npm run lists:publish` writes it beside the rest). The manifest and the files are kept as
 * their exact text, so that the signature and the hashes are checked on the same bytes as online.
 */
export const OFFLINE_FILE = 'unmask-lists-offline.json';
export const OFFLINE_KIND = 'unmask-list-bundle';

export function offlineBundleText(manifestText: string, signatureText: string, files: ReadonlyMap<string, string>): string {
  return JSON.stringify({ kind: OFFLINE_KIND, manifest: manifestText, signature: signatureText.trim(), files: Object.fromEntries(files) });
}

/** The raw bundle inside an offline file; `malformed` if the file is not one. */
export function readOfflineBundle(text: string): RawBundle {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UpdateError('malformed', 'the file is not an Unmask list bundle (not JSON)');
  }
  const d = data as { kind?: unknown; manifest?: unknown; signature?: unknown; files?: unknown } | null;
  if (typeof d !== 'object' || d === null || d.kind !== OFFLINE_KIND || typeof d.manifest !== 'string' || typeof d.signature !== 'string' || typeof d.files !== 'object' || d.files === null) {
    throw new UpdateError('malformed', 'the file is not an Unmask list bundle');
  }
  const files = new Map<string, Uint8Array>();
  for (const [path, value] of Object.entries(d.files as Record<string, unknown>)) {
    if (typeof value === 'string') files.set(path, utf8Bytes(value));
  }
  return { manifest: utf8Bytes(d.manifest), signature: utf8Bytes(d.signature), files };
}
