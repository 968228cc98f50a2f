/**
 * A build step for the Public Suffix List that src/core/hosts.ts looks up through
 * `tldts-experimental`. That library ships the list as one `new Uint32Array([...])` literal of
 * about 10,000 hashes written in decimal, which is the larger part of background.js. This rewrites
 * the module to hold the same numbers in a denser text form and decode them into the same
 * Uint32Array when the module is evaluated; the lookup code is untouched.
 * test/unit/scripts/psl-pack.test.ts checks that the decoded array equals the original.
 *
 * The form: the array is runs of sorted hashes between small counts, so each number is written as
 * its difference from the one before (a hash's gap is far smaller than the hash), or, when it is
 * smaller than the one before, as itself after an escape character. A number is a variable-length
 * sequence of base-44 digits, least significant first: 88 printable characters, the first 44 end
 * a number, the other 44 say that more digits follow. No character needs escaping in a JavaScript
 * string (no quotes, backslash, backtick or dollar), so the bundler copies the text as it is.
 */
import type { Plugin } from 'vite';

/** The module that holds the packed hashes (`export default new Uint32Array([...])`). */
export const PSL_HASHES_MODULE = /[\\/]tldts-experimental[\\/]dist[\\/]es6[\\/]src[\\/]data[\\/]hashes\.js$/;

/** Printable ASCII without `"`, `'`, backslash, backtick and `$`: the escape, then the 88 digits. */
const CHARS = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i))
  .filter((c) => !'"\'\\`$'.includes(c))
  .join('');
const ESCAPE = CHARS[0]!;
const DIGITS = CHARS.slice(1, 89);
const BASE = DIGITS.length / 2;

function digits(n: number): string {
  let out = '';
  for (let v = n; ; v = Math.floor(v / BASE)) {
    const d = v % BASE;
    if (v < BASE) return out + DIGITS[d];
    out += DIGITS[d + BASE];
  }
}

/** The numbers in the text form above. */
export function encodeHashes(numbers: readonly number[]): string {
  let out = '';
  let previous = 0;
  for (const n of numbers) {
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`psl-pack: not a 32-bit unsigned number: ${n}`);
    out += n >= previous ? digits(n - previous) : ESCAPE + digits(n);
    previous = n;
  }
  return out;
}

/** The module's source rewritten with the hashes in the text form; throws when it is not in the expected form. */
export function packHashesModule(source: string): string {
  const m = /export default new Uint32Array\(\[([\d,\s]*)\]\);/.exec(source);
  if (m === null) throw new Error('psl-pack: tldts-experimental hashes module not in the expected form');
  const numbers = m[1]!
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map(Number);
  return [
    `const s = ${JSON.stringify(encodeHashes(numbers))};`,
    `const t = new Uint8Array(128);`,
    `for (let i = 0; i < ${DIGITS.length}; i += 1) t[${JSON.stringify(DIGITS)}.charCodeAt(i)] = i;`,
    `const u = new Uint32Array(${numbers.length});`,
    'for (let i = 0, k = 0, p = 0; i < s.length; k += 1) {',
    `  const abs = s.charCodeAt(i) === ${ESCAPE.charCodeAt(0)};`,
    '  if (abs) i += 1;',
    '  let v = 0;',
    `  for (let m = 1, d = ${BASE}; d >= ${BASE}; m *= ${BASE}) {`,
    '    d = t[s.charCodeAt(i++)];',
    `    v += (d % ${BASE}) * m;`,
    '  }',
    '  p = abs ? v : p + v;',
    '  u[k] = p;',
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
