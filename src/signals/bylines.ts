/**
 * Bylines: `<meta name="author">` in the head, the ld+json authors, then elements of class
 * `byline`; none of these costs a walk over the page. Microdata `itemprop="author"` and
 * `rel="author"` are not searched: each would be an attribute search that walks every element,
 * and no detector reads bylines.
 */
import { clean, find, meta, type Page } from './dom';
import { boundedText } from './text';

export function readBylines(page: Page, ldAuthors: readonly string[]): string[] {
  const { dom, doc, lim } = page;
  const bylines: string[] = [];
  const add = (raw: unknown): void => {
    const v = clean(raw, lim.maxNameLength).replace(/^by\s+/i, '');
    if (v.length >= 2 && !bylines.includes(v) && bylines.length < lim.maxBylines) bylines.push(v);
  };
  add(meta(page, 'meta[name="author"]'));
  for (const a of ldAuthors) add(a);
  const els = find(page, ['.byline'], lim.maxBylines, (el) => dom.closest(el, 'blockquote, [aria-hidden="true"]') === null);
  for (const el of els) add(boundedText(dom, doc, el, lim.maxNameLength, ' ', 500));
  return bylines;
}
