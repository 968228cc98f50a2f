/**
 * The compiled index is written in ASCII only (src/lists/compiled.ts, `serializeCompiled`): every
 * other character as a JSON `\uXXXX` escape, so that the browser decodes the file to a one-byte
 * string. The names must come back exactly, Cyrillic and characters beyond the BMP included.
 *
 * Needs `npm run lists` (public/unmask-index.json); the unit tests' global setup compiles it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCompiled, readIndex, serializeCompiled } from '../../../src/lists/compiled';

const TEXT = readFileSync(new URL('../../../public/unmask-index.json', import.meta.url), 'utf8');
const FIXTURE = parseCompiled(readFileSync(new URL('../../fixtures/engine/lists.json', import.meta.url), 'utf8'));

describe('the compiled index is ASCII', () => {
  it('public/unmask-index.json holds no character beyond ASCII, yet its names keep theirs', () => {
    expect(TEXT).toMatch(/^[\x00-\x7f]*$/);
    const lists = readIndex(TEXT).lists();
    const names = [...lists.outlets.flatMap((o) => [o.name, ...o.names]), ...lists.campaigns.map((c) => c.name)];
    // Protected outlets named in Cyrillic (Ukrainian and Russian outlets) are among them.
    expect(names.some((n) => typeof n === 'string' && /[\u0400-\u04ff]/.test(n))).toBe(true);
  });

  it('any name survives the round trip: accents, Cyrillic, a character outside the BMP, DEL', () => {
    const campaign = FIXTURE.campaigns[0]!;
    const odd = 'Українська правда — Zürich 😀 \u007f end';
    const lists = { ...FIXTURE, campaigns: [{ ...campaign, name: odd }, ...FIXTURE.campaigns.slice(1)] };
    const text = serializeCompiled(lists);
    expect(text).toMatch(/^[\x00-\x7f]*$/);
    expect(text).toContain('\\ud83d\\ude00');
    const back = readIndex(text).lists();
    expect(back.campaigns[0]!.name).toBe(odd);
    expect(back.campaigns.map((c) => c.name)).toEqual(lists.campaigns.map((c) => c.name));
    // Written again, the same text: nothing was lost or changed on the way.
    expect(serializeCompiled(back)).toBe(text);
  });
});
