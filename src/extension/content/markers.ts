/**
 * Link markers (opt-in setting `linkMarkers`): a small sign beside links to flagged sites and to
 * flagged accounts. Cheap (one pass over the page's anchors, bounded), batched (one call per
 * answer from the background), idempotent (a marked anchor carries MARKED_ATTRIBUTE and is
 * skipped). The marker is a span with text only (`textContent`, never HTML), an accessible label
 * and a tooltip, styled inline so page CSS aimed at spans does not hide it.
 */
import type { FlaggedTarget } from '../../core/types';

export const MARKED_ATTRIBUTE = 'data-unmask-marked';
export const MARKER_ATTRIBUTE = 'data-unmask-marker';
const MAX_ANCHORS = 5000;

const LEVEL_KEYS: Record<FlaggedTarget['level'], string> = {
  high: 'levelHigh',
  medium: 'levelMedium',
  low: 'levelLow',
};
const COLORS: Record<FlaggedTarget['level'], string> = { high: '#B3261E', medium: '#8A5A00', low: '#5F6368' };

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
  flagged: readonly FlaggedTarget[],
  message: (key: string, substitutions?: string[]) => string,
): number {
  const base = doc.baseURI;
  const byHref = new Map<string, FlaggedTarget>();
  for (const f of flagged) {
    const k = typeof f?.href === 'string' ? key(f.href, base) : null;
    if (k && f.level in LEVEL_KEYS) byHref.set(k, f);
  }
  if (byHref.size === 0) return 0;
  const getAttribute = Element.prototype.getAttribute;
  const hasAttribute = Element.prototype.hasAttribute;
  const anchors = Document.prototype.querySelectorAll.call(doc, 'a[href]');
  let added = 0;
  for (let i = 0; i < anchors.length && i < MAX_ANCHORS; i++) {
    const a = anchors[i] as HTMLAnchorElement;
    if (hasAttribute.call(a, MARKED_ATTRIBUTE)) continue;
    const raw = getAttribute.call(a, 'href');
    const k = raw === null ? null : key(raw, base);
    const f = k ? byHref.get(k) : undefined;
    if (!f) continue;
    const levelWords = message(LEVEL_KEYS[f.level]);
    const label = message('markerLabel', [levelWords, f.summary]);
    const marker = doc.createElement('span');
    marker.setAttribute(MARKER_ATTRIBUTE, f.level);
    marker.setAttribute('role', 'img');
    marker.setAttribute('aria-label', label);
    marker.title = label;
    marker.textContent = f.level === 'high' ? '⚠' : '?';
    // Inline and !important: page CSS aimed at spans cannot hide or restyle it by selector.
    marker.style.cssText =
      'all:initial!important;display:inline-block!important;margin:0 0 0 .25em!important;padding:0 .3em!important;' +
      'border-radius:3px!important;font:bold .8em/1.3 system-ui,sans-serif!important;color:#fff!important;' +
      `cursor:help!important;background:${COLORS[f.level]}!important`;
    a.setAttribute(MARKED_ATTRIBUTE, '');
    a.after(marker);
    added++;
  }
  return added;
}
