/**
 * The content script's work, on every page: collect the page's signals once when the browser is
 * idle and send them in ONE message; on social platforms and feeds, follow navigation and new
 * content; hand the flagged links to the markers when the person turned them on.
 *
 * Budget: this file, `extractSignals` and WXT's wrapper are all that ships in every page (no
 * lists, no tldts, no Preact). It never throws into the page, never logs, and never reads layout.
 *
 * Single-page apps: the isolated world cannot patch the page's `history.pushState`, so the URL is
 * compared at each batch of DOM changes and on a slow timer (a string compare). New content is
 * queued from a MutationObserver and read when idle; after several idle rounds with nothing new the
 * observer is disconnected, and scrolling or a navigation resumes it.
 */
import type { PageSignals } from '../../core/types';
import type { PageMarker } from '../messages';
import { LINK_SELECTOR, extractLinks, extractSignals, extractText } from '../../signals/extract';

export interface ContentEnv {
  win: Window;
  doc: Document;
  send(signals: PageSignals): Promise<{ markers?: PageMarker[]; wantText?: boolean; watch?: boolean } | undefined>;
  /**
   * Marks flagged links (markers.ts). Its code is not in the content script: the background
   * injects it (markers.js) into a page before answering with markers for it.
   */
  mark(markers: readonly PageMarker[]): void;
  /**
   * False once the extension is gone (reloaded, updated, removed): the script then stops. This is
   * read from the browser (`runtime.id`), never from page events: WXT's own invalidation listens
   * to a document event that any page can forge.
   */
  alive(): boolean;
  /** Timings (tests shorten them). */
  watch?: Partial<Record<keyof typeof WATCH, number>>;
}

export const WATCH = {
  /** Elements queued between two idle rounds (more are read by a whole-page pass instead). */
  maxQueue: 400,
  /** Idle rounds in a row with nothing new before the observer stops. */
  idleRoundsToStop: 8,
  /** Each round waits this long for idle time at most (ms). */
  idleTimeout: 1000,
  /** Delay between two rounds, so a busy feed is read in batches (ms). */
  roundDelay: 500,
  /** URL check on a timer, for navigations that change nothing we observe (ms). */
  urlPoll: 1000,
  /** Links and accounts remembered as sent, per URL. */
  maxSent: 5000,
} as const;

function idle(win: Window, fn: () => void, timeout: number): void {
  const ric = (win as Window & { requestIdleCallback?: Window['requestIdleCallback'] }).requestIdleCallback;
  if (typeof ric === 'function') ric.call(win, () => fn(), { timeout });
  else win.setTimeout(fn, 1);
}

/**
 * The anchors in newly added elements (the elements themselves included), in document order per
 * element, bounded. Element methods are taken from the prototype: a form's named controls cannot
 * shadow them.
 */
function addedAnchors(nodes: readonly Element[]): Element[] {
  const querySelectorAll = Element.prototype.querySelectorAll;
  const matches = Element.prototype.matches;
  const anchors: Element[] = [];
  for (const node of nodes) {
    if (anchors.length >= 2000) break;
    if (matches.call(node, LINK_SELECTOR)) anchors.push(node);
    const inner = querySelectorAll.call(node, LINK_SELECTOR);
    for (let i = 0; i < inner.length && i < 500 && anchors.length < 2000; i++) anchors.push(inner[i] as Element);
  }
  return anchors;
}

// Over 150 lines on purpose: one closure holds the scheduler's state (queue, observer, timers,
// last URL) for one start, so nothing of it outlives the extension or is shared between starts.
// eslint-disable-next-line max-lines-per-function
export function startContent(env: ContentEnv): void {
  const { win, doc } = env;
  // The manifest's match_origin_as_fallback brings the script into blob: documents (read as their
  // origin's pages), and also into about:blank and data: documents a page made: those are never
  // read (their tab shows its creator's verdict; src/extension/background/tab-url.ts).
  const protocol = win.location.protocol;
  if (protocol === 'about:' || protocol === 'data:') return;
  const W = { ...WATCH, ...env.watch };
  let url = win.location.href;
  let sentLinks = new Set<string>();
  let sentHandles = new Set<string>();
  /** The URL whose text sample was sent (asked for once per page). */
  let textSentFor: string | null = null;
  let stopped = false;
  /** Following the page's changes (see follow). */
  let following = false;
  let cleanup = () => {
    stopped = true;
  };
  const guard = (fn: () => void) => () => {
    try {
      if (!stopped && !env.alive()) cleanup();
      if (!stopped) fn();
    } catch {
      // Never into the page.
    }
  };

  async function deliver(signals: PageSignals, forUrl: string): Promise<void> {
    try {
      const reply = await env.send(signals);
      if (stopped || forUrl !== win.location.href) return;
      const markers = reply?.markers;
      if (Array.isArray(markers) && markers.length) env.mark(markers);
      // A single-page app or a feed (the background knows which sites are): follow it.
      if (reply?.watch === true && !following) {
        following = true;
        follow();
      }
      // The text heuristics are on: the page's text sample, once per page, when idle again.
      if (reply?.wantText === true && textSentFor !== forUrl) {
        textSentFor = forUrl;
        idle(
          win,
          guard(() => {
            if (forUrl !== win.location.href) return;
            const text = extractText(doc);
            if (text !== '') void deliver({ text }, forUrl);
          }),
          2000,
        );
      }
    } catch {
      // The background is reloading, or the extension was removed: nothing to do.
    }
  }

  /**
   * Keeps only links and accounts not sent before for this URL, while there is room: once
   * `maxSent` have gone, nothing counts as new, so an endless page ends in idle rounds and the
   * observer stops.
   */
  function onlyNew(signals: PageSignals): PageSignals | null {
    const fresh = (list: readonly string[] | undefined, sent: Set<string>): string[] => {
      const out: string[] = [];
      for (const v of list ?? []) {
        if (sent.size >= W.maxSent) break;
        if (!sent.has(v)) {
          sent.add(v);
          out.push(v);
        }
      }
      return out;
    };
    const links = fresh(signals.links, sentLinks);
    const handles = fresh(signals.handles, sentHandles);
    if (links.length === 0 && handles.length === 0) return null;
    const out: PageSignals = {};
    if (links.length) out.links = links;
    if (handles.length) out.handles = handles;
    return out;
  }

  /** The whole page (first load, or after a navigation inside a single-page app). */
  function collectPage(): void {
    const here = win.location.href;
    // No text here: the background asks for it when the text heuristics are on (see deliver).
    const signals = extractSignals(doc, here, { maxText: 0 });
    for (const l of signals.links ?? []) if (sentLinks.size < W.maxSent) sentLinks.add(l);
    for (const h of signals.handles ?? []) if (sentHandles.size < W.maxSent) sentHandles.add(h);
    void deliver(signals, here);
  }

  // A prerendered document (Chrome's speculation rules) is not shown yet, and the background drops
  // what it would send: it is read once the browser shows it (`prerenderingchange`). A page shown
  // again from the back/forward cache is judged again from its address (the browser reports a
  // navigation to it), so it is read again too.
  const start = () => idle(win, guard(collectPage), 2000);
  if ((doc as Document & { prerendering?: boolean }).prerendering === true) {
    doc.addEventListener('prerenderingchange', guard(start), { once: true });
  } else {
    start();
  }
  win.addEventListener('pageshow', (event) => {
    if (!(event as PageTransitionEvent).persisted) return;
    guard(() => {
      sentLinks = new Set();
      sentHandles = new Set();
      textSentFor = null;
      start();
    })();
  });

  // --- Single-page apps and feeds ---------------------------------------------------------------
  // Started by the background's first answer: the posts added while it came reached no observer,
  // so the first round reads the whole page again (only links and accounts not sent go out).
  function follow(): void {
    let queue: Element[] = [];
    let overflow = false;
    let scheduled = false;
    let idleRounds = 0;
    let observing = false;
    /** The observer was disconnected after idle rounds (see pause). */
    let paused = false;
    /** The first round, which reads what was added before the background's answer. */
    let catchUp = false;

    const observer = new MutationObserver((records) => {
      try {
        for (const r of records) {
          for (let i = 0; i < r.addedNodes.length; i++) {
            const n = r.addedNodes[i];
            if (n && n.nodeType === 1) {
              if (queue.length < W.maxQueue) queue.push(n as Element);
              else overflow = true;
            }
          }
        }
        schedule();
      } catch {
        // Never into the page.
      }
    });

    function observe(): void {
      if (observing || stopped) return;
      const root = doc.body ?? doc.documentElement;
      if (!root) return;
      observer.observe(root, { childList: true, subtree: true });
      observing = true;
      idleRounds = 0;
      // What was added while not watching reached no observer: the first round reads the whole
      // page (bounded like any page read; only links and accounts not sent before go out).
      if (paused) {
        paused = false;
        overflow = true;
      }
    }

    function pause(): void {
      if (!observing) return;
      observer.disconnect();
      observing = false;
      paused = true;
    }

    function schedule(): void {
      if (scheduled || stopped) return;
      scheduled = true;
      win.setTimeout(() => idle(win, guard(round), W.idleTimeout), W.roundDelay);
    }

    function navigated(): boolean {
      const now = win.location.href;
      if (now === url) return false;
      url = now;
      sentLinks = new Set();
      sentHandles = new Set();
      textSentFor = null;
      paused = false; // the new page is read whole anyway
      queue = [];
      overflow = false;
      return true;
    }

    /** One idle round: a navigation means the whole page again; otherwise only the new nodes. */
    function round(): void {
      scheduled = false;
      if (navigated()) {
        collectPage();
        observe();
        idleRounds = 0;
        schedule();
        return;
      }
      const first = catchUp;
      catchUp = false;
      const nodes = queue;
      const whole = overflow;
      queue = [];
      overflow = false;
      let fresh: PageSignals | null = null;
      if (whole) {
        fresh = onlyNew(extractSignals(doc, url, { maxText: 0 }));
      } else if (nodes.length) {
        const live = nodes.filter((n) => n.isConnected);
        if (live.length) fresh = onlyNew(extractLinks(doc, url, addedAnchors(live)));
      }
      if (fresh) {
        idleRounds = 0;
        void deliver(fresh, url);
      } else if (first && nodes.length === 0) {
        // Nothing was added before the answer, and nothing since: wait for changes, as from the
        // start (changes read in this round count it as an idle round, as any other).
        return;
      } else if (++idleRounds >= W.idleRoundsToStop) {
        pause();
        return;
      }
      if (observing) schedule();
    }

    observe();
    overflow = true;
    catchUp = true;
    schedule();
    const poll = win.setInterval(
      guard(() => {
        if (win.location.href !== url) {
          observe();
          schedule();
        }
      }),
      W.urlPoll,
    );
    const onScroll = guard(() => {
      if (!observing) {
        observe();
        schedule();
      }
    });
    win.addEventListener('scroll', onScroll, { passive: true });
    win.addEventListener('popstate', onScroll);

    cleanup = () => {
      stopped = true;
      observer.disconnect();
      win.clearInterval(poll);
      win.removeEventListener('scroll', onScroll);
      win.removeEventListener('popstate', onScroll);
    };
  }
}
