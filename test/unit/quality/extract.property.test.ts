/**
 * Page-signal extraction on generated hostile pages: random trees of the
 * elements extractSignals reads (titles, metas, ld+json, headers with logos, bylines, links,
 * forms that clobber DOM properties, quotes, templates, frames), with hostile attribute values and
 * text (controls, bidi, surrogate halves, huge strings, javascript: and data: links, <base>).
 *
 * Properties: never throws; every bound in `Limits` holds (random limits too); with the default
 * limits the result is always accepted by the background's validator (else a content script's
 * message would be dropped) and fits in one message.
 *
 * Each page is parsed by happy-dom in a window with JavaScript disabled (src/cli/html.ts, as the CLI).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentFromHtml, type LoadedPage } from '../../../src/cli/html';
import { MAX_MESSAGE_CHARS, validSignals } from '../../../src/extension/background/dispatch';
import { DEFAULT_LIMITS, extractSignals, type Limits } from '../../../src/signals/extract';
import type { PageSignals } from '../../../src/core/types';

/** 2000 cases each (a happy-dom window per case: about a minute in all). */
const RUNS = 2000;

const NASTY_TEXT = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\u202e',
  '\u200b',
  '\ud800',
  '\udfff',
  '\u00ad',
  '&amp;',
  '&#0;',
  '&lt;script&gt;',
  '"',
  "'",
  'The Washington Post',
  'Der Spiegel',
  'Le Monde',
  'Nio Thinker',
  '©2024 BILD',
  'Wаshington Pоst',
  '日本経済新聞',
  'javascript:alert(1)',
  'https://x.com/someone',
  'https://t.me/s/chan',
  'http://washingtonpost.pm/a',
);
const text = fc.oneof(
  { arbitrary: NASTY_TEXT, weight: 12 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 9 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 9 },
  // Now and then a huge text node (over maxText and the name caps).
  { arbitrary: fc.integer({ min: 1000, max: 40_000 }).map((n) => 'Breaking news '.repeat(Math.ceil(n / 14)).slice(0, n)), weight: 1 },
);
/** Escapes for an HTML text or attribute context: the page is hostile data, our generator is not. */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const href = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    'data:text/html,x',
    '#',
    '',
    '//evil.example/x',
    '/rel/path',
    '?q=1',
    'mailto:a@b.c',
    'https://x.com/name/status/1',
    'https://www.youtube.com/@chan',
    'https://t.me/chan',
    'http://washingtonpost.pm/',
    'https://name.substack.com/p/x',
    'http://[::1]/',
    'http://a%00b.com/',
    'https://' + 'a'.repeat(3000) + '.com/',
  ),
  fc.webUrl(),
  fc.string({ maxLength: 30 }),
);

type Node = string;
const leaf: fc.Arbitrary<Node> = fc.oneof(
  text.map(esc),
  fc.tuple(href, text).map(([h, t]) => `<a href="${esc(h)}">${esc(t)}</a>`),
  fc
    .tuple(fc.constantFrom('og:site_name', 'application-name', 'author', 'article:author'), text)
    .map(([p, t]) => `<meta property="${p}" name="${p}" content="${esc(t)}">`),
  fc
    .oneof(
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc.constant('{"@type":"NewsMediaOrganization","name":"The Washington Post"}'),
      text,
    )
    .map((j) => `<script type="application/ld+json">${j.replace(/</g, '\\u003c')}</script>`),
  text.map((t) => `<img alt="${esc(t)}" src="x">`),
  fc.constantFrom(
    ...[
      'title',
      'firstChild',
      'getAttribute',
      'querySelectorAll',
      'nodeType',
      'localName',
      'textContent',
      'closest',
      'createTreeWalker',
    ].map(
      (n) => `<form name="${n}" id="${n}"><input name="${n}"><img name="${n}"><input name="getAttribute"><input name="firstChild"></form>`,
    ),
  ),
  href.map((h) => `<base href="${esc(h)}">`),
  text.map((t) => `<span class="byline" rel="author">${esc(t)}</span>`),
  fc.constant('<iframe srcdoc="<a href=https://x.com/a>x</a>"></iframe><template><a href="https://t.me/x">t</a></template>'),
);
const tree: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(
        fc.constantFrom(
          'div',
          'header',
          'footer',
          'article',
          'section',
          'blockquote',
          'pre',
          'p',
          'span',
          'b',
          'nav',
          'main',
          'template',
          'noscript',
          'table',
          'ul',
          'li',
          'code',
          'details',
        ),
        fc.constantFrom(
          '',
          ' role="banner"',
          ' class="site-header"',
          ' id="header"',
          ' hidden',
          ' aria-hidden="true"',
          ' class="masthead"',
        ),
        fc.array(tie('node'), { maxLength: 5 }),
      )
      .map(([tag, attrs, kids]) => `<${tag}${attrs}>${kids.join('')}</${tag}>`),
  ),
})).node;

const page = fc.record({
  title: fc.oneof(
    { arbitrary: text, weight: 9 },
    { arbitrary: fc.integer({ min: 1, max: 50_000 }).map((n) => 'Title | '.repeat(Math.ceil(n / 8)).slice(0, n)), weight: 1 },
  ),
  body: fc.array(tree, { maxLength: 6 }),
  bodyless: fc.boolean(),
  // Mostly a few links; now and then more than any limit (maxLinks, maxHandles, maxScan).
  manyLinks: fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 20 }), weight: 19 },
    { arbitrary: fc.integer({ min: 160, max: 600 }), weight: 1 },
  ),
});

function html(p: { title: string; body: string[]; bodyless: boolean; manyLinks: number }): string {
  let links = '';
  for (let i = 0; i < p.manyLinks; i++) links += `<a href="https://site${i % 700}.example/p${i}">l</a><a href="https://x.com/u${i}">u</a>`;
  const content = p.body.join('') + links;
  return p.bodyless
    ? `<!doctype html><html><head><title>${esc(p.title)}</title>${content}</head></html>`
    : `<!doctype html><html><head><title>${esc(p.title)}</title></head><body>${content}</body></html>`;
}

const limits = fc.record({
  maxLinks: fc.integer({ min: 0, max: 400 }),
  maxHandles: fc.integer({ min: 0, max: 150 }),
  maxText: fc.integer({ min: 0, max: 30_000 }),
  maxNames: fc.integer({ min: 0, max: 25 }),
  maxNameLength: fc.integer({ min: 1, max: 300 }),
  maxBylines: fc.integer({ min: 0, max: 12 }),
  maxScan: fc.integer({ min: 0, max: 4000 }),
  maxJsonLdScripts: fc.integer({ min: 0, max: 10 }),
  maxJsonLdChars: fc.integer({ min: 0, max: 200_000 }),
});

function checkBounds(s: PageSignals, lim: Limits): void {
  expect((s.links ?? []).length).toBeLessThanOrEqual(lim.maxLinks);
  expect((s.handles ?? []).length).toBeLessThanOrEqual(lim.maxHandles);
  expect((s.text ?? '').length).toBeLessThanOrEqual(lim.maxText);
  expect((s.claimedNames ?? []).length).toBeLessThanOrEqual(lim.maxNames);
  for (const n of s.claimedNames ?? []) {
    expect(n.value.length).toBeLessThanOrEqual(lim.maxNameLength);
    expect(n.value).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/);
  }
  expect((s.bylines ?? []).length).toBeLessThanOrEqual(lim.maxBylines);
  for (const b of s.bylines ?? []) expect(b.length).toBeLessThanOrEqual(lim.maxNameLength);
  // Links are absolute web addresses, never javascript:/data:/mailto:.
  for (const l of [...(s.links ?? []), ...(s.handles ?? [])]) expect(l).toMatch(/^https?:\/\//);
}

/** A fresh happy-dom window per case (JavaScript disabled), closed right after the case. */
async function withPage<T>(source: string, url: string, fn: (doc: Document) => T): Promise<T> {
  const loaded: LoadedPage = documentFromHtml(source, url);
  try {
    return fn(loaded.document);
  } finally {
    await loaded.close();
  }
}

describe('extractSignals on generated hostile pages', () => {
  it('never throws and respects every bound (random limits)', async () => {
    await fc.assert(
      fc.asyncProperty(
        page,
        limits,
        fc.constantFrom('https://news.example/a', 'http://washingtonpost.pm/', 'https://x.com/home'),
        async (p, lim, url) => {
          const s = await withPage(html(p), url, (doc) => extractSignals(doc, url, lim));
          checkBounds(s, lim);
        },
      ),
      { numRuns: RUNS },
    );
  }, 240_000);

  it('with the default limits, the result is always a message the background accepts', async () => {
    await fc.assert(
      fc.asyncProperty(page, async (p) => {
        const s = await withPage(html(p), 'https://news.example/a', (doc) => extractSignals(doc, 'https://news.example/a'));
        checkBounds(s, DEFAULT_LIMITS);
        expect(validSignals(s)).toBe(true);
        expect(JSON.stringify({ type: 'cs-bg-signals', signals: s }).length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
      }),
      { numRuns: RUNS },
    );
  }, 240_000);

  it('never throws on garbage arguments (not a document, broken limits, bad URL)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (doc, url, lim) => {
        const s = extractSignals(doc as Document, url as string, lim as Partial<Limits>);
        expect(typeof s).toBe('object');
      }),
      { numRuns: RUNS },
    );
  });
});
