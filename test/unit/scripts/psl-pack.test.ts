/**
 * The build rewrites tldts-experimental's Public Suffix List hashes as base64 (scripts/psl-pack.ts).
 * The rewritten module must give exactly the array the library ships, and the rewrite must refuse a
 * module it does not recognise rather than ship a different list.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PSL_HASHES_MODULE, packHashesModule } from '../../../scripts/psl-pack';

const require = createRequire(import.meta.url);
const hashesPath = require.resolve('tldts-experimental').replace(/dist[\\/]cjs[\\/]index\.js$/, 'dist/es6/src/data/hashes.js');

async function evaluate(source: string): Promise<Uint32Array> {
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as { default: Uint32Array };
  return mod.default;
}

describe('psl-pack', () => {
  it('decodes to the same Uint32Array as the module tldts-experimental ships, at about half the size', async () => {
    expect(PSL_HASHES_MODULE.test(hashesPath)).toBe(true);
    const original = readFileSync(hashesPath, 'utf8');
    const packed = packHashesModule(original);
    const [a, b] = await Promise.all([evaluate(original), evaluate(packed)]);
    expect(b).toBeInstanceOf(Uint32Array);
    expect(b.length).toBeGreaterThan(5000);
    expect(Array.from(b)).toEqual(Array.from(a));
    expect(packed.length).toBeLessThan(original.length * 0.6);
  });

  it('keeps numbers at the edges of the 32-bit range', async () => {
    const packed = packHashesModule('export default new Uint32Array([0, 1, 2147483648, 4294967295, 255, 65536]);');
    expect(Array.from(await evaluate(packed))).toEqual([0, 1, 2147483648, 4294967295, 255, 65536]);
  });

  it('refuses a module in another form', () => {
    expect(() => packHashesModule('export default [1, 2, 3];')).toThrow(/expected form/);
    expect(() => packHashesModule('export default new Uint32Array([1, 4294967296]);')).toThrow(/32-bit/);
  });
});
