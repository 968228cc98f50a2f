/**
 * The build rewrites tldts-experimental's Public Suffix List hashes in a denser text form
 * (scripts/psl-pack.ts: differences, base-44 digits).
 * The rewritten module must give exactly the array the library ships, and the rewrite must refuse a
 * module it does not recognise rather than ship a different list.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PSL_HASHES_MODULE, encodeHashes, packHashesModule } from '../../../scripts/psl-pack';

const require = createRequire(import.meta.url);
const hashesPath = require.resolve('tldts-experimental').replace(/dist[\\/]cjs[\\/]index\.js$/, 'dist/es6/src/data/hashes.js');

async function evaluate(source: string): Promise<Uint32Array> {
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as { default: Uint32Array };
  return mod.default;
}

describe('psl-pack', () => {
  it('decodes to the same Uint32Array as the module tldts-experimental ships, at under two fifths of the size', async () => {
    expect(PSL_HASHES_MODULE.test(hashesPath)).toBe(true);
    const original = readFileSync(hashesPath, 'utf8');
    const packed = packHashesModule(original);
    const [a, b] = await Promise.all([evaluate(original), evaluate(packed)]);
    expect(b).toBeInstanceOf(Uint32Array);
    expect(b.length).toBeGreaterThan(5000);
    expect(Array.from(b)).toEqual(Array.from(a));
    expect(packed.length).toBeLessThan(original.length * 0.4);
  });

  it('keeps numbers at the edges of the 32-bit range and of each digit, rising and falling', async () => {
    const numbers = [0, 1, 2147483648, 4294967295, 255, 65536, 0, 43, 44, 44 * 44 - 1, 44 * 44, 44 ** 5, 44 ** 5 - 1, 4294967294, 7];
    const packed = packHashesModule(`export default new Uint32Array([${numbers.join(', ')}]);`);
    expect(Array.from(await evaluate(packed))).toEqual(numbers);
    // Only characters a JavaScript string holds as they are.
    expect(encodeHashes(numbers)).toMatch(/^[!-~]+$/);
    expect(encodeHashes(numbers)).not.toMatch(/["'\\`$]/);
  });

  it('refuses a module in another form', () => {
    expect(() => packHashesModule('export default [1, 2, 3];')).toThrow(/expected form/);
    expect(() => packHashesModule('export default new Uint32Array([1, 4294967296]);')).toThrow(/32-bit/);
  });
});
