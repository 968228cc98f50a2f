/**
 * The background's message validator (src/extension/background/dispatch.ts) on arbitrary input:
 * any JSON or JavaScript value as the message, any sender. Properties:
 * - it never throws, and a rejected message reaches no handler and gets no answer;
 * - what it accepts is exactly a known type with exactly its keys and capped values;
 * - a forged sender is always rejected: another extension, no id, a page asking for `ui-bg-*`, a
 *   sub-frame, a non-web or extension page sending `cs-bg-*`, a tab URL that disagrees with the
 *   document's origin; and the page's address is always the sender's, never the payload's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dispatch,
  MAX_MESSAGE_CHARS,
  SIGNAL_CAPS,
  type DispatchEnv,
  type Handlers,
  type Sender,
} from '../../../src/extension/background/dispatch';

const RUNS = 3000;
const ENV: DispatchEnv = { extensionId: 'our-extension-id', extensionBase: 'chrome-extension://our-extension-id/' };

type Call = { handler: keyof Handlers; args: unknown[] };
function recorder(): { handlers: Handlers; calls: Call[] } {
  const calls: Call[] = [];
  const rec =
    (handler: keyof Handlers) =>
    (...args: unknown[]) => {
      calls.push({ handler, args });
      return Promise.resolve(null as never);
    };
  const handlers = {
    signals: rec('signals'),
    warning: rec('warning'),
    warningDismissed: rec('warningDismissed'),
    openReport: rec('openReport'),
    tabState: rec('tabState'),
    judgeTarget: rec('judgeTarget'),
  } as unknown as Handlers;
  return { handlers, calls };
}

const TYPES = [
  'cs-bg-signals',
  'cs-bg-warning',
  'cs-bg-warning-dismissed',
  'cs-bg-open-report',
  'ui-bg-tab-state',
  'ui-bg-judge-target',
] as const;
const KEYS: Record<(typeof TYPES)[number], string[]> = {
  'cs-bg-signals': ['type', 'signals'],
  'cs-bg-warning': ['type'],
  'cs-bg-warning-dismissed': ['type'],
  'cs-bg-open-report': ['type'],
  'ui-bg-tab-state': ['type', 'tabId'],
  'ui-bg-judge-target': ['type', 'target'],
};

const pageSender = (tabId: number, url: string): Sender => ({
  id: ENV.extensionId,
  url,
  frameId: 0,
  tab: { id: tabId, url, index: 0, windowId: 1 },
});
const uiSender: Sender = { id: ENV.extensionId, url: `${ENV.extensionBase}popup.html` };

/** Arbitrary values, biased towards almost-valid messages. */
const str = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('https://x.com/a', 'http://washingtonpost.pm/', ''));
const nearSignals = fc.record(
  {
    claimedNames: fc.array(
      fc.oneof(fc.record({ source: fc.constantFrom('title', 'og:site_name', 'ld+json', 'bogus'), value: str }), fc.anything()),
      { maxLength: 4 },
    ),
    bylines: fc.array(fc.oneof(str, fc.anything()), { maxLength: 4 }),
    links: fc.oneof(fc.array(str, { maxLength: 4 }), fc.constant(Array(SIGNAL_CAPS.links + 1).fill('https://a.example/')), fc.anything()),
    handles: fc.array(str, { maxLength: 4 }),
    text: fc.oneof(str, fc.constant('t'.repeat(SIGNAL_CAPS.textChars + 1)), fc.integer()),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);
const nearMessage = fc.record(
  {
    type: fc.oneof(
      fc.constantFrom(...TYPES),
      fc.constantFrom('cs-bg-', 'ui-bg-', 'cs-bg-signals ', 'CS-BG-SIGNALS', '__proto__', 'constructor'),
      fc.anything(),
    ),
    signals: fc.oneof(nearSignals, fc.anything()),
    tabId: fc.oneof(fc.integer({ min: -3, max: 1e6 }), fc.double(), fc.constant(Number.MAX_SAFE_INTEGER + 2), fc.anything()),
    target: fc.oneof(str, fc.constant('a'.repeat(3000)), fc.anything()),
    url: fc.constant('http://washingtonpost.com/'),
  },
  { requiredKeys: [] },
);
const anyMessage = fc.oneof(fc.anything(), fc.jsonValue(), nearMessage);
const anySender = fc.oneof(
  fc.anything(),
  fc.constant(uiSender),
  fc.constant(pageSender(5, 'https://news.example/a')),
  fc.record(
    {
      id: fc.oneof(fc.constant(ENV.extensionId), str, fc.constant(undefined)),
      url: fc.oneof(fc.constant(`${ENV.extensionBase}popup.html`), fc.constant('https://news.example/a'), str, fc.constant(undefined)),
      frameId: fc.oneof(fc.constant(0), fc.integer(), fc.constant(undefined)),
      tab: fc.oneof(
        fc.constant(undefined),
        fc.record(
          {
            id: fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.constant(undefined)),
            url: fc.oneof(fc.constant('https://news.example/a'), str, fc.constant(undefined)),
          },
          { requiredKeys: [] },
        ),
      ),
    },
    { requiredKeys: [] },
  ),
);

/** An independent statement of what may be accepted (the contract, not the code). */
function acceptable(message: unknown): boolean {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return false;
  const m = message as Record<string, unknown>;
  if (!TYPES.includes(m.type as never)) return false;
  const keys = KEYS[m.type as (typeof TYPES)[number]];
  if (!Object.keys(m).every((k) => keys.includes(k))) return false;
  if (JSON.stringify(m).length > MAX_MESSAGE_CHARS) return false;
  if (m.type === 'ui-bg-tab-state') return typeof m.tabId === 'number' && Number.isSafeInteger(m.tabId) && m.tabId >= 0;
  if (m.type === 'ui-bg-judge-target') return typeof m.target === 'string' && m.target.length > 0 && m.target.length <= 2048;
  if (m.type === 'cs-bg-signals') {
    const s = m.signals as Record<string, unknown>;
    if (typeof s !== 'object' || s === null || Array.isArray(s)) return false;
    const list = (v: unknown, n: number, c: number) =>
      v === undefined || (Array.isArray(v) && v.length <= n && v.every((x) => typeof x === 'string' && x.length <= c));
    return (
      Object.keys(s).every((k) => ['claimedNames', 'bylines', 'links', 'handles', 'text'].includes(k)) &&
      (s.claimedNames === undefined ||
        (Array.isArray(s.claimedNames) &&
          s.claimedNames.length <= SIGNAL_CAPS.claimedNames &&
          s.claimedNames.every(
            (n) =>
              typeof n === 'object' &&
              n !== null &&
              !Array.isArray(n) &&
              Object.keys(n).every((k) => k === 'source' || k === 'value') &&
              ['title', 'og:site_name', 'application-name', 'ld+json', 'logo-alt', 'copyright'].includes(
                (n as { source: string }).source,
              ) &&
              typeof (n as { value: unknown }).value === 'string' &&
              (n as { value: string }).value.length <= SIGNAL_CAPS.nameChars,
          ))) &&
      list(s.bylines, SIGNAL_CAPS.bylines, SIGNAL_CAPS.nameChars) &&
      list(s.links, SIGNAL_CAPS.links, SIGNAL_CAPS.urlChars) &&
      list(s.handles, SIGNAL_CAPS.handles, SIGNAL_CAPS.urlChars) &&
      (s.text === undefined || (typeof s.text === 'string' && s.text.length <= SIGNAL_CAPS.textChars))
    );
  }
  return true;
}

describe('message validation (dispatch) on arbitrary input', () => {
  it('never throws; rejected messages reach no handler and get no answer', () => {
    fc.assert(
      fc.property(anyMessage, anySender, (message, sender) => {
        const { handlers, calls } = recorder();
        const answer = dispatch(message, sender as Sender, ENV, handlers);
        if (answer === undefined) expect(calls).toEqual([]);
        else expect(calls.length).toBe(1);
      }),
      { numRuns: RUNS },
    );
  });

  it("accepts exactly the well-formed messages (from the right sender), with the sender's address", () => {
    fc.assert(
      fc.property(anyMessage, (message) => {
        const isCs = typeof (message as { type?: unknown })?.type === 'string' && (message as { type: string }).type.startsWith('cs-bg-');
        const sender = isCs ? pageSender(7, 'https://news.example/a') : uiSender;
        const { handlers, calls } = recorder();
        const answer = dispatch(message, sender, ENV, handlers);
        expect(answer !== undefined, JSON.stringify(message)?.slice(0, 300)).toBe(acceptable(message));
        if (answer !== undefined && isCs) {
          const origin = calls[0]!.args[0] as { tabId: number; url: string };
          expect(origin).toMatchObject({ kind: 'content', tabId: 7, url: 'https://news.example/a' });
        }
      }),
      { numRuns: RUNS },
    );
  });

  // Valid messages, to be sent from forged senders.
  const validMessage = fc.oneof(
    fc.constant({ type: 'cs-bg-warning' }),
    fc.constant({ type: 'cs-bg-warning-dismissed' }),
    fc.constant({ type: 'cs-bg-open-report' }),
    fc.record({
      type: fc.constant('cs-bg-signals'),
      signals: fc.record({ links: fc.array(fc.webUrl(), { maxLength: 3 }), text: fc.string() }, { requiredKeys: [] }),
    }),
    fc.record({ type: fc.constant('ui-bg-tab-state'), tabId: fc.nat() }),
    fc.record({ type: fc.constant('ui-bg-judge-target'), target: fc.string({ minLength: 1, maxLength: 100 }) }),
  );
  const forgedSender = fc.oneof(
    // Another extension, or no id at all (a web page via externally_connectable, which we do not declare).
    fc
      .tuple(
        fc.string().filter((s) => s !== ENV.extensionId),
        fc.boolean(),
      )
      .map(([id, ui]) => ({ ...(ui ? uiSender : pageSender(3, 'https://a.example/')), id })),
    fc.constant({ ...uiSender, id: undefined }),
    fc.constant({ ...pageSender(3, 'https://a.example/'), id: undefined }),
    // A page (content script) asking for ui-bg-*: marked, the test below sends only ui-bg-* to it.
    fc.constant({ __ui: true, ...pageSender(3, 'https://a.example/') }),
    fc.webUrl().map((url) => ({ __ui: true, id: ENV.extensionId, url, tab: { id: 1, url } })),
    fc.constant({ __ui: true, id: ENV.extensionId, url: 'chrome-extension://other-id/popup.html' }),
    // cs-bg-* from a sub-frame, without a tab, from a non-web page, from our own pages, bad tab ids,
    // a document that is not the tab's (another origin).
    fc.integer({ min: 1, max: 99 }).map((frameId) => ({ __cs: true, ...pageSender(3, 'https://a.example/'), frameId })),
    fc.constant({ __cs: true, id: ENV.extensionId, url: 'https://a.example/', frameId: 0 }),
    fc
      .constantFrom(
        'file:///etc/passwd',
        'chrome://settings/',
        'about:blank',
        'javascript:1',
        'data:text/html,x',
        `${ENV.extensionBase}report.html`,
      )
      .map((url) => ({ __cs: true, ...pageSender(3, url) })),
    fc
      .oneof(fc.integer({ max: -1 }), fc.double({ noInteger: true }), fc.constant(Number.MAX_SAFE_INTEGER + 2))
      .map((id) => ({ __cs: true, ...pageSender(3, 'https://a.example/'), tab: { id, url: 'https://a.example/' } })),
    fc.constant({ __cs: true, id: ENV.extensionId, url: 'https://evil.example/', frameId: 0, tab: { id: 3, url: 'https://a.example/' } }),
  );

  it('rejects every message from a forged sender', () => {
    fc.assert(
      fc.property(validMessage, forgedSender, (message, forged) => {
        const { __ui, __cs, ...sender } = forged as Sender & { __ui?: boolean; __cs?: boolean };
        if (__ui && !message.type.startsWith('ui-bg-')) return; // only ui-bg-* is forged from a page
        if (__cs && !message.type.startsWith('cs-bg-')) return;
        const { handlers, calls } = recorder();
        expect(dispatch(message, sender, ENV, handlers)).toBeUndefined();
        expect(calls).toEqual([]);
        // The same message from the right sender is accepted: the rejection is the sender's.
        const right = message.type.startsWith('cs-bg-') ? pageSender(3, 'https://a.example/') : uiSender;
        expect(dispatch(message, right, ENV, recorder().handlers)).toBeDefined();
      }),
      { numRuns: RUNS },
    );
  });

  it('a payload never names the page: extra keys such as url or tabId are rejected', () => {
    fc.assert(
      fc.property(
        validMessage,
        fc.constantFrom('url', 'tabId', 'tab', 'sender', 'origin', '__proto__', 'constructor'),
        fc.anything(),
        (message, key, value) => {
          if (key in message && message.type.startsWith('ui-bg-')) return; // tabId is a ui-bg-tab-state key
          const forged = JSON.parse(JSON.stringify(message)) as Record<string, unknown>;
          Object.defineProperty(forged, key, { value, enumerable: true, configurable: true, writable: true });
          const sender = message.type.startsWith('cs-bg-') ? pageSender(3, 'https://a.example/') : uiSender;
          expect(dispatch(forged, sender, ENV, recorder().handlers)).toBeUndefined();
        },
      ),
      { numRuns: RUNS },
    );
  });
});
