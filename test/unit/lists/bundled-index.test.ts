/**
 * src/lists/bundled-index.ts: the shipped index's text from its gzip-compressed bytes, exactly,
 * whatever the inflater's chunks cut.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledIndexText } from '../../../src/lists/bundled-index';
import { bundledIndexResponse } from '../../support/bundled-index';

describe('bundledIndexText', () => {
  it('gives back the shipped index exactly', async () => {
    const text = readFileSync(new URL('../../../public/unmask-index.json', import.meta.url), 'utf8');
    expect(text.length).toBeGreaterThan(1_000_000);
    await expect(bundledIndexText(bundledIndexResponse(text))).resolves.toBe(text);
  });

  it('decodes characters whose bytes fall on both sides of an inflated chunk', async () => {
    // Two- and four-byte characters in runs long enough that the inflater's chunks (tens of KB)
    // must end inside some of them.
    const text = Array.from({ length: 40_000 }, (_, i) => `${i} Правда 🇺🇦 ${'x'.repeat(i % 7)}`).join('\n');
    await expect(bundledIndexText(bundledIndexResponse(text))).resolves.toBe(text);
  });

  it('refuses a body that is not gzip, and an HTTP error', async () => {
    await expect(bundledIndexText(new Response('{"format":4}'))).rejects.toThrow();
    await expect(bundledIndexText(bundledIndexResponse('', 404))).rejects.toThrow('HTTP 404');
  });
});
