/**
 * DOM -> PageSignals: what a page shows about itself (the names it claims, its bylines, where it
 * links, which accounts it shows, a sample of its own text).
 *
 * This file is bundled into the content script that every page pays for, and the CLI runs it on a
 * happy-dom document. So it is small and pure DOM reading: no extension APIs, no imports besides
 * types, no layout (`innerText`, `getComputedStyle`), no DOM writes, and every part is bounded
 * by `Limits` and wrapped so that one broken part never loses the others and nothing throws.
 *
 * Hostile pages: DOM clobbering. A form's named controls shadow the form's own properties, in
 * Chromium's isolated world too (checked in Chromium 156: with `<form><input name="firstChild">
 * <input name="getAttribute">`, a content script's `form.firstChild` is the input and
 * `form.getAttribute` is not a function); in the page's own world `<img name="title">` also
 * shadows `document.title`. Firefox's Xrays see neither. A clone could use this to hide its
 * signals, or to send a naive tree walk round in circles. So every DOM property and method is
 * read through the prototype chain (see `Dom`), text is walked with a TreeWalker (native in
 * browsers), and every walk has a step budget (happy-dom's TreeWalker is JavaScript that follows
 * `node.firstChild`).
 */
import type { ClaimedName, ClaimSource, PageSignals } from '../core/types';
import { HOSTED_ACCOUNT_HOSTS, PLATFORM_HOSTS } from '../core/platform-hosts';

export interface Limits {
  /** Link targets returned. */
  maxLinks: number;
  /** Social-platform URLs returned as handles. */
  maxHandles: number;
  /** Characters of page text. */
  maxText: number;
  /** Claimed names returned. */
  maxNames: number;
  /** Characters per claimed name and per byline. */
  maxNameLength: number;
  /** Bylines returned. */
  maxBylines: number;
  /** Anchors examined, in document order: bounds the work on pages with thousands of links. */
  maxScan: number;
  /** ld+json scripts read, and characters per script (larger ones are skipped unparsed). */
  maxJsonLdScripts: number;
  maxJsonLdChars: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxLinks: 300,
  maxHandles: 100,
  maxText: 20_000,
  maxNames: 20,
  maxNameLength: 200,
  maxBylines: 10,
  maxScan: 3_000,
  maxJsonLdScripts: 8,
  maxJsonLdChars: 100_000,
});

/**
 * Hosts whose URLs name accounts. Sub-domains count (`m.`, `www.`, `name.substack.com`);
 * `pinterest.*` is matched by label. The engine's handle parser is the authority on what a
 * profile is; this list only decides what is worth sending.
 */
const SOCIAL_HOSTS = new Set<string>(Object.values(PLATFORM_HOSTS).flat());
const PINTEREST = /(?:^|\.)pinterest\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/;
/** Sub-domains that are the platform itself, not an account hosted on it. */
const PLATFORM_SUBDOMAINS = new Set(['www', 'm', 'mobile', 'web', 'old', 'new', 'np']);

/** Longest link kept, resolved (percent-encoding can make a short href long). */
const MAX_URL = 2048;

/** Subtrees whose text is not the page's own prose: quotes, code, scripts, hidden content. */
const SKIP_TEXT = new Set([
  'blockquote', 'q', 'pre', 'code', 'kbd', 'samp', 'script', 'style', 'noscript', 'template',
  'textarea', 'select', 'head', 'iframe', 'object', 'noframes',
]);
/** Inline elements: text on either side joins without a space ("<b>Wa</b>shington"). */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'label', 'mark', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
]);
/** Sectioning content: a `header` or `footer` inside these belongs to an article, not the site. */
const NOT_SITE_CHROME = 'article, aside, main, section, blockquote, figure';

/** C0/C1 controls, zero-width and bidi controls, soft hyphen: invisible, so they only hide names. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

type AnyFn = (this: unknown, ...args: unknown[]) => unknown;

/**
 * Reads DOM properties through prototypes, so that named properties cannot shadow them.
 * Descriptors are cached per prototype (one lookup per class and name, not per node).
 */
class Dom {
  private readonly cache = new WeakMap<object, Map<string, PropertyDescriptor | null>>();
  /** The last prototype looked up: a page's links are all anchors, read one after another. */
  private lastProto: object | null = null;
  private lastByName: Map<string, PropertyDescriptor | null> | null = null;

  private descriptor(obj: object, name: string): PropertyDescriptor | null {
    const proto = Object.getPrototypeOf(obj) as object | null;
    if (proto === null) return null;
    let byName = proto === this.lastProto ? this.lastByName : this.cache.get(proto);
    if (byName === undefined || byName === null) {
      byName = new Map();
      this.cache.set(proto, byName);
    }
    this.lastProto = proto;
    this.lastByName = byName;
    let d = byName.get(name);
    if (d === undefined) {
      d = null;
      for (let p: object | null = proto; p !== null; p = Object.getPrototypeOf(p) as object | null) {
        const own = Object.getOwnPropertyDescriptor(p, name);
        if (own) {
          d = own;
          break;
        }
      }
      byName.set(name, d);
    }
    return d;
  }

  get(obj: object, name: string): unknown {
    const d = this.descriptor(obj, name);
    if (d?.get) return d.get.call(obj);
    return (obj as Record<string, unknown>)[name];
  }

  /** The method `name` of `obj`, read through its prototype. */
  private method(obj: object, name: string): AnyFn {
    const d = this.descriptor(obj, name);
    const fn = typeof d?.value === 'function' ? (d.value as AnyFn) : (obj as Record<string, AnyFn>)[name];
    if (typeof fn !== 'function') throw new TypeError(`no ${name}`);
    return fn;
  }

  call(obj: object, name: string, ...args: unknown[]): unknown {
    return this.method(obj, name).apply(obj, args);
  }

  attr(el: Element, name: string): string | null {
    // Without `call`'s rest-argument array: this runs once per link.
    const v = this.method(el, 'getAttribute').call(el, name);
    return typeof v === 'string' ? v : null;
  }

  localName(el: Element): string {
    const v = this.get(el, 'localName');
    return typeof v === 'string' ? v : '';
  }

  nodeType(node: Node): number {
    const v = this.get(node, 'nodeType');
    return typeof v === 'number' ? v : 0;
  }

  closest(el: Element, selector: string): Element | null {
    return (this.call(el, 'closest', selector) as Element | null) ?? null;
  }

  all(root: Document | Element, selector: string): ArrayLike<Element> {
    return this.call(root, 'querySelectorAll', selector) as ArrayLike<Element>;
  }
}

/** Collapses whitespace, drops invisible characters, trims, caps without splitting a surrogate pair. */
function clean(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  let s = (value.length > max * 4 ? value.slice(0, max * 4) : value).replace(INVISIBLE, '');
  s = s.replace(/\s+/g, ' ').trim();
  if (s.length > max) {
    s = s.slice(0, max);
    const last = s.charCodeAt(s.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) s = s.slice(0, -1);
    s = s.trimEnd();
  }
  return s;
}

/**
 * The text of a subtree, at most `max` characters, whitespace collapsed, skipping quotes, code,
 * scripts and hidden subtrees. Block boundaries become `sep` (a space for the text sample, a
 * newline where lines matter). Stops at the cap, so a 300 KB page costs what 20 KB costs.
 */
function boundedText(dom: Dom, doc: Document, root: Node, max: number, sep: string, maxSteps = 200_000): string {
  const walker = dom.call(doc, 'createTreeWalker', root, 5 /* SHOW_ELEMENT | SHOW_TEXT */) as TreeWalker;
  const out: string[] = [];
  let len = 0;
  let atSpace = true; // nothing yet: leading whitespace is dropped
  let lastChar = '';
  let pendingSep = false;

  const push = (raw: string): boolean => {
    // Windows of the raw text, so one huge text node is not collapsed whole.
    for (let pos = 0; pos < raw.length && len < max; pos += 4096) {
      let t = raw.slice(pos, pos + 4096).replace(/\s+/g, ' ');
      if (pendingSep && len > 0 && /\S/.test(t)) {
        // A block boundary before real text: one separator, whatever whitespace surrounds it.
        if (sep === ' ' ? !atSpace : lastChar !== '\n') {
          out.push(sep);
          len += 1;
          lastChar = sep;
        }
        atSpace = true;
      }
      if (/\S/.test(t)) pendingSep = false;
      if (atSpace && t.startsWith(' ')) t = t.slice(1);
      if (t === '') continue;
      if (len + t.length > max) t = t.slice(0, max - len);
      out.push(t);
      len += t.length;
      atSpace = t.endsWith(' ');
      lastChar = t.charAt(t.length - 1);
    }
    return len < max;
  };

  const isBlock = (el: Element): boolean => !INLINE.has(dom.localName(el));
  const skip = (el: Element): boolean =>
    SKIP_TEXT.has(dom.localName(el)) ||
    dom.attr(el, 'aria-hidden') === 'true' ||
    dom.attr(el, 'hidden') !== null;

  // The step budget guarantees an end even where the walker itself reads clobberable
  // properties (happy-dom's TreeWalker follows `node.firstChild`, which a form can shadow).
  let steps = 0;
  let node: Node | null = walker.firstChild();
  while (node !== null && ++steps < maxSteps) {
    let descend = false;
    const type = dom.nodeType(node);
    if (type === 3) {
      if (!push((node as Text).data)) break;
    } else if (type === 1) {
      const el = node as Element;
      if (!skip(el)) {
        if (isBlock(el)) pendingSep = true;
        descend = true;
      }
    }
    if (descend) {
      const child = walker.firstChild();
      if (child !== null) {
        node = child;
        continue;
      }
    }
    // No (visitable) children: next sibling, or climb until one is found.
    let next = walker.nextSibling();
    while (next === null && ++steps < maxSteps) {
      const parent = walker.parentNode();
      if (parent === null) break; // back at the root
      if (dom.nodeType(parent) === 1 && isBlock(parent as Element)) pendingSep = true;
      next = walker.nextSibling();
    }
    node = next;
  }
  let text = out.join('');
  if (sep === ' ') text = text.trimEnd();
  return text;
}

function socialHost(host: string): boolean {
  if (host.includes('pinterest.') && PINTEREST.test(host)) return true;
  // Every platform host has exactly two labels (test/unit/core/platform-hosts.test.ts), so a
  // host's last two labels say it, sub-domains included: one lookup per link.
  const last = host.lastIndexOf('.');
  if (last <= 0) return false;
  const previous = host.lastIndexOf('.', last - 1);
  return SOCIAL_HOSTS.has(previous < 0 ? host : host.slice(previous + 1));
}

/**
 * A social URL worth sending as a handle: a path of one to three segments (`/name`, `/@name`,
 * `/s/name`, `/channel/id`), or any URL on an account's own sub-domain (`name.substack.com`).
 * Query strings go (tracking), except Facebook's `profile.php?id=`, where the id is the account.
 */
function asHandle(url: URL): string | null {
  const path = url.pathname.replace(/\/+$/, '');
  const segments = path === '' ? 0 : path.split('/').length - 1;
  const labels = url.hostname.split('.');
  // `name.substack.com` is an account; `about.fb.com` or `m.x.com` is the platform itself.
  const accountHost =
    labels.length > 2 &&
    !PLATFORM_SUBDOMAINS.has(labels[0] ?? '') &&
    HOSTED_ACCOUNT_HOSTS.includes(labels.slice(-2).join('.'));
  if (!accountHost && (segments < 1 || segments > 3)) return null;
  const keepQuery = /\/profile\.php$/.test(path) && url.searchParams.has('id');
  const id = keepQuery ? `?id=${encodeURIComponent(url.searchParams.get('id') ?? '')}` : '';
  return `${url.protocol}//${url.host}${url.pathname}${id}`;
}

/**
 * True when `raw` is `http://` or `https://` followed by exactly a host in `hosts` (hosts as the URL
 * parser wrote them, which it gives back unchanged) and then `/`, `?`, `#` or the end, and that host
 * is no social platform: parsing such a link could only tell that its host was seen. Any other
 * spelling (upper case, a port, `user@`, escapes, spaces) names no host in `hosts` as written, and
 * goes to the URL parser.
 */
function seenHostLink(raw: string, hosts: ReadonlySet<string>): boolean {
  const start = raw.startsWith('https://') ? 8 : raw.startsWith('http://') ? 7 : -1;
  if (start < 0) return false;
  let end = start;
  for (; end < raw.length; end++) {
    const c = raw.charCodeAt(end);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */) break;
  }
  const host = raw.slice(start, end);
  return hosts.has(host) && !socialHost(host);
}

/**
 * An href without a scheme or authority ("/a", "a", "?q"): it stays on the base URL's host.
 * Tested after removing tabs and newlines, which the URL parser drops anywhere ("ht\ttps://x" is
 * https), and past leading controls and spaces, which it trims; `\` counts as `/`.
 */
const RELATIVE = /^(?![\u0000-\u0020]*(?:[a-z][a-z0-9+.-]*:|[\\/]{2}))/i;

/**
 * An absolute http(s) URL written exactly as the URL parser writes one: lowercase scheme and host,
 * a host of ASCII labels whose last one starts with a letter (so no IPv4 or IDN processing), no
 * port, user, fragment or percent-escape, a path without dot segments, and only characters that
 * no parser escapes or rewrites in a path or query. Parsing such a link can only give it back.
 */
const CANONICAL_HTTP = /^https?:\/\/((?:[a-z0-9-]{1,63}\.)*[a-z][a-z0-9-]{0,62})\/[A-Za-z0-9\-._~!$&()*+,;=:@/?]*$/;
/** A `.` or `..` path segment (the URL parser resolves them). */
const DOT_SEGMENT = /\/\.\.?(?:[/?]|$)/;

/**
 * The host of `raw` when `raw` is already in the URL parser's own form (see CANONICAL_HTTP), so
 * that its text is its `href` and no parse is needed; otherwise null (the caller parses). Absolute
 * links are mostly written so; each one saves a URL object and its getters, which were the costliest
 * step of reading a page's links. Punycode (`xn--`) hosts always go to the parser, which validates
 * them. Checked against Node's URL parser here and Chromium's and Firefox's in the browser tests.
 */
export function canonicalHttpHost(raw: string): string | null {
  const m = CANONICAL_HTTP.exec(raw);
  const host = m?.[1];
  if (host === undefined || host.length > 253 || host.startsWith('xn--') || host.includes('.xn--')) return null;
  const query = raw.indexOf('?');
  return DOT_SEGMENT.test(query < 0 ? raw : raw.slice(0, query)) ? null : host;
}

function parseHttp(raw: string, base?: string): URL | null {
  try {
    const url = new URL(raw, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.hostname === '') return null;
    // Fragments name places in the same page; credentials are nobody's business. (Each setter
    // re-serialises the URL: only when there is something to remove.)
    if (url.hash !== '') url.hash = '';
    if (url.username !== '') url.username = '';
    if (url.password !== '') url.password = '';
    return url;
  } catch {
    return null;
  }
}

const TITLE_SEPARATORS = /\s+[-|–—·•»/~]\s+|\s*[|•·»]\s*|\s+::\s+/;

/**
 * The title as it is (the engine splits it: a headline never counts as a site name, only what
 * follows a separator). When the title is longer than the cap, its last segment, which is where
 * sites put their name, is sent as well, so that a keyword-stuffed title cannot push it out.
 */
function titleClaims(title: string, max: number): string[] {
  if (title.length <= max) return [title];
  const parts = title.split(TITLE_SEPARATORS);
  const last = parts.length > 1 ? (parts[parts.length - 1] ?? '').trim() : '';
  return last.length >= 2 ? [title, last] : [title];
}

const ORG_TYPES = new Set(['NewsMediaOrganization', 'Organization', 'WebSite']);

function jsonName(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return typeof v[0] === 'string' ? v[0] : null;
  if (v !== null && typeof v === 'object') {
    const value = (v as Record<string, unknown>)['@value'];
    if (typeof value === 'string') return value;
  }
  return null;
}

function jsonTypes(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.slice(0, 8).filter((x): x is string => typeof x === 'string');
  return [];
}

/**
 * From parsed ld+json, site names: organisations and websites at the top level (or in `@graph`),
 * and the `publisher` / `isPartOf` of top-level items; and the `author` names of top-level items
 * (bylines). Nested items (`about`, `mentions`, `citation`) are never read: a research article
 * that is *about* an outlet does not claim it.
 */
function ldNames(data: unknown): { names: string[]; authors: string[] } {
  const roots: unknown[] = [];
  const addRoots = (v: unknown): void => {
    if (Array.isArray(v)) roots.push(...v.slice(0, 30));
    else roots.push(v);
  };
  addRoots(data);
  for (const r of roots.slice(0, 30)) {
    if (r !== null && typeof r === 'object' && !Array.isArray(r)) {
      const graph = (r as Record<string, unknown>)['@graph'];
      if (Array.isArray(graph)) roots.push(...graph.slice(0, 30));
    }
  }
  const names: string[] = [];
  const authors: string[] = [];
  for (const r of roots.slice(0, 60)) {
    if (r === null || typeof r !== 'object' || Array.isArray(r)) continue;
    const o = r as Record<string, unknown>;
    if (jsonTypes(o).some((t) => ORG_TYPES.has(t))) {
      const n = jsonName(o['name']);
      if (n) names.push(n);
    }
    for (const key of ['publisher', 'isPartOf', 'author']) {
      const v = o[key];
      for (const item of (Array.isArray(v) ? v.slice(0, 3) : [v])) {
        // An author may be a bare name; a publisher is read only as an item with a name.
        const n =
          item !== null && typeof item === 'object' && !Array.isArray(item)
            ? jsonName((item as Record<string, unknown>)['name'])
            : key === 'author' && typeof item === 'string' ? item : null;
        if (n) (key === 'author' ? authors : names).push(n);
      }
    }
  }
  return { names, authors };
}

/** "Nio Thinker logo", "Logo of Nio Thinker", "Logo: Nio Thinker" -> "Nio Thinker". */
function logoName(alt: string): string {
  return alt
    .replace(/^\s*logo\s*(?:of\b|[:\-–|])?\s*/i, '')
    .replace(/\s*[:\-–|]?\s*\blogo\s*$/i, '')
    .trim();
}

// Runs on boundedText output: whitespace is single spaces, lines are '\n', so the name must
// follow on the same line ("© 2024" alone followed by "Contact us" is no claim).
const COPYRIGHT = /(?:(?:©|\(c\)|\bcopyright\b) *)+(?:(?:19|20)\d\d(?: *[-–—/] *(?:(?:19|20)\d\d|present))?[ ,.]*)?(?:by +)?([^\n]{2,300})/i;

/** "© 2024 The Washington Post. All rights reserved." -> "The Washington Post". */
function copyrightName(text: string): string | null {
  const m = COPYRIGHT.exec(text);
  if (!m || m[1] === undefined) return null;
  let name = m[1].split(/\.(?:\s|$)|\s[|·•]\s?|\s[-–—]\s|,|\ball rights reserved\b/i)[0] ?? '';
  name = name.replace(/[\s,]*(?:19|20)\d\d\s*$/, '').replace(/[.\s]+$/, '').trim();
  return /\p{L}/u.test(name) ? name : null;
}

/** Never throws: each part is collected on its own, and a failing part is left out. */
export function extractSignals(doc: Document, pageUrl: string, limits?: Partial<Limits>): PageSignals {
  let lim: Limits;
  try {
    lim = { ...DEFAULT_LIMITS, ...(limits ?? {}) };
  } catch {
    lim = { ...DEFAULT_LIMITS };
  }
  const dom = new Dom();
  const signals: PageSignals = {};
  const part = (fn: () => void): void => {
    try {
      fn();
    } catch {
      // A hostile or malformed page breaks one part only.
    }
  };

  // Claimed names, in order of strength; deduplicated per source.
  const claims: ClaimedName[] = [];
  const seenClaims = new Set<string>();
  const claim = (source: ClaimSource, value: unknown): void => {
    if (claims.length >= lim.maxNames) return;
    const v = clean(value, lim.maxNameLength);
    if (v.length < 2 || seenClaims.has(`${source}\n${v}`)) return;
    seenClaims.add(`${source}\n${v}`);
    claims.push({ source, value: v });
  };
  /**
   * The document's head: `<meta>` names are read there only, where they belong, so a name a page
   * declares nowhere costs no whole-page search.
   */
  const head = (): Element | null => {
    const el = dom.get(doc, 'head');
    return el !== null && typeof el === 'object' ? (el as Element) : null;
  };
  /**
   * Elements matching any of `selectors`, each selector run on its own (Chromium answers a single
   * tag, class, id or attribute selector on a fast path; a mixed selector list costs several times
   * more on a 10,000-element page), first selector first, without duplicates.
   */
  const find = (selectors: readonly string[], max: number, accept?: (el: Element) => boolean): Element[] => {
    const out: Element[] = [];
    for (const selector of selectors) {
      const root = selector.startsWith('meta[') ? head() : doc;
      if (root === null) continue;
      const found = dom.all(root, selector);
      for (let i = 0, tried = 0; i < found.length && out.length < max && tried < 200; i++) {
        const el = found[i] as Element;
        if (out.includes(el)) continue;
        tried++;
        if (!accept || accept(el)) out.push(el);
      }
      if (out.length >= max) break;
    }
    return out;
  };
  /** The site's own header or footer: explicitly so by role, or not inside an article or section. */
  const siteChrome = (role: string) => (el: Element): boolean =>
    dom.attr(el, 'role') === role || dom.closest(el, NOT_SITE_CHROME) === null;
  /**
   * The first element matching one of `selectors` (in that order): `querySelector` stops at the
   * first match, so a <meta> in the head costs nothing on a 10,000-element page.
   */
  const meta = (...selectors: string[]): string | null => {
    const root = head();
    if (root === null) return null;
    for (const selector of selectors) {
      const el = dom.call(root, 'querySelector', selector) as Element | null;
      if (el) return dom.attr(el, 'content');
    }
    return null;
  };

  part(() => {
    // Long cap here: a keyword-stuffed title still ends in the site name.
    const title = clean(dom.get(doc, 'title'), 10_000);
    if (title) for (const t of titleClaims(title, lim.maxNameLength)) claim('title', t);
  });
  part(() => claim('og:site_name', meta('meta[property="og:site_name"]', 'meta[name="og:site_name"]')));
  part(() => claim('application-name', meta('meta[name="application-name"]')));
  /** Bylines from ld+json, read with its site names (see the bylines below). */
  const ldAuthors: string[] = [];
  part(() => {
    const scripts = dom.all(doc, 'script[type="application/ld+json"]');
    for (let i = 0; i < scripts.length && i < lim.maxJsonLdScripts; i++) {
      const text = dom.get(scripts[i] as Element, 'textContent');
      if (typeof text !== 'string') continue;
      if (text.length > lim.maxJsonLdChars) continue;
      try {
        const { names, authors } = ldNames(JSON.parse(text));
        for (const n of names) claim('ld+json', n);
        ldAuthors.push(...authors.slice(0, lim.maxBylines));
      } catch {
        // Broken ld+json is common and tells us nothing.
      }
    }
  });
  part(() => {
    const banners = find(['[role="banner"]', 'header', '#header', '.site-header', '.masthead', '.header'], 6, siteChrome('banner'));
    let logos = 0;
    for (let i = 0; i < banners.length && logos < 3; i++) {
      const banner = banners[i] as Element;
      const imgs = dom.all(banner, 'img, svg');
      for (let j = 0; j < imgs.length && j < 30 && logos < 3; j++) {
        const img = imgs[j] as Element;
        const isSvg = dom.localName(img) === 'svg';
        let text = dom.attr(img, isSvg ? 'aria-label' : 'alt') ?? '';
        const hints = `${dom.attr(img, 'class') ?? ''} ${dom.attr(img, 'id') ?? ''} ${text} ${isSvg ? '' : (dom.attr(img, 'src') ?? '')}`;
        if (!/logo/i.test(hints) && !(isSvg && dom.closest(img, '[class*="logo" i], [id*="logo" i]'))) continue;
        if (isSvg && text === '') {
          const t = dom.call(img, 'querySelector', 'title') as Element | null;
          text = t ? boundedText(dom, doc, t, lim.maxNameLength, ' ', 100) : '';
        }
        const name = logoName(clean(text, lim.maxNameLength));
        if (name.length >= 2) {
          claim('logo-alt', name);
          logos++;
        }
      }
    }
  });
  part(() => {
    const footers = find(['[role="contentinfo"]', 'footer', '#footer', '.site-footer', '.footer'], 6, siteChrome('contentinfo'));
    let found = 0;
    for (let i = 0; i < footers.length && found < 2; i++) {
      const footer = footers[i] as Element;
      const name = copyrightName(boundedText(dom, doc, footer, 3000, '\n', 5000));
      if (name) {
        claim('copyright', name);
        found++;
      }
    }
  });
  if (claims.length > 0) signals.claimedNames = claims;

  /**
   * Bylines: `<meta name="author">` in the head, the ld+json authors read above, then elements of
   * class `byline`; none of these costs a walk over the page. Microdata `itemprop="author"` and
   * `rel="author"` are not searched: each would be an attribute search that walks every element
   * (~0.3 ms on the benchmark's 10,000-element page, in Chromium), and no detector reads bylines.
   */
  part(() => {
    const bylines: string[] = [];
    const add = (raw: unknown): void => {
      const v = clean(raw, lim.maxNameLength).replace(/^by\s+/i, '');
      if (v.length >= 2 && !bylines.includes(v) && bylines.length < lim.maxBylines) bylines.push(v);
    };
    add(meta('meta[name="author"]'));
    for (const a of ldAuthors) add(a);
    const els = find(['.byline'], lim.maxBylines, (el) => dom.closest(el, 'blockquote, [aria-hidden="true"]') === null);
    for (const el of els) add(boundedText(dom, doc, el, lim.maxNameLength, ' ', 500));
    if (bylines.length > 0) signals.bylines = bylines;
  });

  part(() => {
    // `baseURI` honours <base>, as a click would; happy-dom's `a.href` does not, so resolve here.
    let base = dom.get(doc, 'baseURI');
    if (typeof base !== 'string' || !/^https?:/i.test(base)) base = pageUrl;
    const page = parseHttp(pageUrl);
    const baseUrl = parseHttp(base as string);
    const baseSocial = baseUrl === null || socialHost(baseUrl.hostname);
    const pageHost = page?.hostname ?? '';
    const handles: string[] = [];
    const seenHandles = new Set<string>();
    const addHandle = (url: URL): void => {
      if (handles.length >= lim.maxHandles) return;
      const h = asHandle(url);
      if (h !== null && !seenHandles.has(h)) {
        seenHandles.add(h);
        handles.push(h);
      }
    };
    if (page && socialHost(pageHost)) addHandle(page);

    // The first link to each host comes first, and each new account on a social platform;
    // further links to hosts already seen (same-site links included) only fill the remaining room.
    const first: string[] = [];
    const rest: string[] = [];
    const seenRaw = new Set<string>();
    const seenUrl = new Set<string>();
    const hosts = new Set<string>([pageHost]);
    let anchors = dom.get(doc, 'links') as ArrayLike<Element> | null;
    if (!anchors || typeof anchors.length !== 'number') anchors = dom.all(doc, 'a[href], area[href]');
    const n = Math.min(anchors.length, lim.maxScan);
    for (let i = 0; i < n && first.length < lim.maxLinks; i++) {
      const a = anchors[i];
      if (!a) continue;
      const raw = dom.attr(a, 'href');
      if (raw === null || raw === '' || raw.length > MAX_URL || raw.charCodeAt(0) === 35 /* # */) continue;
      if (seenRaw.has(raw)) continue;
      seenRaw.add(raw);
      // Once the overflow is full, a relative link (same host as the base) can add nothing
      // unless that host is a social platform: skip the URL parse, the costly step.
      if (rest.length >= lim.maxLinks) {
        if (!baseSocial && RELATIVE.test(raw.replace(/[\t\n\r]/g, ''))) continue;
        // Likewise an absolute link to a host already seen, when its text says so unambiguously.
        if (seenHostLink(raw, hosts)) continue;
      }
      // A link written as the parser would write it is its own href (no parse); others are parsed.
      const plainHost = canonicalHttpHost(raw);
      const url = plainHost === null ? parseHttp(raw, base as string) : null;
      let href: string;
      let host: string;
      if (plainHost !== null) {
        href = raw;
        host = plainHost;
      } else if (url !== null) {
        href = url.href;
        host = url.hostname;
      } else continue;
      // The background refuses longer URLs (and a whole message with them); none is a real link.
      if (href.length > MAX_URL || seenUrl.has(href)) continue;
      seenUrl.add(href);
      const before = handles.length;
      if (socialHost(host)) addHandle(url ?? new URL(href));
      if (!hosts.has(host)) {
        hosts.add(host);
        first.push(href);
      } else if (handles.length > before) {
        first.push(href);
      } else if (rest.length < lim.maxLinks) {
        rest.push(href);
      }
    }
    const links = first.concat(rest).slice(0, lim.maxLinks);
    if (links.length > 0) signals.links = links;
    if (handles.length > 0) signals.handles = handles;
  });

  part(() => {
    if (!(lim.maxText > 0)) return;
    const text = pageText(dom, doc, lim.maxText);
    if (text !== '') signals.text = text;
  });

  return signals;
}

function pageText(dom: Dom, doc: Document, max: number): string {
  const body = (dom.get(doc, 'body') as Element | null) ?? (dom.get(doc, 'documentElement') as Element | null);
  return body ? boundedText(dom, doc, body, max, ' ') : '';
}

/**
 * The page's text sample alone (what `extractSignals` puts in `text`). The content script sends it
 * only when the background asks for it (the text heuristics are on): by default a page's prose is
 * neither read nor sent, which is most of the content script's work on a long page.
 */
export function extractText(doc: Document, maxText: number = DEFAULT_LIMITS.maxText): string {
  try {
    return maxText > 0 ? pageText(new Dom(), doc, maxText) : '';
  } catch {
    return '';
  }
}
