/**
 * Page text without layout: a TreeWalker (native in browsers) over text and elements, block
 * boundaries as separators, quotes, code and hidden subtrees skipped, and a step budget on every
 * walk (happy-dom's TreeWalker is JavaScript that follows `node.firstChild`, which a form can
 * shadow).
 */
import type { Dom } from './dom';

/**
 * Subtrees whose text is not the page's own prose: quotes, code, scripts, hidden content. (Tag
 * names as one string, split: the content script ships in every page.)
 */
const SKIP_TEXT = new Set(
  'blockquote q pre code kbd samp script style noscript template textarea select head iframe object noframes'.split(' '),
);
/** Inline elements: text on either side joins without a space ("<b>Wa</b>shington"). */
const INLINE = new Set('a abbr b bdi bdo cite data del dfn em font i ins label mark s small span strong sub sup time u var'.split(' '));

/**
 * The text of a subtree, at most `max` characters, whitespace collapsed, skipping quotes, code,
 * scripts and hidden subtrees. Block boundaries become `sep` (a space for the text sample, a
 * newline where lines matter). Stops at the cap, so a long page costs what a page of the cap's length costs.
 */
export function boundedText(dom: Dom, doc: Document, root: Node, max: number, sep: string, maxSteps = 200_000): string {
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
    SKIP_TEXT.has(dom.localName(el)) || dom.attr(el, 'aria-hidden') === 'true' || dom.attr(el, 'hidden') !== null;

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

export function pageText(dom: Dom, doc: Document, max: number): string {
  const body = (dom.get(doc, 'body') as Element | null) ?? (dom.get(doc, 'documentElement') as Element | null);
  return body ? boundedText(dom, doc, body, max, ' ') : '';
}
