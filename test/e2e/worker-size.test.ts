/**
 * The background's size: the worker parses all of background.js at every start, so the
 * built file has a budget in both browsers, and what was moved out of it must stay out: the finding
 * sentences of the other languages (the warning bar renders them in the page, with the one
 * language's script injected with it), webextension-polyfill, fuse.js (the worker ranks claimed
 * names with src/core/detectors/bitap.ts; the explorer keeps fuse.js) and the full checks of a
 * person's own list (the options page runs them on import). Each sentence script carries its
 * own language only, and like the bar nothing that signals the page. The index the worker reads at
 * every start ships gzip-compressed (src/lists/bundled-index.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIRS, requireBuild } from './harness';

// The target of docs/performance.md.
const BACKGROUND_BUDGET = 160_000;

/** A phrase of each catalogue that no other file of the extension's scripts holds. */
const MARKERS = {
  de: 'eine sekundäre Zusammenstellung',
  fr: 'une compilation secondaire',
  pl: 'zestawienie wtórne',
  uk: 'вторинне зведення',
  ru: 'вторичная подборка',
} as const;
const LANGS = Object.keys(MARKERS) as (keyof typeof MARKERS)[];

describe.each(['chromium', 'firefox'] as const)('%s build', (kind) => {
  const dir = EXTENSION_DIRS[kind];

  it(`background.js is at most ${BACKGROUND_BUDGET.toLocaleString('en')} bytes, with no finding catalogue and no polyfill`, () => {
    requireBuild(kind);
    const file = join(dir, 'background.js');
    expect(statSync(file).size).toBeLessThanOrEqual(BACKGROUND_BUDGET);
    const code = readFileSync(file, 'utf8');
    for (const lang of LANGS) expect(code, lang).not.toContain(MARKERS[lang]);
    expect(code).not.toMatch(/webextension-polyfill|__mozWebExtensionPolyfillReject__/);
    // fuse.js (its messages): the worker needs only its Bitap scoring, which bitap.ts holds.
    expect(code).not.toContain('Extended search is not available');
    expect(code).not.toContain('Pattern length exceeds max of');
    // The full checks of a list (src/lists/validate.ts, custom.ts): the options page runs them on
    // import, and the worker only what depends on Unmask's side (src/lists/own-lists.ts).
    expect(code).not.toContain('is not an Unmask custom list');
    expect(code).not.toContain('(Public Suffix List, private section included)');
  });

  it('ships the compiled index gzip-compressed only: unmask-index.json.gz inflates to public/unmask-index.json', () => {
    requireBuild(kind);
    expect(existsSync(join(dir, 'unmask-index.json'))).toBe(false);
    const packed = readFileSync(join(dir, 'unmask-index.json.gz'));
    const plain = readFileSync(new URL('../../public/unmask-index.json', import.meta.url));
    expect(gunzipSync(packed).equals(plain)).toBe(true);
    expect(packed.length).toBeLessThan(plain.length / 3);
  });

  it.each(LANGS)('sentences-%s.js holds that language only, and nothing that signals the page', (lang) => {
    const code = readFileSync(join(dir, `sentences-${lang}.js`), 'utf8');
    expect(code).toContain(MARKERS[lang]);
    for (const other of LANGS) if (other !== lang) expect(code, other).not.toContain(MARKERS[other]);
    expect(code).not.toMatch(/webextension-polyfill|publicsuffix|preact|unmask-index|fuse/i);
    expect(code).not.toMatch(/dispatchEvent|postMessage|content-script-started|sendMessage/);
    // It never runs on every page: only the background injects it, with the bar.
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { web_accessible_resources?: unknown };
    expect(JSON.stringify(manifest)).not.toContain(`sentences-${lang}`);
  });
});
