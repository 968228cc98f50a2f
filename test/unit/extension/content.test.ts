// @vitest-environment happy-dom
/**
 * The content script's machinery in a DOM (happy-dom): one message per page, single-page-app
 * navigation, feeds read in batches of new links only, watching that stops, markers that are
 * idempotent and text-only, and a warning bar in a closed shadow root. The real-browser tests
 * (test/e2e/extension.test.ts) cover the same paths in Chromium and Firefox.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageSignals } from '../../../src/core/types';
import type { PageMarker } from '../../../src/extension/messages';
import markersScript from '../../../entrypoints/markers';
import { MARK_LINKS, type WithMarkLinks } from '../../../src/extension/content/mark-key';
import { markLinks } from '../../../src/extension/content/markers';
import { cssString } from '../../../src/extension/content/page-text';
import { isDynamicSite } from '../../../src/extension/background/dynamic-sites';
import { startContent, type ContentEnv } from '../../../src/extension/content/run';
import { runWarningBar } from '../../../src/extension/content/warning-bar';

const FAST = { roundDelay: 5, idleTimeout: 20, urlPoll: 20, idleRoundsToStop: 3 };
const messages = (key: string, subs?: string[]) => `${key}(${(subs ?? []).join('|')})`;

/** One switch per started script: the test's end turns it off ("the extension went away"). */
let switches: { on: boolean }[] = [];

function setPage(url: string, html: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.documentElement.innerHTML = html; // test fixture, not page data
}

function start(
  // As the background answers: single-page apps and feeds are to be followed.
  reply: (s: PageSignals) => Promise<{ markers?: PageMarker[]; wantText?: boolean; watch?: boolean } | undefined> = async () => ({
    markers: [],
    ...(isDynamicSite(location.hostname) ? { watch: true } : {}),
  }),
  watch: ContentEnv['watch'] = FAST,
) {
  const sent: PageSignals[] = [];
  const life = { on: true };
  switches.push(life);
  const env: ContentEnv = {
    win: window,
    doc: document,
    send: (s) => {
      sent.push(s);
      return reply(s);
    },
    mark: (markers) => markLinks(document, markers, messages),
    alive: () => life.on,
    watch,
  };
  startContent(env);
  return sent;
}

beforeEach(() => {
  switches = [];
});
afterEach(() => {
  for (const s of switches) s.on = false;
});

describe('content script: collecting and sending', () => {
  it('sends ONE signals message when idle, with what the page shows', async () => {
    setPage(
      'https://washingtonpost.ltd/news/1',
      '<head><title>A headline - The Washington Post</title><meta property="og:site_name" content="The Washington Post"></head>' +
        '<body><p>Text of the page.</p><a href="https://www.washingtonpost.com/politics/">Politics</a></body>',
    );
    const sent = start();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.claimedNames).toContainEqual({ source: 'og:site_name', value: 'The Washington Post' });
    expect(sent[0]!.links).toEqual(['https://www.washingtonpost.com/politics/']);
    // An ordinary site is not watched: content added later sends nothing.
    const a = document.createElement('a');
    a.href = 'https://washingtonpost.pm/';
    document.body.append(a);
    await new Promise((r) => setTimeout(r, 100));
    expect(sent).toHaveLength(1);
  });

  it("reads and sends the page's text only when the background asks (text heuristics on), once per page", async () => {
    const html = '<head><title>Council news</title></head><body><p>Members of the regional council met on Tuesday.</p></body>';
    // Default settings: the background never asks; the page's prose is neither read nor sent.
    setPage('https://plain.example/a', html);
    const quiet = start();
    await vi.waitFor(() => expect(quiet).toHaveLength(1));
    expect(quiet[0]!.text).toBeUndefined();
    await new Promise((r) => setTimeout(r, 100));
    expect(quiet).toHaveLength(1);
    switches.at(-1)!.on = false;

    // Text heuristics on: the reply asks for the text; it comes in one more message, alone.
    setPage('https://plain.example/b', html);
    const asked = start(async (s) => (s.text === undefined ? { markers: [], wantText: true } : { markers: [] }));
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    expect(asked[0]!.text).toBeUndefined();
    expect(asked[1]).toEqual({ text: 'Members of the regional council met on Tuesday.' });
    await new Promise((r) => setTimeout(r, 100));
    expect(asked).toHaveLength(2);
  });

  it('knows which sites are single-page apps or feeds (sub-domains too), and no others', () => {
    expect(isDynamicSite('x.com')).toBe(true);
    expect(isDynamicSite('mobile.twitter.com')).toBe(true);
    expect(isDynamicSite('web.telegram.org')).toBe(true);
    expect(isDynamicSite('www.youtube.com')).toBe(true);
    expect(isDynamicSite('notx.com')).toBe(false);
    expect(isDynamicSite('x.com.evil.example')).toBe(false);
    expect(isDynamicSite('telegram.org')).toBe(false);
  });

  it('on a feed, sends only new links and accounts from added posts, then stops watching when nothing new comes', async () => {
    setPage('https://x.com/home', '<body><main><article><a href="/plainreader">Plain</a></article></main></body>');
    const sent = start();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.handles).toContain('https://x.com/plainreader');

    const post = document.createElement('article');
    post.innerHTML = '<a href="/baranowski21205">B</a><a href="/plainreader">Plain again</a>'; // fixture
    document.querySelector('main')!.append(post);
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]!.handles).toEqual(['https://x.com/baranowski21205']);
    expect(sent[1]!.links).toEqual(['https://x.com/baranowski21205']);
    expect(sent[1]!.text).toBeUndefined();
    expect(sent[1]!.claimedNames).toBeUndefined();

    // Nothing new: a few idle rounds, then the observer is gone; new posts go unread ...
    const same = document.createElement('article');
    same.innerHTML = '<a href="/baranowski21205">B</a>';
    document.querySelector('main')!.append(same);
    await new Promise((r) => setTimeout(r, 300));
    expect(sent).toHaveLength(2);
    const late = document.createElement('article');
    late.innerHTML = '<a href="/institute_ibi">I</a>';
    document.querySelector('main')!.append(late);
    await new Promise((r) => setTimeout(r, 150));
    expect(sent).toHaveLength(2);
    // ... until the person scrolls: watching resumes and the whole page is read for new items.
    window.dispatchEvent(new Event('scroll'));
    const more = document.createElement('article');
    more.innerHTML = '<a href="/institute_ibi">I</a>';
    document.querySelector('main')!.append(more);
    await vi.waitFor(() => expect(sent).toHaveLength(3));
    expect(sent[2]!.handles).toEqual(['https://x.com/institute_ibi']);
  });

  it('reads what was added while it was not watching as soon as the person scrolls, with no further change', async () => {
    setPage('https://x.com/home', '<body><main><article><a href="/plainreader">Plain</a></article></main></body>');
    const sent = start();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    // A post with nothing new: idle rounds follow, then the observer stops.
    const same = document.createElement('article');
    same.innerHTML = '<a href="/plainreader">Plain again</a>'; // fixture
    document.querySelector('main')!.append(same);
    await new Promise((r) => setTimeout(r, 300));
    const late = document.createElement('article');
    late.innerHTML = '<a href="/institute_ibi">I</a>'; // fixture
    document.querySelector('main')!.append(late);
    await new Promise((r) => setTimeout(r, 100));
    expect(sent).toHaveLength(1);
    window.dispatchEvent(new Event('scroll'));
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]!.handles).toEqual(['https://x.com/institute_ibi']);
  });

  it('bounds an endless page: once maxSent links have gone, nothing is new and the watching ends', async () => {
    setPage('https://x.com/home', '<body><main></main></body>');
    const sent = start(undefined, { ...FAST, maxSent: 6 });
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    let n = 0;
    const timer = setInterval(() => {
      const a = document.createElement('a');
      a.href = `/user${n++}`;
      document.querySelector('main')!.append(a);
    }, 3);
    try {
      await new Promise((r) => setTimeout(r, 400));
      const total = sent.slice(1).reduce((k, s) => k + (s.links?.length ?? 0), 0);
      expect(total).toBeLessThanOrEqual(6);
      const batches = sent.length;
      await new Promise((r) => setTimeout(r, 200));
      expect(sent.length).toBe(batches);
      expect(n).toBeGreaterThan(50);
    } finally {
      clearInterval(timer);
    }
  });

  it('follows single-page-app navigation (pushState): the whole new page is sent again', async () => {
    setPage('https://x.com/home', '<body><main><a href="/a_user">A</a></main></body>');
    const sent = start();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    history.pushState(null, '', '/baranowski21205');
    document.querySelector('main')!.innerHTML = '<h1>@baranowski21205</h1><a href="/a_user">A</a>'; // fixture
    await vi.waitFor(() => expect(sent.length).toBeGreaterThanOrEqual(2));
    const page = sent[1]!;
    // The new page's own account comes first, and links already sent for the old URL are sent again.
    expect(page.handles?.[0]).toBe('https://x.com/baranowski21205');
    expect(page.links).toContain('https://x.com/a_user');
  });

  it("does nothing in an about:blank or data: document (their tab has its creator's verdict)", async () => {
    for (const url of ['about:blank', 'data:text/html,<title>The Washington Post</title>']) {
      const location = { href: url, protocol: `${url.slice(0, url.indexOf(':'))}:`, hostname: '' };
      const sent: PageSignals[] = [];
      const life = { on: true };
      switches.push(life);
      startContent({
        win: new Proxy(window, { get: (t, k) => (k === 'location' ? location : Reflect.get(t, k, t)) }) as Window,
        doc: document,
        send: async (s) => (sent.push(s), { markers: [] }),
        mark: (markers) => markLinks(document, markers, messages),
        alive: () => life.on,
        watch: FAST,
      });
      await new Promise((r) => setTimeout(r, 100));
      expect(sent, url).toEqual([]);
    }
  });

  it('a prerendered page (not shown yet) is read only once the browser shows it', async () => {
    setPage('https://claims.example/article', '<head><title>A headline - The Washington Post</title></head><body><p>x</p></body>');
    Object.defineProperty(document, 'prerendering', { value: true, configurable: true });
    try {
      const sent = start();
      await new Promise((r) => setTimeout(r, 150));
      expect(sent).toHaveLength(0);
      Object.defineProperty(document, 'prerendering', { value: false, configurable: true });
      document.dispatchEvent(new Event('prerenderingchange'));
      await vi.waitFor(() => expect(sent).toHaveLength(1));
      expect(sent[0]!.claimedNames).toContainEqual({ source: 'title', value: 'A headline - The Washington Post' });
    } finally {
      delete (document as { prerendering?: boolean }).prerendering;
    }
  });

  it('a page shown again from the back/forward cache is read again (its tab was judged again from the address)', async () => {
    setPage(
      'https://claims.example/cached',
      '<head><title>A headline - The Washington Post</title></head><body><a href="https://a.example/">a</a></body>',
    );
    const sent = start();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    // An ordinary pageshow (the first load) changes nothing; a restore (persisted) sends the whole page again.
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }));
    await new Promise((r) => setTimeout(r, 100));
    expect(sent).toHaveLength(1);
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual(sent[0]);
  });

  it('follows a page only when the background answers that it is a single-page app or a feed, from what was added before', async () => {
    setPage('https://x.com/home', '<body><main><article><a href="/first_one">F</a></article></main></body>');
    let release = (): void => undefined;
    const answer = new Promise<void>((done) => (release = done));
    let calls = 0;
    const sent = start(async () => {
      if (calls++ === 0) await answer;
      return { markers: [], watch: true };
    });
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    // Added while the first answer is on its way: no observer yet, read once it comes.
    const early = document.createElement('article');
    early.innerHTML = '<a href="/early_one">E</a>'; // fixture
    document.querySelector('main')!.append(early);
    await new Promise((r) => setTimeout(r, 100));
    expect(sent).toHaveLength(1);
    release();
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]!.handles).toEqual(['https://x.com/early_one']);

    // The same page where the background does not say so: read once, never followed.
    setPage('https://x.com/home', '<body><main><article><a href="/first_one">F</a></article></main></body>');
    const once = start(async () => ({ markers: [] }));
    await vi.waitFor(() => expect(once).toHaveLength(1));
    const post = document.createElement('article');
    post.innerHTML = '<a href="/later_one">L</a>'; // fixture
    document.querySelector('main')!.append(post);
    await new Promise((r) => setTimeout(r, 150));
    expect(once).toHaveLength(1);
  });

  it('stops all work once the extension is gone (runtime.id), not on page events', async () => {
    setPage('https://x.com/home', '<body><main><a href="/someone">S</a></main></body>');
    const sent = start();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    // A page can forge WXT's "content script started" event; it must change nothing here.
    document.dispatchEvent(
      new CustomEvent('test-extension-id:content:wxt:content-script-started', { detail: { contentScriptName: 'content', messageId: 'x' } }),
    );
    const a = document.createElement('a');
    a.href = '/second';
    document.querySelector('main')!.append(a);
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    switches.at(-1)!.on = false;
    const b = document.createElement('a');
    b.href = '/third';
    document.querySelector('main')!.append(b);
    history.pushState(null, '', '/elsewhere');
    await new Promise((r) => setTimeout(r, 150));
    expect(sent).toHaveLength(2);
  });

  it('never throws into the page when the background is gone', async () => {
    setPage('https://x.com/home', '<body><main><a href="/someone">S</a></main></body>');
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on('unhandledRejection', onError);
    try {
      // The background answers once, then is gone (the extension was reloaded).
      let answered = false;
      const sent = start(() => {
        if (answered) return Promise.reject(new Error('Extension context invalidated.'));
        answered = true;
        return Promise.resolve({ markers: [], watch: true });
      });
      await vi.waitFor(() => expect(sent).toHaveLength(1));
      const post = document.createElement('a');
      post.href = '/other';
      document.querySelector('main')!.append(post);
      await vi.waitFor(() => expect(sent).toHaveLength(2));
      await new Promise((r) => setTimeout(r, 20));
      expect(errors).toEqual([]);
    } finally {
      process.off('unhandledRejection', onError);
    }
  });

  it('marks the flagged links the background answers with', async () => {
    setPage(
      'https://dfrlab.org/a',
      '<body><a id="bad" href="https://washingtonpost.pm/x">clone</a><a id="good" href="https://www.washingtonpost.com/">real</a></body>',
    );
    const flagged: PageMarker = { href: 'https://washingtonpost.pm/x', level: 'high' };
    const sent = start(async () => ({ markers: [flagged] }));
    await vi.waitFor(() => expect(markersIn(document)).toHaveLength(1));
    expect(sent).toHaveLength(1);
    expect(document.querySelector('#bad')!.nextElementSibling).toBe(markersIn(document)[0]);
    expect(document.querySelector('#good')!.nextElementSibling).toBeNull();
  });
});

/** Elements the markers added after links (what a page can find: an empty span). */
function markersIn(doc: Document): Element[] {
  return [...doc.querySelectorAll('a + span')];
}

/** Records the shadow roots made while `fn` runs (closed roots are otherwise out of reach, as for a page). */
async function withRoots<T>(fn: () => T | Promise<T>): Promise<{ result: T; roots: { host: Element; root: ShadowRoot }[] }> {
  const roots: { host: Element; root: ShadowRoot }[] = [];
  const original = Element.prototype.attachShadow;
  const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = original.call(this, init);
    roots.push({ host: this, root });
    return root;
  });
  try {
    return { result: await fn(), roots };
  } finally {
    spy.mockRestore();
  }
}

/** Every text node under `node` that is not a stylesheet's: what find-in-page could match. */
function textNodes(node: Node): string[] {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3 && n.parentElement?.tagName !== 'STYLE' && n.textContent!.trim() !== '') out.push(n.textContent!);
    for (const c of n.childNodes) walk(c);
  };
  walk(node);
  return out;
}

describe('link markers', () => {
  const flagged = (href: string): PageMarker => ({ href, level: 'high' });

  it('markers.js leaves one marking function under a symbol, which no element of the page can shadow', async () => {
    // A page's element named like a global appears on window (named access), in the isolated world too.
    setPage(
      'https://example.org/',
      '<body><object id="unmask.markLinks"></object><a id="bad" href="https://bad.example/">x</a><a href="https://ok.example/">y</a></body>',
    );
    const g = globalThis as WithMarkLinks;
    delete g[MARK_LINKS];
    markersScript.main();
    const mark = g[MARK_LINKS];
    expect(typeof mark).toBe('function');
    mark!([flagged('https://bad.example/')]);
    expect(markersIn(document)).toHaveLength(1);
    expect(document.querySelector('#bad')!.nextElementSibling).toBe(markersIn(document)[0]);
    // Injected again for the next batch: the same function, which remembers what it marked.
    markersScript.main();
    expect(g[MARK_LINKS]).toBe(mark);
    g[MARK_LINKS]!([flagged('https://bad.example/')]);
    expect(markersIn(document)).toHaveLength(1);
    delete g[MARK_LINKS];
  });

  it('are idempotent, resolve relative links, and label in words inside a closed root', async () => {
    setPage(
      'https://example.org/dir/page',
      '<body><a id="a" href="/p">rel</a><a id="b" href="https://example.org/p#x">abs</a><a id="c" href="https://e.org/">no</a></body>',
    );
    const { result, roots } = await withRoots(() => markLinks(document, [flagged('https://example.org/p')], messages));
    expect(result).toBe(2);
    expect(markLinks(document, [flagged('https://example.org/p')], messages)).toBe(0);
    expect(markersIn(document)).toHaveLength(2);
    expect(roots).toHaveLength(2);
    expect(roots[0]!.root.mode).toBe('closed');
    const sign = roots[0]!.root.querySelector('i')!;
    expect(sign.getAttribute('role')).toBe('img');
    expect(sign.getAttribute('aria-label')).toBe('levelHigh()');
    expect(textNodes(roots[0]!.root)).toEqual([]);
    expect(roots[0]!.root.querySelector('style')!.textContent).toContain(cssString('!'));
  });

  it('are labelled with the words the background sent (the language the options chose), else the browser’s', async () => {
    setPage('https://example.org/', '<body><a href="https://bad.example/">x</a><a href="https://odd.example/">y</a></body>');
    const { roots } = await withRoots(() =>
      markLinks(
        document,
        [
          { href: 'https://bad.example/', level: 'high', words: 'Dokumentierte Einflussoperation' },
          { href: 'https://odd.example/', level: 'medium' },
        ],
        messages,
      ),
    );
    const labels = roots.map((r) => r.root.querySelector('i')!.getAttribute('aria-label'));
    expect(labels).toEqual(['Dokumentierte Einflussoperation', 'levelMedium()']);
    expect(roots[0]!.root.querySelector('i')!.title).toBe('Dokumentierte Einflussoperation');
  });

  it('leave nothing a page can read: no attribute on the link or the marker, no text, the same element for every level', () => {
    setPage('https://example.org/', '<body><a id="h" href="https://bad.example/">x</a><a id="m" href="https://odd.example/">y</a></body>');
    const before = document.body.innerHTML;
    markLinks(document, [flagged('https://bad.example/'), { href: 'https://odd.example/', level: 'medium' }], messages);
    const markers = markersIn(document);
    expect(markers).toHaveLength(2);
    for (const m of markers) {
      expect(m.attributes).toHaveLength(0);
      expect(m.textContent).toBe('');
      expect(m.shadowRoot).toBeNull();
    }
    expect(markers[0]!.outerHTML).toBe(markers[1]!.outerHTML);
    expect(document.body.innerHTML.replace(/<span><\/span>/g, '')).toBe(before);
    expect(document.body.innerHTML).not.toMatch(/unmask/i);
  });

  it('ignore malformed answers (not a list of flagged targets)', () => {
    setPage('https://example.org/', '<body><a href="https://bad.example/">x</a></body>');
    expect(
      markLinks(
        document,
        [
          { href: 5, level: 'high' } as never,
          { href: 'https://bad.example/', level: 'evil' } as never,
          { href: 'https://bad.example/', level: 'toString' } as never,
        ],
        messages,
      ),
    ).toBe(0);
  });
});

/** Elements under <html> that the page did not put there (what a page can find of the bar). */
function barsIn(doc: Document): Element[] {
  return [...doc.documentElement.children].filter((e) => e.tagName !== 'HEAD' && e.tagName !== 'BODY');
}

describe('warning bar', () => {
  function fakeApi(reply: unknown) {
    const sent: unknown[] = [];
    return {
      sent,
      api: {
        runtime: {
          sendMessage: async (m: unknown) => {
            sent.push(m);
            return (m as { type: string }).type === 'cs-bg-warning' ? reply : { ok: true };
          },
        },
        i18n: { getMessage: messages },
      },
    };
  }

  it('shows the level in words and the headline, in a closed shadow root the page cannot open', async () => {
    setPage('https://washingtonpost.pm/', '<body><p>page</p></body>');
    const state = {} as { bar?: { host: HTMLElement; root: ShadowRoot } | null };
    const { api, sent } = fakeApi({
      level: 'high',
      levelName: 'Documented influence operation',
      headline: 'This site imitates <b>The Washington Post</b>.',
    });
    await runWarningBar(document, api, state);
    const [host] = barsIn(document) as HTMLElement[];
    expect(host).toBeDefined();
    expect(host!.shadowRoot).toBeNull();
    expect(host!.parentElement).toBe(document.documentElement);
    // What the page can read of it: an element with no attribute and no text.
    expect(host!.attributes).toHaveLength(0);
    expect(host!.textContent).toBe('');
    // Inside the closed root the words are CSS generated content, never text nodes.
    const root = state.bar!.root;
    expect(textNodes(root)).toEqual([]);
    const css = root.querySelector('style')!.textContent!;
    expect(css).toContain(cssString('warningBarLevel(Documented influence operation)'));
    expect(css).toContain(cssString('This site imitates <b>The Washington Post</b>.'));
    expect(css).toContain(cssString('warningBarOpenReport()'));
    expect(css).not.toContain('<b>');
    expect(root.querySelector('b b')).toBeNull();
    expect(root.querySelector('[role="alert"]')!.getAttribute('aria-label')).toBe('warningBarLabel()');
    expect(sent).toEqual([{ type: 'cs-bg-warning' }]);
    // Run again: one bar, updated.
    await runWarningBar(document, api, state);
    expect(barsIn(document)).toHaveLength(1);
  });

  it('removes itself when the background has nothing to show, and shows nothing for a malformed answer', async () => {
    setPage('https://washingtonpost.pm/', '<body></body>');
    const state = {} as { bar?: { host: HTMLElement; root: ShadowRoot } | null };
    await runWarningBar(document, fakeApi({ level: 'high', levelName: 'L', headline: 'x' }).api, state);
    expect(barsIn(document)).toHaveLength(1);
    await runWarningBar(document, fakeApi(null).api, state);
    expect(barsIn(document)).toHaveLength(0);
    await runWarningBar(document, fakeApi({ level: 'none', levelName: 'L', headline: 'x' }).api, state);
    await runWarningBar(document, fakeApi({ level: 'high', levelName: 'L', headline: 5 }).api, state);
    await runWarningBar(document, fakeApi({ level: 'high', headline: 'x' }).api, state);
    expect(barsIn(document)).toHaveLength(0);
  });

  it('ignores synthetic clicks (a page can dispatch events at our buttons only through the host)', async () => {
    setPage('https://washingtonpost.pm/', '<body></body>');
    const state = {} as { bar?: { host: HTMLElement; root: ShadowRoot } | null };
    const { api, sent } = fakeApi({ level: 'high', levelName: 'L', headline: 'x' });
    await runWarningBar(document, api, state);
    for (const b of state.bar!.root.querySelectorAll('button')) b.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(sent).toEqual([{ type: 'cs-bg-warning' }]);
    expect(barsIn(document)).toHaveLength(1);
  });
});
