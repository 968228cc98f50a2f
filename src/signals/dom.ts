/**
 * Reading a hostile page's DOM safely, shared by every signal module.
 *
 * DOM clobbering: a form's named controls shadow the form's own properties, in Chromium's isolated
 * world too (`<form><input name="firstChild"><input name="getAttribute">` makes a content script's
 * `form.firstChild` the input and `form.getAttribute` not a function); in the page's own world
 * `<img name="title">` also shadows `document.title`. Firefox's Xrays see neither. A clone could
 * use this to hide its signals, or to send a naive tree walk round in circles. So every DOM
 * property and method is read through the prototype chain (`Dom`).
 */
import type { Limits } from './limits';

/** C0/C1 controls, zero-width and bidi controls, soft hyphen: invisible, so they only hide names. */
// eslint-disable-next-line no-control-regex
export const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

type AnyFn = (this: unknown, ...args: unknown[]) => unknown;

/**
 * Reads DOM properties through prototypes, so that named properties cannot shadow them.
 * Descriptors are cached per prototype (one lookup per class and name, not per node).
 */
export class Dom {
  readonly #cache = new WeakMap<object, Map<string, PropertyDescriptor | null>>();
  /** The last prototype looked up: a page's links are all anchors, read one after another. */
  #lastProto: object | null = null;
  #lastByName: Map<string, PropertyDescriptor | null> | null = null;

  #descriptor(obj: object, name: string): PropertyDescriptor | null {
    const proto = Object.getPrototypeOf(obj) as object | null;
    if (proto === null) return null;
    let byName = proto === this.#lastProto ? this.#lastByName : this.#cache.get(proto);
    if (byName === undefined || byName === null) {
      byName = new Map();
      this.#cache.set(proto, byName);
    }
    this.#lastProto = proto;
    this.#lastByName = byName;
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
    const d = this.#descriptor(obj, name);
    if (d?.get) return d.get.call(obj);
    return (obj as Record<string, unknown>)[name];
  }

  /** The method `name` of `obj`, read through its prototype. */
  #method(obj: object, name: string): AnyFn {
    const d = this.#descriptor(obj, name);
    const fn = typeof d?.value === 'function' ? (d.value as AnyFn) : (obj as Record<string, AnyFn>)[name];
    if (typeof fn !== 'function') throw new TypeError(`no ${name}`);
    return fn;
  }

  call(obj: object, name: string, ...args: unknown[]): unknown {
    return this.#method(obj, name).apply(obj, args);
  }

  attr(el: Element, name: string): string | null {
    // Without `call`'s rest-argument array: this runs once per link.
    const v = this.#method(el, 'getAttribute').call(el, name);
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
export function clean(value: unknown, max: number): string {
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

/** One page being read: its document, the DOM reader (one per page, for its descriptor cache), the limits. */
export interface Page {
  doc: Document;
  dom: Dom;
  lim: Limits;
}

/**
 * The document's head: `<meta>` names are read there only, where they belong, so a name a page
 * declares nowhere costs no whole-page search.
 */
export function head({ dom, doc }: Page): Element | null {
  const el = dom.get(doc, 'head');
  return el !== null && typeof el === 'object' ? (el as Element) : null;
}

/**
 * Elements matching any of `selectors`, each selector run on its own (Chromium answers a single
 * tag, class, id or attribute selector on a fast path; a mixed selector list costs several times
 * more on a large page), first selector first, without duplicates.
 */
export function find(page: Page, selectors: readonly string[], max: number, accept?: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (const selector of selectors) {
    const found = page.dom.all(page.doc, selector);
    for (let i = 0, tried = 0; i < found.length && out.length < max && tried < 200; i++) {
      const el = found[i] as Element;
      if (out.includes(el)) continue;
      tried++;
      if (!accept || accept(el)) out.push(el);
    }
    if (out.length >= max) break;
  }
  return out;
}

/**
 * The `content` of the first element matching one of `selectors` (in that order) in the head:
 * `querySelector` stops at the first match, so a <meta> costs nothing on a large page.
 */
export function meta(page: Page, ...selectors: string[]): string | null {
  const root = head(page);
  if (root === null) return null;
  for (const selector of selectors) {
    const el = page.dom.call(root, 'querySelector', selector) as Element | null;
    if (el) return page.dom.attr(el, 'content');
  }
  return null;
}
