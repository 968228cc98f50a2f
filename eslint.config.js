// ESLint: typescript-eslint's recommended rules, plus the layer rules that keep the architecture
// (ARCHITECTURE.md) true as the code grows. `npm run lint`.
import tseslint from 'typescript-eslint';

/** Modules that must never reach a page: the lists, the Public Suffix List, the UI, the polyfill. */
const NOT_IN_PAGES = [
  { group: ['**/lists/**', '**/unmask-index*', '**/*.json'], message: 'The content script carries no lists: the background judges.' },
  { group: ['tldts', 'tldts-*'], message: "The content script stays small: host parsing is the background's." },
  { group: ['preact', 'preact/*', '@preact/*', '**/ui/**'], message: 'No Preact in every page: the warning bar is plain DOM.' },
  {
    group: ['webextension-polyfill', '@wxt-dev/webextension-polyfill', 'fuse.js', 'fuse.js/*', 'punycode', 'punycode/*'],
    message: 'Not in the content script (size budget).',
  },
  { group: ['**/background/**', '**/tools/**', '**/training/**', '**/cli/**'], message: 'The content script imports no other layer.' },
  {
    group: ['wxt/browser', '@wxt-dev/browser'],
    message: "A page's element can pose as `browser` in Chrome's isolated world: use src/extension/content/own-api.ts.",
  },
];

/** The content script's layer rule for `files`: `outside` matches the value imports they may not make. */
function pageRules(files, outside) {
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...NOT_IN_PAGES,
            {
              regex: outside,
              allowTypeImports: true,
              message:
                'The content script takes values only from its own files, src/signals, src/core/platform-hosts and src/core/levels (types are free).',
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'public/**', 'test-results/**', 'generated/**', 'dist/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Core ESLint rules the code already states its exceptions to (eslint-disable comments).
      'no-control-regex': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // A function over 150 lines is the exception, and says why above an eslint-disable comment.
    files: ['src/**', 'entrypoints/**'],
    rules: { 'max-lines-per-function': ['error', { max: 150, skipBlankLines: true, skipComments: true }] },
  },
  {
    // The judgement: pure TypeScript that runs in Node and in the worker, and knows no layer above it.
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/signals/**',
                '**/lists/**',
                '**/tools/**',
                '**/training/**',
                '**/ui/**',
                '**/cli/**',
                '**/extension/**',
                '**/entrypoints/**',
              ],
              message: 'src/core imports nothing above it.',
            },
            {
              group: ['wxt', 'wxt/*', 'preact', 'preact/*', 'webextension-polyfill', 'happy-dom', 'node:*'],
              message: 'src/core is plain TypeScript: no browser API, no UI, no Node API.',
            },
            {
              group: ['fuse.js', 'fuse.js/*'],
              message: 'The worker carries no fuse.js: src/core/detectors/bitap.ts ranks claimed names as it does.',
            },
          ],
        },
      ],
    },
  },
  // Everything bundled into every page. Types may come from anywhere (they vanish in the build);
  // values only from the content script's own files, src/signals, the platform host table and the
  // level table.
  pageRules(
    ['entrypoints/content-script.ts', 'entrypoints/warning.ts', 'entrypoints/markers.ts'],
    '^\\.\\./src/(?!extension/content/|signals/|core/platform-hosts$)',
  ),
  pageRules(['src/extension/content/**/*.ts'], '^\\.\\./(?!\\.\\./)|^\\.\\./\\.\\./(?!signals/|core/platform-hosts$|core/levels$)'),
  pageRules(['src/signals/**/*.ts'], '^\\.\\./(?!core/platform-hosts$)'),
  // The warning bar's sentence scripts (injected with the bar, one language each): a catalogue
  // and the one function that hands it to the bar, nothing else.
  pageRules(['entrypoints/sentences-*.ts'], '^\\.\\./src/(?!core/i18n/(de|fr|pl|ru|uk)$|extension/bar-sentences$)'),
  pageRules(['src/extension/bar-sentences.ts'], '^\\.(?!\\./core/i18n/langs$|/content/mark-key$)'),
  pageRules(['src/core/i18n/{de,fr,pl,ru,uk,forms,langs}.ts'], '^\\.(?!/forms$)'),
  // The value modules of src/core that pages carry: plain tables (the level words and colours
  // the link markers draw with the popup's).
  pageRules(['src/core/platform-hosts.ts'], '^\\.'),
  pageRules(['src/core/levels.ts'], '^\\.(?!/types$)'),
  {
    // Shared test code lives in test/support/: real-browser tests do not reach into unit tests.
    files: ['test/e2e/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/unit/**'], message: 'Move shared test code to test/support/.' }] },
      ],
    },
  },
  {
    // Tests, benchmarks and scripts feed hostile and malformed values on purpose, and reach into
    // browser and report objects that have no types.
    files: ['test/**', 'bench/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-control-regex': 'off' },
  },
);
