/**
 * DOM -> PageSignals: what a page shows about itself (the names it claims, its bylines, where it
 * links, which accounts it shows, a sample of its own text). One module per signal:
 *
 *   claims.ts   title, og:site_name, application-name, ld+json, header logo, footer copyright
 *   bylines.ts  author meta, ld+json authors, `.byline` elements
 *   links.ts    outgoing links and social handles
 *   text.ts     the page's own prose, bounded (also used by claims and bylines)
 *   dom.ts      clobbering-proof DOM reads shared by all of them
 *
 * These files are bundled into the content script that every page pays for, and the CLI runs them
 * on a happy-dom document. So they are small and pure DOM reading: no extension APIs, no imports
 * besides types and the platform host table, no layout (`innerText`, `getComputedStyle`), no DOM
 * writes, and every part is bounded by `Limits` and wrapped so that one broken part never loses the
 * others and nothing throws. Hostile pages and DOM clobbering: see dom.ts.
 */
import type { PageSignals } from '../core/types';
import { readBylines } from './bylines';
import { readClaims } from './claims';
import { Dom, type Page } from './dom';
import { DEFAULT_LIMITS, type Limits } from './limits';
import { readLinks } from './links';
import { pageText } from './text';

export { DEFAULT_LIMITS, type Limits } from './limits';
export { LINK_SELECTOR, canonicalHttpHost } from './links';

/** Never throws: each part is collected on its own, and a failing part is left out. */
export function extractSignals(doc: Document, pageUrl: string, limits?: Partial<Limits>): PageSignals {
  let lim: Limits;
  try {
    lim = { ...DEFAULT_LIMITS, ...(limits ?? {}) };
  } catch {
    lim = { ...DEFAULT_LIMITS };
  }
  const page: Page = { doc, dom: new Dom(), lim };
  const signals: PageSignals = {};
  const part = (fn: () => void): void => {
    try {
      fn();
    } catch {
      // A hostile or malformed page breaks one part only.
    }
  };

  // Each claim source is a part of its own (inside readClaims): what was read before a failure stays.
  const { claims, ldAuthors } = readClaims(page, part);
  if (claims.length > 0) signals.claimedNames = claims;

  part(() => {
    const bylines = readBylines(page, ldAuthors);
    if (bylines.length > 0) signals.bylines = bylines;
  });

  part(() => addLinks(signals, page, pageUrl));

  part(() => {
    if (!(lim.maxText > 0)) return;
    const text = pageText(page.dom, doc, lim.maxText);
    if (text !== '') signals.text = text;
  });

  return signals;
}

/**
 * The links and social accounts among `anchors` alone, read as `extractSignals` reads a page's
 * (resolved against the document's base, the page itself a handle on a social platform): a
 * feed's newly added posts, without reading the rest of the page again. Never throws.
 */
export function extractLinks(doc: Document, pageUrl: string, anchors: readonly Element[]): PageSignals {
  const signals: PageSignals = {};
  try {
    addLinks(signals, { doc, dom: new Dom(), lim: DEFAULT_LIMITS }, pageUrl, anchors);
  } catch {
    // A hostile or malformed page: nothing from this batch.
  }
  return signals;
}

function addLinks(signals: PageSignals, page: Page, pageUrl: string, anchors?: readonly Element[]): void {
  const { links, handles } = readLinks(page, pageUrl, anchors);
  if (links.length > 0) signals.links = links;
  if (handles.length > 0) signals.handles = handles;
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
