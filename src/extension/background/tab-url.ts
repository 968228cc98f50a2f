/**
 * What a tab's address says about the page in it: the one mapping from `tab.url` (and a content
 * script sender's `url`) to the URL the background judges. Pure (no browser API), so that the
 * background, the message dispatcher and the unit tests share it.
 *
 * Why it exists: the background used to judge http(s) addresses only and to
 * forget a tab at any other, so a listed site could clear its own badge and popup by moving its tab
 * to an address of another scheme whose document it still writes:
 *
 * - `blob:http://host/<uuid>` and (Chromium) `filesystem:http://host/temporary/x`: the document
 *   belongs to the origin inside the URL (`new URL(blob).origin`), so it is judged as that origin's
 *   root, `http://host/`. Its path is a random id and says nothing; the host is what the lists
 *   name. Chromium refuses a page's top-level navigation to `filesystem:`, Firefox has no such
 *   scheme: mapped anyway, for a browser that allows it.
 * - `about:blank` (a page navigating itself there, a window it opens and writes into),
 *   `about:srcdoc` (both browsers let a page navigate its own tab there), `data:` (Firefox shows a page's top-level `data:` image; Chromium refuses
 *   every page-initiated top-level `data:`), `blob:null/...`: the address names no site, and the
 *   document's content comes from whichever page made it. The tab keeps the verdict it had (the
 *   page that navigated it there), or, new, takes its opener's; with neither it has none.
 *   A person who types `about:blank` into a tab of a flagged site therefore still sees that
 *   site's badge there, and Chromium names the active tab as the opener of any new tab (also
 *   one the browser opens), so a blank tab opened next to a flagged page shows its verdict: both
 *   err toward a verdict the person already saw, never toward flagging a site that was not
 *   flagged. (Telling a page's window from the person's would need the document's own origin,
 *   which only the content script in it sees.)
 * - Everything else (browser pages, `file:`, extension pages, `view-source:`) is not judged.
 *
 * `javascript:` URLs never become a tab's address (the document may change, its URL does not),
 * and history.pushState/replaceState cannot leave the document's origin: both stay `web`.
 */
import type { TabState } from '../messages';
import { httpUrl } from '../../core/hosts';

export type TabAddress =
  /** An http(s) page: judged as it is. */
  | { kind: 'web'; url: string }
  /** A `blob:` or `filesystem:` document of an http(s) origin: judged as that origin (`url` is its root). */
  | { kind: 'inner-origin'; url: string }
  /** A document whose content its creator wrote (`about:blank`, `data:`, an opaque `blob:`): the creator's verdict. */
  | { kind: 'inherited' }
  /** Not a web document: no verdict. */
  | { kind: 'unjudged' };

const UNJUDGED: TabAddress = { kind: 'unjudged' };
const INHERITED: TabAddress = { kind: 'inherited' };

function httpOrigin(url: string): string | null {
  return httpUrl(url)?.origin ?? null;
}

/** Classifies a tab's (or a document's) address; see the file's comment for each kind. */
export function tabAddress(url: string | undefined | null): TabAddress {
  if (typeof url !== 'string' || url.length === 0) return UNJUDGED;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  switch (scheme) {
    case 'http':
    case 'https':
      return httpOrigin(url) === null ? UNJUDGED : { kind: 'web', url };
    case 'blob':
    case 'filesystem': {
      // The inner URL: `blob:<origin>/<uuid>`, `filesystem:<origin>/<type>/<path>`. An opaque
      // origin (`blob:null/...`, made in a sandboxed frame or a data: document) names no site.
      const inner = url.slice(scheme.length + 1);
      if (/^null\//i.test(inner)) return INHERITED;
      const origin = httpOrigin(inner);
      return origin === null ? UNJUDGED : { kind: 'inner-origin', url: `${origin}/` };
    }
    case 'data':
      return INHERITED;
    case 'about': {
      const page = url.replace(/[?#].*$/s, '').toLowerCase();
      return page === 'about:blank' || page === 'about:srcdoc' ? INHERITED : UNJUDGED;
    }
    default:
      return UNJUDGED;
  }
}

/** The URL the background judges for an address, or null when the address has none of its own. */
export function judgedUrl(address: TabAddress): string | null {
  return address.kind === 'web' || address.kind === 'inner-origin' ? address.url : null;
}

/**
 * The state of a tab now showing an `inherited` address: the state it had (kept as it is), else a
 * copy of its opener's for this tab, else null (nothing is known: the tab is forgotten). A
 * training demo's verdict is never carried over (it belongs to the training page alone).
 */
export function inheritedState(tabId: number, previous: TabState | null, opener: TabState | null): TabState | null {
  if (previous && !previous.training) return previous;
  if (opener && !opener.training) return { ...opener, tabId };
  return null;
}
