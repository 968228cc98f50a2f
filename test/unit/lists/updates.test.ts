/**
 * Signed list updates: every fault of the "Bad input" list (docs/list-updates.md) that does not need a browser is
 * refused by the one verifier, with the failure it names, and a good bundle passes.
 */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  utf8Bytes,
  INDEX_FILE,
  MANIFEST_FILE,
  MAX_BUNDLE_BYTES,
  MAX_MANIFEST_BYTES,
  OFFLINE_FILE,
  type RawBundle,
  SIGNATURE_FILE,
  UpdateError,
  type UpdateFailure,
  type VerifyPolicy,
  importTrustedKeys,
  readOfflineBundle,
  verifyBundle,
} from '../../../src/lists/updates/bundle';
import { PINNED_LIST_KEYS } from '../../../src/lists/updates/keys';
import { buildBundle, type PublishOptions } from '../../../src/lists/updates/publish';
import { sign } from 'node:crypto';

function keyPair(): { privatePem: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }) as string,
  };
}

const current = keyPair();
const next = keyPair();
const stranger = keyPair();
const INDEX = '[{"format":1,"version":"1.2.0","sources":[],"actors":[],"campaigns":[],"indicators":[],"outlets":[],"artifacts":[]}]';
const NOW = new Date('2026-12-05T10:00:00Z');

function options(over: Partial<PublishOptions> = {}): PublishOptions {
  return {
    privateKeyPem: current.privatePem,
    indexText: INDEX,
    listVersion: '1.2.0',
    minExtensionVersion: '0.1.0',
    created: new Date('2026-12-04T00:00:00Z'),
    days: 30,
    ...over,
  };
}

function raw(over: Partial<PublishOptions> = {}): RawBundle {
  const { files } = buildBundle(options(over));
  const enc = new TextEncoder();
  return {
    manifest: enc.encode(files.get(MANIFEST_FILE)!),
    signature: enc.encode(files.get(SIGNATURE_FILE)!),
    files: new Map([[INDEX_FILE, enc.encode(files.get(INDEX_FILE)!)]]),
  };
}

const policy: VerifyPolicy = { floor: '1.0.0', inUse: '1.1.0', requireNewer: true, extensionVersion: '0.1.0', now: NOW };
const trusted = () => importTrustedKeys([current.publicPem, next.publicPem]);

async function failure(bundle: RawBundle, p: VerifyPolicy = policy): Promise<UpdateFailure> {
  try {
    await verifyBundle(bundle, await trusted(), p);
  } catch (e) {
    if (e instanceof UpdateError) return e.failure;
    throw e;
  }
  throw new Error('verified');
}

/** The manifest's text changed and signed again with `privatePem`. */
function resigned(bundle: RawBundle, edit: (m: Record<string, unknown>) => void, privatePem = current.privatePem): RawBundle {
  const manifest = JSON.parse(new TextDecoder().decode(bundle.manifest)) as Record<string, unknown>;
  edit(manifest);
  const text = new TextEncoder().encode(JSON.stringify(manifest));
  const signature = sign('sha256', text, { key: privatePem, dsaEncoding: 'ieee-p1363' }).toString('base64');
  return { ...bundle, manifest: text, signature: new TextEncoder().encode(signature) };
}

describe('list update bundles', () => {
  it('verifies a bundle signed with either pinned key, and gives the index text', async () => {
    const a = await verifyBundle(raw(), await trusted(), policy);
    expect(a.manifest.listVersion).toBe('1.2.0');
    expect(a.indexText).toBe(INDEX);
    const b = await verifyBundle(raw({ privateKeyPem: next.privatePem }), await trusted(), policy);
    expect(b.manifest.keyId).not.toBe(a.manifest.keyId);
  });

  it('pins two distinct P-256 keys in the extension', async () => {
    const keys = await importTrustedKeys(PINNED_LIST_KEYS);
    expect(keys).toHaveLength(2);
    expect(new Set(keys.map((k) => k.id)).size).toBe(2);
  });

  it('refuses a tampered manifest (bad signature)', async () => {
    const bundle = raw();
    const text = new TextDecoder().decode(bundle.manifest).replace('"1.2.0"', '"1.9.0"');
    expect(await failure({ ...bundle, manifest: new TextEncoder().encode(text) })).toBe('bad-signature');
  });

  it('refuses a signature made by another key under a trusted key id (bad signature)', async () => {
    expect(await failure(resigned(raw(), () => undefined, stranger.privatePem))).toBe('bad-signature');
  });

  it('refuses a signature file that is not base64 or of the wrong length', async () => {
    expect(await failure({ ...raw(), signature: new TextEncoder().encode('not a signature!') })).toBe('bad-signature');
    expect(await failure({ ...raw(), signature: new TextEncoder().encode('AAAA') })).toBe('bad-signature');
  });

  it('refuses a manifest signed by a key it does not pin (unknown key)', async () => {
    expect(await failure(raw({ privateKeyPem: stranger.privatePem }))).toBe('unknown-key');
  });

  it('refuses a tampered index file (hash mismatch)', async () => {
    const bundle = raw();
    const bytes = new TextEncoder().encode(INDEX.replace('"indicators":[]', '"indicators":{}'));
    expect(bytes.length).toBe(bundle.files.get(INDEX_FILE)!.length);
    expect(await failure({ ...bundle, files: new Map([[INDEX_FILE, bytes]]) })).toBe('hash-mismatch');
  });

  it('refuses a truncated or padded download (size mismatch) and a missing file', async () => {
    const bundle = raw();
    const full = bundle.files.get(INDEX_FILE)!;
    expect(await failure({ ...bundle, files: new Map([[INDEX_FILE, full.slice(0, full.length - 10)]]) })).toBe('size-mismatch');
    const padded = new Uint8Array(full.length + 1);
    padded.set(full);
    expect(await failure({ ...bundle, files: new Map([[INDEX_FILE, padded]]) })).toBe('size-mismatch');
    expect(await failure({ ...bundle, files: new Map() })).toBe('missing-file');
  });

  it('refuses an older version than the lists in use, or than the bundled floor (rolled back)', async () => {
    expect(await failure(raw({ listVersion: '1.0.9' }))).toBe('rolled-back');
    expect(await failure(raw({ listVersion: '1.0.9' }), { ...policy, inUse: undefined, floor: '1.1.0' })).toBe('rolled-back');
    expect(await failure(raw({ listVersion: '1.2.0' }), { ...policy, inUse: '1.2.0' })).toBe('not-newer');
    // Without requireNewer (the CLI, or lists read back from storage) the same version is fine.
    await expect(verifyBundle(raw(), await trusted(), { ...policy, inUse: '1.2.0', requireNewer: false })).resolves.toBeTruthy();
  });

  it('compares versions by number, not as text', async () => {
    await expect(verifyBundle(raw({ listVersion: '1.10.0' }), await trusted(), { ...policy, inUse: '1.9.0' })).resolves.toBeTruthy();
  });

  it('refuses an expired manifest, and checks no expiry without a clock', async () => {
    const old = raw({ created: new Date('2026-10-01T00:00:00Z'), days: 30 });
    expect(await failure(old)).toBe('expired');
    await expect(verifyBundle(old, await trusted(), { ...policy, now: undefined })).resolves.toBeTruthy();
  });

  it('refuses lists that need a newer extension', async () => {
    expect(await failure(raw({ minExtensionVersion: '0.2.0' }))).toBe('needs-newer-extension');
  });

  it('refuses an oversized manifest, and declared files over the bound before reading them', async () => {
    const big = new Uint8Array(MAX_MANIFEST_BYTES + 1).fill(32);
    expect(await failure({ ...raw(), manifest: big })).toBe('too-large');
    const huge = resigned(raw(), (m) => {
      (m.files as { size: number }[])[0]!.size = MAX_BUNDLE_BYTES + 1;
    });
    expect(await failure({ ...huge, files: new Map() })).toBe('too-large');
  });

  it('refuses malformed manifests: not JSON, no key id, bad fields, unsafe paths, no index', async () => {
    expect(await failure({ ...raw(), manifest: new TextEncoder().encode('<html>Not found</html>') })).toBe('malformed');
    expect(await failure(resigned(raw(), (m) => delete m.keyId))).toBe('malformed');
    expect(await failure(resigned(raw(), (m) => (m.listVersion = 'latest')))).toBe('malformed');
    expect(await failure(resigned(raw(), (m) => (m.format = 2)))).toBe('malformed');
    expect(await failure(resigned(raw(), (m) => (m.expires = m.created)))).toBe('malformed');
    expect(await failure(resigned(raw(), (m) => ((m.files as { path: string }[])[0]!.path = '../background.js')))).toBe('malformed');
    expect(await failure(resigned(raw(), (m) => ((m.files as { path: string }[])[0]!.path = 'other.json')))).toBe('malformed');
  });

  it('reads the offline file as the same bundle, verified the same way', async () => {
    const { files } = buildBundle(options());
    const offline = readOfflineBundle(files.get(OFFLINE_FILE)!);
    const verified = await verifyBundle(offline, await trusted(), policy);
    expect(verified.indexText).toBe(INDEX);
    const tampered = files.get(OFFLINE_FILE)!.replace('\\"indicators\\":[]', '\\"indicators\\":{}');
    expect(tampered).not.toBe(files.get(OFFLINE_FILE));
    expect(await failure(readOfflineBundle(tampered))).toBe('hash-mismatch');
    expect(() => readOfflineBundle('{"kind":"something else"}')).toThrow(UpdateError);
  });
});

describe('utf8Bytes', () => {
  it('gives the bytes TextEncoder gives, slice boundaries on pairs and lone surrogates included', () => {
    const encoder = new TextEncoder();
    // Code units chosen to put pairs, lone halves and multi-byte characters on every boundary.
    const units = [0x61, 0x7f, 0xe9, 0x4e2d, 0xd83d, 0xde00, 0xd800, 0xdfff, 0xfffd, 0x0];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    let compared = 0;
    for (let run = 0; run < 400; run++) {
      const length = next() % 70;
      const text = String.fromCharCode(...Array.from({ length }, () => units[next() % units.length]!));
      for (const slice of [1, 2, 3, 7, 64]) {
        expect([...utf8Bytes(text, slice)], `${JSON.stringify(text)} / ${slice}`).toEqual([...encoder.encode(text)]);
        compared++;
      }
    }
    expect(compared).toBe(2000);
    // The default slice, on a text of several slices.
    const big = 'a\u00e9\ud83d\ude00'.repeat(60_000);
    expect(Buffer.from(utf8Bytes(big)).equals(Buffer.from(encoder.encode(big)))).toBe(true);
  });
});
