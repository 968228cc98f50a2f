/**
 * Link texts that are, or nearly are, absolute http(s) URLs in the URL parser's own form: the
 * inputs on which `canonicalHttpHost` (src/signals/extract.ts) must agree with the URL parser.
 * Shared by the Node property test (test/unit/signals/canonical-url.test.ts) and the real-browser
 * check in Chromium and Firefox (test/e2e/hostile.test.ts). Deterministic for a given seed.
 */
import fc from 'fast-check';

/** Each part: mostly what the fast path accepts, sometimes what it must refuse. */
const part = (good: string[], bad: string[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 6 }, { arbitrary: fc.constantFrom(...bad), weight: 1 });

const scheme = part(
  ['https://', 'http://'],
  ['HTTPS://', 'Http://', 'https:/', 'https:///', 'https:\\\\', ' https://', 'ftp://', 'https://user@', 'https://u:p@'],
);
const label = part(
  ['a', 'news', 'example', 'site1', 'b-c', '-x', 'x-', 'ab--cd', 'com', 'org', 'co', 'uk', 'a'.repeat(63)],
  ['Example', 'WWW', 'xn--80ak6aa92e', 'xn--', '1', '123', '0x7f', '0', 'a'.repeat(64), 'é', 'ｅ', '_', ''],
);
const afterHost = part(['/'], [':443/', ':80/', ':8080/', '.', './', '?', '#', '', '\\', ' /', '%2e/', '@evil.example/']);
const pathPiece = part(
  [
    'a',
    'Z',
    '9',
    'article',
    'story-1',
    'x_y',
    '~me',
    '!',
    '$',
    '&',
    '(',
    ')',
    '*',
    '+',
    ',',
    ';',
    '=',
    ':',
    '@',
    '/',
    '//',
    '?',
    '?q=1',
    '&b=2',
    '.',
    '..',
    '.hidden',
    '..x',
  ],
  [
    '/./',
    '/../',
    '/.',
    '/..',
    '%2e',
    '%2E',
    '%41',
    '%',
    '%zz',
    '#',
    '#top',
    "'",
    '"',
    ' ',
    '\t',
    '\n',
    '\\',
    '<',
    '>',
    '`',
    '{',
    '}',
    '|',
    '^',
    '[',
    ']',
    'é',
    '\u0000',
    '\u00a0',
    '\u200b',
    'ω',
  ],
);

const url = fc
  .tuple(scheme, fc.array(label, { minLength: 1, maxLength: 4 }), afterHost, fc.array(pathPiece, { maxLength: 10 }))
  .map(([s, labels, after, path]) => s + labels.join('.') + after + path.join(''));

export function nearCanonicalUrls(count: number, seed = 20261121): string[] {
  return fc.sample(url, { numRuns: count, seed });
}
