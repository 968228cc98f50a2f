/**
 * A build step for the Public Suffix List that src/core/hosts.ts looks up through
 * `tldts-experimental`. That library ships the list as one `new Uint32Array([...])` literal of
 * about 10,000 hashes written in decimal, which is the larger part of background.js. This rewrites
 * the module to hold the same numbers as base64 of their little-endian bytes (about half the text)
 * and decode them into the same Uint32Array when the module is evaluated; the lookup code is
 * untouched. test/unit/scripts/psl-pack.test.ts checks that the decoded array equals the original.
 */
import type { Plugin } from 'vite';

/** The module that holds the packed hashes (`export default new Uint32Array([...])`). */
export const PSL_HASHES_MODULE = /[\\/]tldts-experimental[\\/]dist[\\/]es6[\\/]src[\\/]data[\\/]hashes\.js$/;

/** The module's source rewritten with the hashes in base64; throws when it is not in the expected form. */
export function packHashesModule(source: string): string {
  const m = /export default new Uint32Array\(\[([\d,\s]*)\]\);/.exec(source);
  if (m === null) throw new Error('psl-pack: tldts-experimental hashes module not in the expected form');
  const numbers = m[1]!
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map(Number);
  const bytes = Buffer.alloc(numbers.length * 4);
  numbers.forEach((n, i) => {
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`psl-pack: not a 32-bit unsigned number: ${n}`);
    bytes.writeUInt32LE(n, i * 4);
  });
  return [
    `const b = atob(${JSON.stringify(bytes.toString('base64'))});`,
    'const u = new Uint32Array(b.length >>> 2);',
    'for (let i = 0, j = 0; i < u.length; i += 1, j += 4) {',
    '  u[i] = (b.charCodeAt(j) | (b.charCodeAt(j + 1) << 8) | (b.charCodeAt(j + 2) << 16) | (b.charCodeAt(j + 3) << 24)) >>> 0;',
    '}',
    'export default u;',
    '',
  ].join('\n');
}

/** Vite plugin: applies `packHashesModule` to tldts-experimental's hashes when it is bundled. */
export function pslPack(): Plugin {
  return {
    name: 'unmask-psl-pack',
    enforce: 'pre',
    transform(code, id) {
      if (!PSL_HASHES_MODULE.test(id.split('?')[0]!)) return null;
      return { code: packHashesModule(code), map: null };
    },
  };
}
