/**
 * extractSignals on real fixture pages (the same files the real-browser tests serve), loaded the
 * way the CLI loads them: a happy-dom document whose URL is the URL the page is served from.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { documentFromHtml, type LoadedPage } from '../../../src/cli/html';
import { DEFAULT_LIMITS, extractLinks, extractSignals } from '../../../src/signals/extract';
import type { PageSignals } from '../../../src/core/types';

const open: LoadedPage[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url), 'utf8');
}

function load(html: string, url: string): Document {
  const page = documentFromHtml(html, url);
  open.push(page);
  return page.document;
}

function signalsOf(name: string, url: string): PageSignals {
  return extractSignals(load(fixture(name), url), url);
}

/** A page of `n` links to distinct hosts. */
const pageOfLinks = (n: number): string =>
  `<html><body>${Array.from({ length: n }, (_, i) => `<a href="https://h${i}.example/">${i}</a>`).join('')}</body></html>`;

const names = (s: PageSignals): string[] => (s.claimedNames ?? []).map((c) => `${c.source}: ${c.value}`);

describe('Doppelganger-style clone of a Washington Post article', () => {
  const url = 'https://washingtonpost.pm/dc-md-va/2024/03/12/council-transit-funding-plan/';
  const s = () => signalsOf('wapo-clone.html', url);

  it('collects every place the page claims to be The Washington Post', () => {
    expect(names(s())).toEqual([
      'title: Council weighs new transit funding plan as budget talks stall - The Washington Post',
      'og:site_name: The Washington Post',
      'ld+json: The Washington Post',
      'logo-alt: The Washington Post',
      'copyright: The Washington Post',
    ]);
  });

  it('collects the byline once, without "By"', () => {
    expect(s().bylines).toEqual(['Jane Example']);
  });

  it('resolves links, first link per host first, and drops javascript: and mailto:', () => {
    expect(s().links).toEqual([
      'https://www.washingtonpost.com/politics/',
      'https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.washingtonpost.com%2F',
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.washingtonpost.com%2F',
      'https://twitter.com/washingtonpost',
      'https://www.instagram.com/washingtonpost/',
      'https://washingtonpost.pm/',
      'https://www.washingtonpost.com/opinions/',
      'https://www.washingtonpost.com/business/',
      'https://washingtonpost.pm/dc-md-va/',
      'https://washingtonpost.pm/people/jane-example/',
      'https://www.washingtonpost.com/transportation/',
      'https://www.washingtonpost.com/about-the-post/',
      'https://www.washingtonpost.com/privacy-policy/',
    ]);
  });

  it('sends social URLs as handles, without their query strings', () => {
    expect(s().handles).toEqual([
      'https://twitter.com/intent/tweet',
      'https://www.facebook.com/sharer/sharer.php',
      'https://twitter.com/washingtonpost',
      'https://www.instagram.com/washingtonpost/',
    ]);
  });

  it('samples the visible text, not scripts or ld+json', () => {
    const text = s().text ?? '';
    expect(text.startsWith('Politics Opinions Business Local Menu Council weighs')).toBe(true);
    expect(text).toContain('The question is who pays for what, and when.” The council is expected');
    expect(text.endsWith('© 2024 The Washington Post')).toBe(true);
    expect(text).not.toContain('NewsArticle');
    expect(text).not.toContain('openMenu');
    expect(text).not.toMatch(/\s\s/);
  });
});

describe('Storm-2035-style outlet (Nio Thinker)', () => {
  const s = () => signalsOf('niothinker.html', 'https://niothinker.com/2024/08/01/library-hours/');

  it('collects the brand from every source, the logo alt without "logo"', () => {
    expect(names(s())).toEqual([
      'title: Why the county library hours matter to working families | Nio Thinker',
      'og:site_name: Nio Thinker',
      'application-name: Nio Thinker',
      'ld+json: Nio Thinker',
      'logo-alt: Nio Thinker',
      'copyright: Nio Thinker',
    ]);
    expect(s().bylines).toEqual(['Editorial Team']);
  });

  it('puts other hosts before same-site links', () => {
    expect(s().links?.slice(0, 5)).toEqual([
      'https://www.census.gov/library/stories.html',
      'https://www.ala.org/research',
      'https://twitter.com/intent/tweet?text=Library%20hours',
      'https://www.facebook.com/sharer.php?u=%2F',
      'https://niothinker.com/',
    ]);
    expect(s().links).toHaveLength(14);
  });
});

describe('research article about Doppelganger (DFRLab-style)', () => {
  const s = () => signalsOf('research-doppelganger.html', 'https://dfrlab.org/2024/02/20/doppelganger-clones/');

  it('claims its own names only: not the outlets it writes about or shows', () => {
    expect(names(s())).toEqual([
      'title: Inside the Doppelganger clone network: how fake news sites copy real outlets - DFRLab',
      'og:site_name: DFRLab',
      'ld+json: Atlantic Council',
      'logo-alt: DFRLab',
      'copyright: Atlantic Council',
    ]);
    // ld+json `about`/`mentions` and a screenshot's alt inside the article are not claims.
    for (const c of s().claimedNames ?? []) {
      expect(c.value).not.toMatch(/Washington Post|Spiegel|Social Design Agency/);
    }
  });

  it('records the links to the clone and the redirector', () => {
    expect(s().links).toEqual([
      'https://www.atlanticcouncil.org/',
      'https://washingtonpost.pm/politics/2024/02/01/example-article/',
      'http://ferbanio.shop/',
      'https://www.washingtonpost.com/',
      'https://about.fb.com/news/2023/08/q2-2023-adversarial-threat-report/',
      'https://x.com/DFRLab',
      'https://dfrlab.org/',
      'https://dfrlab.org/research/',
      'https://dfrlab.org/about/',
      'https://dfrlab.org/privacy/',
    ]);
    expect(s().handles).toEqual(['https://x.com/DFRLab']);
  });

  it('leaves the quoted rewriting prompt and the code block out of the text sample', () => {
    const text = s().text ?? '';
    expect(text).toContain('In one case, the published article began with the following sentence: We list the domains');
    expect(text).not.toMatch(/rewrite this article/i);
    expect(text).not.toContain('washingtonpost.pm ferbanio.shop');
    expect(text).toContain('A clone site reused the outlet');
  });
});

describe('the real outlet', () => {
  const s = () => signalsOf('real-outlet.html', 'https://www.washingtonpost.com/arts-entertainment/2024/06/01/museum-hours/');

  it('claims its own name everywhere (the engine decides that this is the real domain)', () => {
    expect(names(s())).toEqual([
      'title: Museum extends weekend hours for summer exhibition - The Washington Post',
      'og:site_name: The Washington Post',
      'ld+json: The Washington Post',
      'logo-alt: The Washington Post',
      'copyright: The Washington Post',
    ]);
    expect(s().bylines).toEqual(['Sam Placeholder']);
    expect(s().handles).toEqual(['https://www.youtube.com/@washingtonpost']);
  });
});

describe('<meta> names are read in the head only', () => {
  it('a site name or author declared by <meta> in the body is not read (no whole-page search for them)', () => {
    const url = 'https://news.example/a';
    const head = load(
      '<html><head><title>A story</title><meta property="og:site_name" content="Head Name"><meta name="author" content="Head Author"></head><body></body></html>',
      url,
    );
    expect(names(extractSignals(head, url))).toEqual(['title: A story', 'og:site_name: Head Name']);
    expect(extractSignals(head, url).bylines).toEqual(['Head Author']);
    const body = load(
      '<html><head><title>A story</title></head><body><meta property="og:site_name" content="Body Name"><meta name="author" content="Body Author"><p>Text</p></body></html>',
      url,
    );
    expect(names(extractSignals(body, url))).toEqual(['title: A story']);
    expect(extractSignals(body, url).bylines).toBeUndefined();
  });
});

describe('social platform pages', () => {
  it('an x.com profile: the page itself is the first handle', () => {
    const s = signalsOf('x-profile.html', 'https://x.com/institute_ibi');
    expect(s.handles?.[0]).toBe('https://x.com/institute_ibi');
    expect(s.handles).toContain('https://x.com/institute_ibi/status/1750000000000000001');
    expect(s.links).toContain('https://t.co/Xy12AbCd34');
    expect(names(s)).toEqual(['title: International Burke Institute (@institute_ibi) / X', 'og:site_name: X (formerly Twitter)']);
    // The profile's own name is not a site claim: no logo alt, no copyright on this page.
    expect(s.text).toContain('International Burke Institute @institute_ibi Policy analysis and commentary.');
  });

  it('an x.com feed: every post author is a handle, relative links resolved', () => {
    const s = signalsOf('x-feed.html', 'https://x.com/home');
    expect(s.handles).toEqual([
      'https://x.com/home',
      'https://x.com/explore',
      'https://x.com/settings',
      'https://x.com/alice_example',
      'https://x.com/alice_example/status/1760000000000000001',
      'https://x.com/institute_ibi',
      'https://x.com/institute_ibi/status/1759000000000000002',
      'https://x.com/bob_example',
      'https://x.com/newwayforwardus',
      'https://x.com/newwayforwardus/status/1758000000000000003',
      'https://twitter.com/Carol_Example',
      'https://x.com/hashtag/outdoors',
    ]);
    expect(s.links).toContain('https://t.co/Qw34ErTy56');
  });

  it('a feed’s new posts: extractLinks reads the given anchors only, in place, as a whole page read would', () => {
    const url = 'https://x.com/home';
    const doc = load(
      '<html><head><base href="https://x.com/base/"></head><body><a href="/old_post">old</a>' +
        '<article id="new"><a href="/carol_example">Carol</a><a href="rel">rel</a><a href="https://t.co/Ab12">t.co</a></article></body></html>',
      url,
    );
    const fresh = [...doc.querySelectorAll('#new a')];
    const s = extractLinks(doc, url, fresh);
    expect(s.links).toEqual(['https://x.com/carol_example', 'https://x.com/base/rel', 'https://t.co/Ab12']);
    // The page itself is an account on a social platform, as in a whole read.
    expect(s.handles).toEqual(['https://x.com/home', 'https://x.com/carol_example', 'https://x.com/base/rel']);
    expect(s.claimedNames).toBeUndefined();
    expect(extractLinks(doc, url, [])).toEqual({ handles: ['https://x.com/home'] });
  });

  it('reads the links in order without asking how many there are (a live collection counts the whole page for that)', () => {
    const url = 'https://news.example/';
    const doc = load(pageOfLinks(50), url);
    const anchors = [...doc.querySelectorAll('a')];
    let lengthReads = 0;
    const counted = new Proxy(anchors, {
      get(target, key, receiver) {
        if (key === 'length') lengthReads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(extractLinks(doc, url, counted).links).toHaveLength(50);
    expect(lengthReads).toBe(0);
  });

  it('a page on a non-social host is never a handle itself', () => {
    const s = signalsOf('real-outlet.html', 'https://www.washingtonpost.com/');
    expect(s.handles).not.toContain('https://www.washingtonpost.com/');
  });
});

describe('<base> and link schemes', () => {
  const s = () => signalsOf('base-tricks.html', 'https://news.example.com/articles/one.html');

  it('resolves against the first <base> as a click would, and keeps only http(s)', () => {
    expect(s().links).toEqual([
      'https://cdn.example.net/static/page.html',
      'https://proto.example.org/x',
      'https://dup.example.com/a',
      'https://upper.example.com/Path',
      'https://cred.example.com/private',
      'https://spaced.example.com/x',
      'https://map.example.com/region',
      'https://x.com/someone_example',
      'https://cdn.example.net/root-path',
      'https://cdn.example.net/static/?q=1',
      'https://dup.example.com/b',
    ]);
  });

  it('never records javascript:, data:, mailto:, blob:, about:, tel:, ftp:, fragments or credentials', () => {
    const all = (s().links ?? []).join('\n');
    expect(all).not.toMatch(/javascript|data:|mailto:|blob:|about:|tel:|ftp:|#|reader|secret|evil/i);
    expect(s().handles).toEqual(['https://x.com/someone_example']);
  });
});

describe('huge title, mixed scripts and IDN', () => {
  const s = () => signalsOf('huge-title-idn.html', 'https://xn--wshingtonpost-w1k.com/news/');

  it('caps names at 200 characters but still finds the site name at the end of the title', () => {
    const claims = s().claimedNames ?? [];
    expect(claims[0]?.source).toBe('title');
    expect(claims[0]?.value.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxNameLength);
    expect(claims[0]?.value.length).toBeGreaterThan(DEFAULT_LIMITS.maxNameLength - 10);
    expect(names(s()).slice(1)).toEqual([
      'title: The W\u0430shington Post', // Cyrillic а kept: the engine judges confusables
      'og:site_name: The W\u0430shington Post',
      'application-name: The Washington Post', // zero-width space and NBSPs removed
      'ld+json: The Washington Post', // bidi override removed
      'logo-alt: \u0412\u0430\u0448\u0438\u043d\u0433\u0442\u043e\u043d \u041f\u043e\u0441\u0442',
      'copyright: The Washington P\u043e\u0441t',
    ]);
  });

  it('records IDN hosts as punycode and keeps every script in the text', () => {
    expect(s().links).toEqual([
      'https://www.xn--wshingtonpost-w1k.com/world/',
      'https://xn--bcher-kva.example/katalog',
      'https://xn--r8jz45g.jp/',
    ]);
    expect(s().text).toContain(
      '\u0420\u0443\u0441\u0441\u043a\u0438\u0439 \u0442\u0435\u043a\u0441\u0442, \u0627\u0644\u0639\u0631\u0628\u064a\u0629, \u05e2\u05d1\u05e8\u05d9\u05ea, \u4e2d\u6587, \u{1F600} emoji.',
    );
  });
});

describe('pages without a body', () => {
  it('a frameset page: names from the head, no text, no links', () => {
    const s = signalsOf('no-body.html', 'https://archive.example.org/view');
    expect(s).toEqual({
      claimedNames: [
        { source: 'title', value: 'Archive viewer - Example Archive' },
        { source: 'og:site_name', value: 'Example Archive' },
      ],
    });
  });

  it('a document whose body was removed, and an empty document', () => {
    const doc = load(fixture('niothinker.html'), 'https://niothinker.com/');
    doc.documentElement.removeChild(doc.body);
    const s = extractSignals(doc, 'https://niothinker.com/');
    expect(s.text).toBeUndefined();
    expect(s.links).toBeUndefined();
    expect(names(s)).toContain('og:site_name: Nio Thinker');
    expect(extractSignals(load('', 'https://empty.example/'), 'https://empty.example/')).toEqual({});
  });
});

describe('hostile pages', () => {
  it('DOM clobbering neither hides signals nor hangs', () => {
    const s = signalsOf('clobber.html', 'https://clone.example.com/page');
    expect(s).toEqual({
      claimedNames: [
        { source: 'title', value: 'Clobbered page - Example Clone' },
        { source: 'og:site_name', value: 'Example Clone' },
        { source: 'copyright', value: 'Example Clone' },
      ],
      links: ['https://inside-form.example.com/', 'https://after-form.example.com/'],
      text: 'Text inside the form. inside form Text after the form. after form © 2024 Example Clone',
    });
  });

  it('never throws, whatever it is given', () => {
    expect(extractSignals({} as Document, 'https://a.example/')).toEqual({});
    expect(extractSignals(null as unknown as Document, 'not a url')).toEqual({});
    const hostileLimits = Object.defineProperty({}, 'maxText', {
      enumerable: true,
      get: () => {
        throw new Error('limits');
      },
    });
    expect(extractSignals(load('<p>ok</p>', 'https://a.example/'), 'https://a.example/', hostileLimits).text).toBe('ok');
    const doc = load(fixture('wapo-clone.html'), 'https://washingtonpost.pm/');
    // happy-dom's prototypes are shared by every document in this file: each one broken here is
    // put back afterwards.
    const broken: [object, string, PropertyDescriptor | undefined][] = [];
    const breakMethod = (proto: object, name: string): void => {
      broken.push([proto, name, Object.getOwnPropertyDescriptor(proto, name)]);
      Object.defineProperty(proto, name, {
        configurable: true,
        value: () => {
          throw new Error('broken');
        },
      });
    };
    let s: PageSignals;
    try {
      // A page whose querySelectorAll breaks loses the parts that need it, and keeps the rest (the
      // title, and the <meta> names, read with querySelector).
      breakMethod(Object.getPrototypeOf(doc), 'querySelectorAll');
      s = extractSignals(doc, 'https://washingtonpost.pm/');
      expect(names(s)).toEqual([
        'title: Council weighs new transit funding plan as budget talks stall - The Washington Post',
        'og:site_name: The Washington Post',
      ]);
      // querySelector broken too (the document's, and the head's, where <meta> names are read): the title alone.
      for (const target of [doc, doc.head]) breakMethod(Object.getPrototypeOf(target), 'querySelector');
      expect(names(extractSignals(doc, 'https://washingtonpost.pm/'))).toEqual([
        'title: Council weighs new transit funding plan as budget talks stall - The Washington Post',
      ]);
    } finally {
      for (const [proto, name, descriptor] of broken.reverse()) {
        if (descriptor) Object.defineProperty(proto, name, descriptor);
        else delete (proto as Record<string, unknown>)[name];
      }
    }
    expect(s.links?.length).toBe(13);
    expect(s.text).toContain('Council weighs');
  });

  it('does not mutate the document and never asks for layout', () => {
    const page = documentFromHtml(fixture('wapo-clone.html'), 'https://washingtonpost.pm/');
    open.push(page);
    const doc = page.document;
    const before = doc.documentElement.outerHTML;
    const win = doc.defaultView as unknown as Record<string, { prototype: object }>;
    let layoutReads = 0;
    for (const [cls, member] of [
      ['HTMLElement', 'innerText'],
      ['HTMLElement', 'offsetHeight'],
      ['Element', 'getBoundingClientRect'],
      ['Element', 'getClientRects'],
    ] as const) {
      Object.defineProperty(win[cls]!.prototype, member, {
        configurable: true,
        get() {
          layoutReads++;
          return () => [];
        },
      });
    }
    const getComputedStyle = (): never => {
      layoutReads++;
      throw new Error('layout');
    };
    (doc.defaultView as unknown as { getComputedStyle: unknown }).getComputedStyle = getComputedStyle;
    const s = extractSignals(doc, 'https://washingtonpost.pm/');
    expect(s.text).toContain('Council weighs');
    expect(layoutReads).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('text sample rules', () => {
  const html = (body: string): Document =>
    load(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`, 'https://t.example/');

  it('skips quotes, code, scripts, templates, hidden and aria-hidden subtrees', () => {
    const doc = html(
      `<p>Own words.</p><blockquote>quoted</blockquote><p>In <q>inline quote</q>line.</p>` +
        `<pre>pre</pre><code>code</code><script>var s=1</script><style>p{}</style>` +
        `<noscript>enable js</noscript><template><p>tpl</p></template>` +
        `<div aria-hidden="true">decorative</div><div hidden>hidden</div><textarea>typed</textarea>` +
        `<p aria-hidden="false">Shown.</p>`,
    );
    expect(extractSignals(doc, 'https://t.example/').text).toBe('Own words. In line. Shown.');
  });

  it('joins inline elements without a space and separates blocks', () => {
    const doc = html('<p>The <b>Wa</b>shington <em>Post</em></p><div>next</div><div><span>a</span><span>b</span></div>');
    expect(extractSignals(doc, 'https://t.example/').text).toBe('The Washington Post next ab');
  });

  it('stops at maxText', () => {
    const doc = html(`<p>${'word '.repeat(10_000)}</p><p>END</p>`);
    const s = extractSignals(doc, 'https://t.example/', { maxText: 100 });
    expect(s.text).toHaveLength(99); // 100 minus the trailing space trimmed
    expect(s.text).not.toContain('END');
  });
});

describe('names', () => {
  const page = (head: string, body = ''): PageSignals =>
    extractSignals(
      load(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'https://n.example/'),
      'https://n.example/',
    );

  it('reads ld+json publisher, isPartOf, @graph organisations and websites, nothing nested deeper', () => {
    const s = page(
      `<script type="application/ld+json">{"@type":"NewsArticle","publisher":[{"name":"Pub One"},{"name":["Pub Two"]}],"isPartOf":{"name":{"@value":"Part Of"}},"about":{"@type":"Organization","name":"About Org"},"author":{"@type":"Organization","name":"Author Org"}}</script>` +
        `<script type="application/ld+json">{"@graph":[{"@type":["Thing","NewsMediaOrganization"],"name":"Graph Org"},{"@type":"WebSite","name":"Graph Site"},{"@type":"Person","name":"A Person"}]}</script>` +
        `<script type="application/ld+json">{ not json </script>` +
        `<script type="application/ld+json">${'['.repeat(5000)}${']'.repeat(5000)}</script>`,
    );
    expect(names(s)).toEqual(['ld+json: Pub One', 'ld+json: Pub Two', 'ld+json: Part Of', 'ld+json: Graph Org', 'ld+json: Graph Site']);
  });

  it('sends the title whole: a headline segment is never a claim of its own', () => {
    expect(names(page('<title>The Washington Post - fact check | Snopes</title>'))).toEqual([
      'title: The Washington Post - fact check | Snopes',
    ]);
  });

  it('skips ld+json larger than the cap', () => {
    const big = `{"@type":"Organization","name":"Big Org","pad":"${'x'.repeat(DEFAULT_LIMITS.maxJsonLdChars)}"}`;
    expect(page(`<script type="application/ld+json">${big}</script>`).claimedNames).toBeUndefined();
  });

  it('finds copyright names in their common shapes, only in the site footer', () => {
    const copy = (line: string): string[] => names(page('', `<footer><p>${line}</p><p>Contact us</p></footer>`));
    expect(copy('Copyright (c) 2019–2024 Example Media Group, Inc. All rights reserved.')).toEqual(['copyright: Example Media Group']);
    expect(copy('© The Example Times 2024')).toEqual(['copyright: The Example Times']);
    expect(copy('Copyright © 2024 by Example Daily | Privacy')).toEqual(['copyright: Example Daily']);
    expect(copy('All content is free to share')).toEqual([]);
    expect(copy('© 2024')).toEqual([]);
    expect(names(page('', '<article><footer>© 2024 The Washington Post</footer></article>'))).toEqual([]);
  });

  it('reads logo alt text in the site header only, and only for logos', () => {
    expect(names(page('', '<header><img src="/brand-logo.png" alt="Example Daily"></header>'))).toEqual(['logo-alt: Example Daily']);
    expect(names(page('', '<header><img src="/photo.jpg" alt="A street at night"></header>'))).toEqual([]);
    expect(names(page('', '<div role="banner"><a class="logo"><svg aria-label="Example Daily"></svg></a></div>'))).toEqual([
      'logo-alt: Example Daily',
    ]);
    expect(names(page('', '<header><svg class="logo"><title>Logo of Example Daily</title></svg></header>'))).toEqual([
      'logo-alt: Example Daily',
    ]);
    expect(names(page('', '<main><header><img class="logo" alt="Some Outlet"></header></main>'))).toEqual([]);
  });

  it('finds the site header and footer after many article headers and footers', () => {
    const articles = Array.from(
      { length: 12 },
      (_, i) => `<article><header><img class="logo" alt="Article ${i}"></header><footer>© 2024 Article ${i}</footer></article>`,
    ).join('');
    const s = page(
      '',
      `${articles}<div class="site-header"><img class="logo" alt="Example Daily"></div><div class="footer">© 2024 Example Daily</div>`,
    );
    expect(names(s)).toEqual(['logo-alt: Example Daily', 'copyright: Example Daily']);
  });

  it('reads bylines from <meta name="author">, ld+json authors and .byline, once each, without "By"', () => {
    const json = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
    const ld = (author: unknown) => json({ '@type': 'NewsArticle', author });
    expect(page('<meta name="author" content="Jane Example">', '<p class="byline">By Jane Example</p>').bylines).toEqual(['Jane Example']);
    expect(page(ld({ '@type': 'Person', name: 'Ann Writer' })).bylines).toEqual(['Ann Writer']);
    expect(page(ld('Bare Name')).bylines).toEqual(['Bare Name']);
    expect(page(ld([{ name: 'One' }, { name: 'Two' }, 'Three', { name: 'Four' }])).bylines).toEqual(['One', 'Two', 'Three']);
    expect(page(json({ '@graph': [{ '@type': 'Article', author: { name: 'In Graph' } }] })).bylines).toEqual(['In Graph']);
    // An author is never a claimed site name, and a nested item's author is nobody's byline here.
    const org = page(ld({ '@type': 'Organization', name: 'Org Author' }));
    expect([org.claimedNames, org.bylines]).toEqual([undefined, ['Org Author']]);
    expect(page(json({ '@type': 'Article', about: { '@type': 'Article', author: 'Someone Else' } })).bylines).toBeUndefined();
    // Quoted bylines are someone else's.
    expect(page('', '<blockquote><p class="byline">By Quoted Person</p></blockquote>').bylines).toBeUndefined();
    // Not searched: microdata and rel=author (each would walk every element of the page; the
    // meta and ld+json above are where news sites declare their authors).
    expect(page('', '<span itemprop="author">Micro Data</span><a rel="author" href="/me">Rel Author</a>').bylines).toBeUndefined();
  });

  it('keeps at most maxNames names and trims each to maxNameLength', () => {
    const metas = Array.from({ length: 30 }, (_, i) => `{"@type":"Organization","name":"Org ${i} ${'n'.repeat(300)}"}`).join(',');
    const s = page(`<script type="application/ld+json">[${metas}]</script>`);
    expect(s.claimedNames).toHaveLength(DEFAULT_LIMITS.maxNames);
    for (const c of s.claimedNames ?? []) expect(c.value.length).toBeLessThanOrEqual(200);
  });
});

describe('link budget', () => {
  function linkPage(hrefs: string[]): Document {
    return load(`<!doctype html><html><body>${hrefs.map((h) => `<a href="${h}">x</a>`).join('')}</body></html>`, 'https://site.example/');
  }

  it('prefers distinct hosts over many links to one host', () => {
    const hrefs = [
      ...Array.from({ length: 400 }, (_, i) => `/story/${i}`),
      ...Array.from({ length: 400 }, (_, i) => `https://cdn.example.net/${i}`),
      'https://far.example.org/',
      'https://x.com/late_account',
    ];
    const s = extractSignals(linkPage(hrefs), 'https://site.example/');
    expect(s.links).toHaveLength(300);
    expect(s.links?.slice(0, 3)).toEqual(['https://cdn.example.net/0', 'https://far.example.org/', 'https://x.com/late_account']);
    expect(s.handles).toEqual(['https://x.com/late_account']);
  });

  it('still finds absolute links disguised as relative ones once the overflow is full', () => {
    const hrefs = [
      ...Array.from({ length: 700 }, (_, i) => `/story/${i}`),
      '  https://spaced.example.org/',
      'ht&#9;tps://tabbed.example.org/',
      '/\\backslash.example.org/',
      '//proto.example.org/',
      'relative-again',
    ];
    const s = extractSignals(linkPage(hrefs), 'https://site.example/');
    expect(s.links?.slice(0, 4)).toEqual([
      'https://spaced.example.org/',
      'https://tabbed.example.org/',
      'https://backslash.example.org/',
      'https://proto.example.org/',
    ]);
    expect(s.links).not.toContain('https://site.example/relative-again');
  });

  it('once the overflow is full, adds nothing for a host already seen, whatever the form, and still adds new hosts and accounts', () => {
    const hrefs = [
      'https://x.com/early_account',
      ...Array.from({ length: 400 }, (_, i) => `https://cdn.example.net/${i}`),
      // Hosts already seen, written so that the text names them exactly, or not quite.
      'https://cdn.example.net/more',
      'http://cdn.example.net?q=1',
      'https://cdn.example.net',
      'https://CDN.example.net/upper',
      'https://cdn.example.net:8443/port',
      'https://site.example/own-page',
      // New hosts behind a seen host's name, and an account on a platform already seen.
      'https://cdn.example.net@behind-userinfo.example.org/',
      'https://user@new-userinfo.example.org/',
      'https://cdn.example.net./',
      'https://x.com/late_account',
      'https://new.example.org/',
    ];
    const s = extractSignals(linkPage(hrefs), 'https://site.example/');
    expect(s.links?.slice(0, 7)).toEqual([
      'https://x.com/early_account',
      'https://cdn.example.net/0',
      'https://behind-userinfo.example.org/',
      'https://new-userinfo.example.org/',
      'https://cdn.example.net./',
      'https://x.com/late_account',
      'https://new.example.org/',
    ]);
    expect(s.links).toHaveLength(300);
    expect(s.links?.filter((l) => /more|q=1|upper|port|own-page/.test(l))).toEqual([]);
    expect(s.handles).toEqual(['https://x.com/early_account', 'https://x.com/late_account']);
  });

  it('drops URLs longer than 2,048 characters once resolved', () => {
    const s = extractSignals(
      linkPage([`https://long.example/${'a'.repeat(2100)}`, `https://wide.example/${'\u00e9'.repeat(400)}`, 'https://ok.example/']),
      'https://site.example/',
    );
    // 400 "é" are 2,400 characters percent-encoded.
    expect(s.links).toEqual(['https://ok.example/']);
  });

  it('respects maxLinks, maxHandles and maxScan', () => {
    const hrefs = Array.from({ length: 50 }, (_, i) => `https://x.com/user${i}`);
    const s = extractSignals(linkPage(hrefs), 'https://site.example/', { maxLinks: 5, maxHandles: 3 });
    expect(s.links).toHaveLength(5);
    expect(s.handles).toEqual(['https://x.com/user0', 'https://x.com/user1', 'https://x.com/user2']);
    const scanned = extractSignals(linkPage(hrefs), 'https://site.example/', { maxScan: 2 });
    expect(scanned.links).toEqual(['https://x.com/user0', 'https://x.com/user1']);
  });
});

describe('a heavy page (5,000 links, 300 KB of text)', () => {
  it('stays within every bound', async () => {
    const { heavyPageHtml } = await import('../../support/heavy-page');
    const window = new Window({ url: 'https://heavy.example.com/' });
    window.document.write(heavyPageHtml());
    const s = extractSignals(window.document as unknown as Document, 'https://heavy.example.com/');
    expect(s.links).toHaveLength(300);
    expect(new Set(s.links).size).toBe(300);
    // The cap, less a trailing space when the cut falls after one.
    expect(s.text?.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxText);
    expect(s.text?.length).toBeGreaterThanOrEqual(DEFAULT_LIMITS.maxText - 1);
    expect(s.handles?.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxHandles);
    expect(s.handles?.length).toBeGreaterThan(0);
    await window.happyDOM.close();
  });
});
