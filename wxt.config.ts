import { defineConfig } from 'wxt';
import type { PluginOption } from 'vite';
import preact from '@preact/preset-vite';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LIST_MIRRORS, mirrorOrigins, parseMirrors } from './src/lists/updates/mirrors';
import { pslPack } from './scripts/psl-pack';
import { BUNDLED_INDEX_PATH } from './src/lists/bundled-index';
import { compileHints } from './scripts/compile-hints';

/**
 * List updates (docs/list-updates.md): the mirrors this build downloads from
 * (src/lists/updates/mirrors.ts, or UNMASK_LIST_MIRRORS for one build), and the date of the
 * bundled lists (their version's entry in lists/CHANGELOG.md) for "Lists of 3 December 2026".
 * UNMASK_LIST_TEST_KEYS (colon-separated SPKI PEM files) replaces the pinned keys for the
 * real-browser tests; such a build goes to its own directory and is never a release.
 */
const listMirrors = process.env.UNMASK_LIST_MIRRORS ? parseMirrors(process.env.UNMASK_LIST_MIRRORS) : [...LIST_MIRRORS];
const listTestKeys = process.env.UNMASK_LIST_TEST_KEYS
  ? process.env.UNMASK_LIST_TEST_KEYS.split(':')
      .filter((p) => p !== '')
      .map((p) => readFileSync(p, 'utf8'))
  : null;
function bundledListsEntry(): { version: string; date: string } | null {
  try {
    const entry = /^## (\d+\.\d+\.\d+) \((\d{4}-\d{2}-\d{2})\)/m.exec(readFileSync('lists/CHANGELOG.md', 'utf8'));
    return entry ? { version: entry[1]!, date: entry[2]! } : null;
  } catch {
    return null;
  }
}
const listUpdates = {
  mirrors: listMirrors,
  bundledDate: bundledListsEntry()?.date ?? null,
  bundledVersion: bundledListsEntry()?.version ?? null,
  ...(listTestKeys ? { keys: listTestKeys, timeoutMs: Number(process.env.UNMASK_LIST_TIMEOUT_MS ?? 5000) } : {}),
};

/**
 * The one content script, declared here rather than by WXT: it is built from
 * entrypoints/content-script.ts as a plain script (see that file for why: WXT's content-script
 * wrapper tells pages the extension is there). Every page, top frame only, once the page is idle.
 *
 * `match_origin_as_fallback` (Chrome 119+, Firefox 128+): also documents whose address is not their
 * origin's (`blob:http://host/<uuid>`, and about:blank or data: documents a matching page made),
 * so that a page that moves its tab to a blob: document of its own is still read there. The
 * background accepts such a document's signals only for a blob: (or filesystem:) address, judged
 * as its origin (src/extension/background/tab-url.ts).
 */
export const CONTENT_SCRIPT = {
  matches: ['<all_urls>'],
  js: ['content-script.js'],
  run_at: 'document_idle',
  all_frames: false,
  match_origin_as_fallback: true,
} as const;

/**
 * Origins the extension's own pages and background may fetch from besides their own files: the
 * list-update mirrors this build is configured with (none by default: then nothing leaves the
 * browser). They are the whole of the network the browser will let the extension reach.
 */
export const CONNECT_ORIGINS: readonly string[] = mirrorOrigins(listMirrors);

/**
 * The extension pages' content security policy, explicit so that the browser itself enforces the
 * network promise: `connect-src` allows fetch/XHR/WebSocket/EventSource only to the extension's own
 * files and CONNECT_ORIGINS, in the service worker (Chromium), the event page (Firefox) and every
 * extension page. Scripts and objects only from the extension (the MV3 minimum).
 */
export const EXTENSION_CSP = ["script-src 'self'", "object-src 'self'", `connect-src ${["'self'", ...CONNECT_ORIGINS].join(' ')}`].join(
  '; ',
);

/**
 * WXT starts an unlisted script through a wrapper module that keeps a logger and its crash
 * messages (silent in production, yet shipped) and returns `main()`'s result to
 * `scripting.executeScript`. Nothing here reads that result, and the content script is in every
 * page: the wrapper becomes a plain call of `main()`. The scripts' own `main` never throws.
 */
function plainUnlistedScript(): PluginOption {
  const wrapper = '\0virtual:wxt-unlisted-script-entrypoint?';
  return {
    name: 'unmask:plain-unlisted-script',
    enforce: 'pre',
    load(id) {
      if (!id.startsWith(wrapper)) return null;
      return `import definition from ${JSON.stringify(id.slice(wrapper.length))};\ndefinition.main();\n`;
    },
  };
}

// Each setting below says why it is set; ARCHITECTURE.md describes the builds.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // `npm run bench -- --browser --only=P` profiles the worker: it needs readable function names, so
  // it builds an unminified copy beside the real builds (never shipped).
  ...(process.env.UNMASK_UNMINIFIED === '1' ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-unminified' } : {}),
  ...(listTestKeys ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-listtest' } : {}),
  // `UNMASK_SOURCEMAP=1`: a copy with source maps, for bench/background-sizes.ts (never shipped).
  ...(process.env.UNMASK_SOURCEMAP === '1' ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-sourcemap' } : {}),
  vite: () => ({
    // pslPack: the Public Suffix List's hashes in a dense text form instead of decimal (scripts/psl-pack.ts).
    // compileHints: the content script compiled when it loads, not function by function
    // (scripts/compile-hints.ts).
    plugins: [preact(), pslPack(), compileHints(CONTENT_SCRIPT.js)],
    define: { __UNMASK_LIST_UPDATES__: JSON.stringify(listUpdates) },
    ...(process.env.UNMASK_UNMINIFIED === '1' ? { build: { minify: false } } : {}),
    ...(process.env.UNMASK_SOURCEMAP === '1' ? { build: { sourcemap: true } } : {}),
  }),
  hooks: {
    // The compiled index ships gzip-compressed (src/lists/bundled-index.ts): the browser reads an
    // extension's files at a fixed rate, and the worker waits for this one at every start.
    // Deterministic (zlib writes no time or name into the header), so a build can be reproduced.
    'build:publicAssets': (wxt, files) => {
      const i = files.findIndex((f) => f.relativeDest === 'unmask-index.json');
      const plain = files[i];
      if (plain === undefined || !('absoluteSrc' in plain)) throw new Error('public/unmask-index.json missing: run `npm run lists`');
      const gz = `${wxt.config.outDir}.unmask-index.json.gz`;
      mkdirSync(dirname(gz), { recursive: true });
      writeFileSync(gz, gzipSync(readFileSync(plain.absoluteSrc), { level: 9 }));
      files[i] = { absoluteSrc: gz, relativeDest: BUNDLED_INDEX_PATH.slice(1) };
    },
    // Content scripts ship in every page (budget: 20 kB for all of them). They use only
    // runtime.sendMessage and i18n.getMessage, which are promise-based natively in Chrome MV3 and
    // Firefox, so they take the browser's own namespace (src/extension/content/own-api.ts, not
    // WXT's `browser`, which a page element can stand in for) instead of webextension-polyfill.
    // The background, which the worker parses at every start, gets WXT's plain `browser`
    // (globalThis.browser ?? chrome; no page there): every API it calls returns a promise natively
    // in both browsers, and it answers messages through `sendResponse` (background/index.ts). The
    // pages keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      // The background: no constant inlining across modules. Rolldown (Vite 8) copies an
      // imported `const` string to each place it is used: tldts' public-suffix string came
      // out twice, and the worker parses all of background.js at every start.
      // The content script likewise (a selector string it uses three times stays one variable).
      if (entrypoints.some((e) => e.type === 'background' || e.name === 'content-script')) {
        config.build ??= {};
        const rolldown = ((config.build as { rolldownOptions?: Record<string, unknown> }).rolldownOptions ??= {});
        rolldown.optimization = { ...(rolldown.optimization as object | undefined), inlineConst: false };
      }
      // (The content script is built as an unlisted script: see CONTENT_SCRIPT.)
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script' || e.type === 'background')) return;
      // Only scripts without a global name: WXT ends the others with that name as their return
      // value, which the plain call does not define (a ReferenceError that stops an injection).
      const anonymous = (e: (typeof entrypoints)[number]): boolean =>
        (e.type === 'content-script' || e.type === 'unlisted-script') && (e.options as { globalName?: unknown }).globalName === false;
      if (entrypoints.every(anonymous)) {
        config.plugins ??= [];
        config.plugins.unshift(plainUnlistedScript());
      }
      const alias = config.resolve?.alias;
      const native = '@wxt-dev/browser';
      if (Array.isArray(alias)) {
        for (const entry of alias) if (entry.find === 'wxt/browser') entry.replacement = native;
      } else if (alias && typeof alias === 'object') {
        (alias as Record<string, string>)['wxt/browser'] = native;
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `tabs` is not redundant with <all_urls>: host permissions show a tab's address only when it
    // is a web address, and tab-url.ts must see about:blank, about:srcdoc and blob: addresses
    // (without it test/e2e/navigation.test.ts fails in both browsers). `alarms`: the daily
    // list-update check, only when the person switched updates on.
    permissions: ['storage', 'tabs', 'scripting', 'alarms'],
    // `<all_urls>` (needed to read each tab's address) already covers the list mirrors: no extra
    // host permission, and no new install warning, for them.
    host_permissions: ['<all_urls>'],
    content_security_policy: { extension_pages: EXTENSION_CSP },
    // The toolbar's icon: the 16/32 px drawing (public/icon/, `npm run icons`). WXT lists every
    // size as the extension's `icons`.
    action: { default_title: '__MSG_extName__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    content_scripts: [{ ...CONTENT_SCRIPT, matches: [...CONTENT_SCRIPT.matches], js: [...CONTENT_SCRIPT.js] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'unmask@unmask.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android supports MV3 with data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
