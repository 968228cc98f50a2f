/**
 * The names a page claims for itself, in order of strength: its title, `og:site_name`,
 * `application-name`, ld+json organisations, the logo in its site header, the copyright line in its
 * site footer. Also the ld+json authors, which the bylines use.
 */
import type { ClaimedName, ClaimSource } from '../core/types';
import { clean, find, meta, type Page } from './dom';
import { boundedText } from './text';

/** Sectioning content: a `header` or `footer` inside these belongs to an article, not the site. */
const NOT_SITE_CHROME = 'article, aside, main, section, blockquote, figure';

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

/** An item whose `@type` (one type, or a list of them: the first 8 are read) is an organisation or site. */
function isOrg(o: Record<string, unknown>): boolean {
  return [o['@type']]
    .flat()
    .slice(0, 8)
    .some((t) => ORG_TYPES.has(t as string));
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
    if (isOrg(o)) {
      const n = jsonName(o['name']);
      if (n) names.push(n);
    }
    for (const key of ['publisher', 'isPartOf', 'author']) {
      const v = o[key];
      for (const item of Array.isArray(v) ? v.slice(0, 3) : [v]) {
        // An author may be a bare name; a publisher is read only as an item with a name.
        const n =
          item !== null && typeof item === 'object' && !Array.isArray(item)
            ? jsonName((item as Record<string, unknown>)['name'])
            : key === 'author' && typeof item === 'string'
              ? item
              : null;
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
const COPYRIGHT =
  /(?:(?:©|\(c\)|\bcopyright\b) *)+(?:(?:19|20)\d\d(?: *[-–—/] *(?:(?:19|20)\d\d|present))?[ ,.]*)?(?:by +)?([^\n]{2,300})/i;

/** "© 2024 The Washington Post. All rights reserved." -> "The Washington Post". */
function copyrightName(text: string): string | null {
  const m = COPYRIGHT.exec(text);
  if (!m || m[1] === undefined) return null;
  let name = m[1].split(/\.(?:\s|$)|\s[|·•]\s?|\s[-–—]\s|,|\ball rights reserved\b/i)[0] ?? '';
  name = name
    .replace(/[\s,]*(?:19|20)\d\d\s*$/, '')
    .replace(/[.\s]+$/, '')
    .trim();
  return /\p{L}/u.test(name) ? name : null;
}

/**
 * The claimed names (deduplicated per source) and the ld+json authors. Each source is read as one
 * `part`, so that a hostile page that breaks one loses only that one.
 */
export function readClaims(page: Page, part: (fn: () => void) => void): { claims: ClaimedName[]; ldAuthors: string[] } {
  const { dom, doc, lim } = page;
  // Claimed names, in order of strength; deduplicated per source.
  const claims: ClaimedName[] = [];
  const seenClaims = new Set<string>();
  const claim = (source: ClaimSource, value: unknown): void => {
    if (claims.length >= lim.maxNames) return;
    const v = clean(value, lim.maxNameLength);
    const key = `${source}\n${v}`;
    if (v.length < 2 || seenClaims.has(key)) return;
    seenClaims.add(key);
    claims.push({ source, value: v });
  };
  /** The site's own header or footer: explicitly so by role, or not inside an article or section. */
  const siteChrome =
    (role: string) =>
    (el: Element): boolean =>
      dom.attr(el, 'role') === role || dom.closest(el, NOT_SITE_CHROME) === null;

  part(() => {
    // Long cap here: a keyword-stuffed title still ends in the site name.
    const title = clean(dom.get(doc, 'title'), 10_000);
    if (title) for (const t of titleClaims(title, lim.maxNameLength)) claim('title', t);
  });
  part(() => claim('og:site_name', meta(page, 'meta[property="og:site_name"]', 'meta[name="og:site_name"]')));
  part(() => claim('application-name', meta(page, 'meta[name="application-name"]')));
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
    const banners = find(page, ['[role="banner"]', 'header', '#header', '.site-header', '.masthead', '.header'], 6, siteChrome('banner'));
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
    const footers = find(page, ['[role="contentinfo"]', 'footer', '#footer', '.site-footer', '.footer'], 6, siteChrome('contentinfo'));
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
  return { claims, ldAuthors };
}
