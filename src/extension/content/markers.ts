/**
 * Link markers (opt-in setting `linkMarkers`): a small sign beside links to flagged sites and to
 * flagged accounts. Cheap (one pass over the page's anchors, bounded), batched (one call per
 * answer from the background), idempotent (anchors already marked are remembered here, in the
 * content script's own world, never on the page's elements).
 *
 * What the page can see: an attribute-less, empty `<span>` after the link,
 * with a closed shadow root, the same for every level. The sign, its colour and its words (the
 * level, for screen readers and as a tooltip) are inside the root, and the words are CSS
 * generated content (page-text.ts), so neither the page's DOM APIs nor `window.find()` reach them.
 * A page can tell that a link it shows got a marker: that is why the background marks only links
 * to Unmask's public lists unless the person opted in for their own lists (page-marks.ts).
 */
import { LEVEL_COLOURS, LEVEL_MESSAGE_KEYS } from '../../core/levels';
import type { PageMarker } from '../messages';
import { textRule } from './page-text';

const MAX_ANCHORS = 5000;
/** A message from the background is still checked: only these levels get a marker. */
const MARKED_LEVELS: readonly unknown[] = ['high', 'medium', 'low'];

// The host's box is the same for every level (a page can measure it); `!important` in the shadow
// tree beats the page's own `!important` rules for the host.
const HOST_CSS =
  ':host{all:initial!important;display:inline-block!important;width:1.3em!important;height:1.3em!important;' +
  'margin:0 0 0 .25em!important;vertical-align:middle!important}' +
  'i{all:initial;display:block;width:100%;height:100%;border-radius:3px;cursor:help;' +
  'font:bold .8em/1.6 system-ui,sans-serif;text-align:center;color:#fff}';

/** Anchors marked in this page (the content script's own memory, invisible to the page). */
const marked = new WeakSet<Element>();

/** The comparable form of a link: absolute, no fragment (as the signals sent it). */
function key(href: string, base: string): string | null {
  try {
    const url = new URL(href, base);
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/** Marks every anchor pointing at a flagged target; returns how many markers were added. */
export function markLinks(
  doc: Document,
  flagged: readonly PageMarker[],
  message: (key: string, substitutions?: string[]) => string,
): number {
  const base = doc.baseURI;
  const byHref = new Map<string, PageMarker>();
  for (const f of flagged) {
    const k = typeof f?.href === 'string' ? key(f.href, base) : null;
    if (k && MARKED_LEVELS.includes(f.level)) byHref.set(k, f);
  }
  if (byHref.size === 0) return 0;
  const getAttribute = Element.prototype.getAttribute;
  const anchors = Document.prototype.querySelectorAll.call(doc, 'a[href]');
  let added = 0;
  for (let i = 0; i < anchors.length && i < MAX_ANCHORS; i++) {
    const a = anchors[i] as HTMLAnchorElement;
    if (marked.has(a)) continue;
    const raw = getAttribute.call(a, 'href');
    const k = raw === null ? null : key(raw, base);
    const f = k ? byHref.get(k) : undefined;
    if (!f) continue;
    // The background's words when the options chose a language; else the browser's own.
    const words = typeof f.words == 'string' ? f.words : message(LEVEL_MESSAGE_KEYS[f.level]);
    const host = doc.createElement('span');
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = HOST_CSS + `i{background:${LEVEL_COLOURS[f.level].background}}` + textRule('i', f.level === 'high' ? '!' : '?');
    const sign = doc.createElement('i');
    sign.setAttribute('role', 'img');
    sign.setAttribute('aria-label', words);
    sign.title = words;
    root.append(style, sign);
    marked.add(a);
    a.after(host);
    added++;
  }
  return added;
}
