import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
 * Origins the extension's own pages and background may fetch from besides their own files. Empty:
 * nothing leaves the browser. Whatever is added here (a list-update mirror) is the whole of the
 * network the browser will let the extension reach.
 */
export const CONNECT_ORIGINS: readonly string[] = [];

/**
 * The extension pages' content security policy, explicit so that the browser itself enforces the
 * network promise: `connect-src` allows fetch/XHR/WebSocket/EventSource only to the extension's own
 * files and CONNECT_ORIGINS, in the service worker (Chromium), the event page (Firefox) and every
 * extension page. Scripts and objects only from the extension (the MV3 minimum).
 */
export const EXTENSION_CSP = ["script-src 'self'", "object-src 'self'", `connect-src ${["'self'", ...CONNECT_ORIGINS].join(' ')}`].join('; ');

// Each setting below says why it is set; ARCHITECTURE.md describes the builds.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // `npm run bench -- --browser --only=P` profiles the worker: it needs readable function names, so
  // it builds an unminified copy beside the real builds (never shipped).
  ...(process.env.UNMASK_UNMINIFIED === '1' ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-unminified' } : {}),
  vite: () => ({
    plugins: [preact()],
    ...(process.env.UNMASK_UNMINIFIED === '1' ? { build: { minify: false } } : {}),
  }),
  hooks: {
    // Content scripts ship in every page (budget: 20 kB for all of them). They use only
    // runtime.sendMessage and i18n.getMessage, which are promise-based natively in Chrome MV3 and
    // Firefox, so they get WXT's plain `browser` (globalThis.browser ?? chrome) instead of
    // webextension-polyfill. The background and the pages keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      // The background: no constant inlining across modules. Rolldown (Vite 8) copies an
      // imported `const` string to each place it is used: tldts' public-suffix string came
      // out twice, and the worker parses all of background.js at every start.
      if (entrypoints.some((e) => e.type === 'background')) {
        config.build ??= {};
        const rolldown = ((config.build as { rolldownOptions?: Record<string, unknown> }).rolldownOptions ??= {});
        rolldown.optimization = { ...(rolldown.optimization as object | undefined), inlineConst: false };
      }
      // (The content script is built as an unlisted script: see CONTENT_SCRIPT.)
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
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
    // (without it test/e2e/navigation.test.ts fails in both browsers).
    permissions: ['storage', 'tabs', 'scripting'],
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
