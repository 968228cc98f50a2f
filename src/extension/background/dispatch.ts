/**
 * The background's ONE message dispatcher. Since Chrome 144 any listener that returns a Promise
 * answers the message, so several async listeners would race; here one listener validates every
 * message before anything else sees it.
 *
 * Rules (the Security section of ARCHITECTURE.md):
 * - the sender is this extension (`sender.id`);
 * - the message is a plain object of a known type, within a total size, and every list and string
 *   in it is capped; anything else is dropped without an answer;
 * - `cs-bg-*` come from a content script in a tab's top frame, and the page's address is the
 *   sender's (`sender.tab.url`, checked against `sender.url`, both as tab-url.ts judges them: a
 *   `blob:` document as its origin), never anything in the payload;
 * - `ui-bg-*` come only from the extension's own pages (`sender.url` under `runtime.getURL('/')`);
 * - a tab's content-script messages share one budget (rate-limit.ts): past it they are dropped.
 *
 * A hostile page cannot call `runtime.sendMessage` for us at all (no `externally_connectable`);
 * these checks are for everything else: a compromised content script, a forged shape, a bug.
 */
import type { ClaimSource, PageSignals } from '../../core/types';
import type { Message, Responses } from '../messages';
import { isTrainingDemoId, isTrainingPage, type TrainingDemoId } from '../../training/demos';
import { judgedUrl, tabAddress } from './tab-url';

/** Largest message accepted, as JSON characters (well above a full signals batch at the content script's limits). */
export const MAX_MESSAGE_CHARS = 256 * 1024;
export const SIGNAL_CAPS = {
  claimedNames: 50,
  nameChars: 500,
  bylines: 50,
  links: 1000,
  handles: 500,
  urlChars: 4096,
  textChars: 50_000,
} as const;
export const MAX_TARGET_CHARS = 2048;

const CLAIM_SOURCES: readonly ClaimSource[] = ['title', 'og:site_name', 'application-name', 'ld+json', 'logo-alt', 'copyright'];

/** Where a message came from, after validation. */
export type Origin =
  | { kind: 'content'; tabId: number; url: string; tabIndex?: number; windowId?: number }
  | { kind: 'extension'; url: string }
  /** The extension's own training page, shown in a tab (training mode's demos). */
  | { kind: 'training'; tabId: number; url: string };

export interface Handlers {
  signals(origin: Extract<Origin, { kind: 'content' }>, signals: PageSignals): Promise<Responses['cs-bg-signals']>;
  warning(origin: Extract<Origin, { kind: 'content' }>): Promise<Responses['cs-bg-warning']>;
  warningDismissed(origin: Extract<Origin, { kind: 'content' }>): Promise<Responses['cs-bg-warning-dismissed']>;
  openReport(origin: Extract<Origin, { kind: 'content' }>): Promise<Responses['cs-bg-open-report']>;
  tabState(tabId: number): Promise<Responses['ui-bg-tab-state']>;
  judgeTarget(target: string): Promise<Responses['ui-bg-judge-target']>;
  /** Judges the sender's tab as a demo of the fixed table (the handler checks training mode). */
  trainingJudge(origin: Extract<Origin, { kind: 'training' }>, demo: TrainingDemoId): Promise<Responses['ui-bg-training-judge']>;
}

/** The parts of `runtime.MessageSender` we read (both browsers). */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  /** Chrome: `prerender` for a document the browser has not shown yet (speculation rules), `active` once shown. */
  documentLifecycle?: string;
  tab?: { id?: number; url?: string; index?: number; windowId?: number };
}

export interface DispatchEnv {
  /** `browser.runtime.id`. */
  extensionId: string;
  /** `browser.runtime.getURL('/')`, e.g. `chrome-extension://<id>/`. */
  extensionBase: string;
  /** Per-tab budget for content-script messages (rate-limit.ts); none: unlimited. */
  contentBudget?: { allow(tabId: number): boolean };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function hasOnlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).every((k) => keys.includes(k));
}

function stringList(value: unknown, maxItems: number, maxChars: number): value is string[] {
  return Array.isArray(value) && value.length <= maxItems && value.every((v) => typeof v === 'string' && v.length <= maxChars);
}

/** Validates a signals payload: known keys only, every list and string capped. */
export function validSignals(value: unknown): value is PageSignals {
  if (!isPlainObject(value)) return false;
  if (!hasOnlyKeys(value, ['claimedNames', 'bylines', 'links', 'handles', 'text'])) return false;
  const c = SIGNAL_CAPS;
  if (value.claimedNames !== undefined) {
    const names = value.claimedNames;
    if (!Array.isArray(names) || names.length > c.claimedNames) return false;
    for (const n of names) {
      if (!isPlainObject(n) || !hasOnlyKeys(n, ['source', 'value'])) return false;
      if (!CLAIM_SOURCES.includes(n.source as ClaimSource)) return false;
      if (typeof n.value !== 'string' || n.value.length > c.nameChars) return false;
    }
  }
  if (value.bylines !== undefined && !stringList(value.bylines, c.bylines, c.nameChars)) return false;
  if (value.links !== undefined && !stringList(value.links, c.links, c.urlChars)) return false;
  if (value.handles !== undefined && !stringList(value.handles, c.handles, c.urlChars)) return false;
  if (value.text !== undefined && (typeof value.text !== 'string' || value.text.length > c.textChars)) return false;
  return true;
}

function jsonSize(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? Infinity;
  } catch {
    return Infinity;
  }
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/** A content script's origin: a tab's top frame showing an http(s) page. */
function contentOrigin(sender: Sender, env: DispatchEnv): Extract<Origin, { kind: 'content' }> | null {
  const tab = sender.tab;
  if (!tab || typeof tab.id !== 'number' || !Number.isSafeInteger(tab.id) || tab.id < 0) return null;
  // Top frame only: the tab's verdict is about the page, not about its ads and embeds. (Firefox
  // and Chrome both set frameId for content scripts; 0 is the top frame.)
  if (sender.frameId !== undefined && sender.frameId !== 0) return null;
  // A document the browser is not showing (Chrome: prerendered, or in the back/forward cache)
  // speaks for no page in the tab: its `sender.tab.url` is the page shown instead. (A prerendered
  // page's top frame has another frameId until it is shown, then 0; the content script waits.)
  if (sender.documentLifecycle !== undefined && sender.documentLifecycle !== 'active') return null;
  // Chrome's `sender.url` is the document's address when it loaded and does not follow
  // history.pushState; `sender.tab.url` does. pushState cannot leave the document's origin, so the
  // tab's URL is the page's current address when both share an origin; when they do not, the
  // message comes from a document the tab has already navigated away from, and is dropped.
  const docUrl = typeof sender.url === 'string' ? sender.url : tab.url;
  const tabUrl = typeof tab.url === 'string' ? tab.url : docUrl;
  if (typeof tabUrl !== 'string' || typeof docUrl !== 'string' || tabUrl.length > 8192) return null;
  // Both as the background judges them (tab-url.ts): an http(s) page as it is, a blob: document as
  // its origin. Documents with no site of their own (about:blank, data:) are not read: their tab
  // has its creator's verdict.
  const url = judgedUrl(tabAddress(tabUrl));
  const doc = judgedUrl(tabAddress(docUrl));
  if (url === null || doc === null || !sameOrigin(url, doc)) return null;
  if (url.startsWith(env.extensionBase)) return null;
  return { kind: 'content', tabId: tab.id, url, tabIndex: tab.index, windowId: tab.windowId };
}

/** An extension page's origin: `sender.url` under our own base URL. */
function extensionOrigin(sender: Sender, env: DispatchEnv): Extract<Origin, { kind: 'extension' }> | null {
  if (typeof sender.url !== 'string' || !sender.url.startsWith(env.extensionBase)) return null;
  return { kind: 'extension', url: sender.url };
}

/**
 * The training page's origin: `sender.url` is our own `training.html`, in the top frame of a tab
 * (the verdict is stored for that tab, so a popup or another extension page cannot ask for it).
 */
function trainingOrigin(sender: Sender, env: DispatchEnv): Extract<Origin, { kind: 'training' }> | null {
  if (!isTrainingPage(sender.url, env.extensionBase)) return null;
  const tab = sender.tab;
  if (!tab || typeof tab.id !== 'number' || !Number.isSafeInteger(tab.id) || tab.id < 0) return null;
  if (sender.frameId !== undefined && sender.frameId !== 0) return null;
  if (typeof tab.url === 'string' && !isTrainingPage(tab.url, env.extensionBase)) return null;
  return { kind: 'training', tabId: tab.id, url: sender.url as string };
}

/**
 * Validates and routes one message. Returns the answer's Promise, or `undefined` when the message
 * is rejected (the sender then gets no answer at all).
 */
export function dispatch(message: unknown, sender: Sender, env: DispatchEnv, handlers: Handlers): Promise<unknown> | undefined {
  if (!sender || sender.id !== env.extensionId) return undefined;
  if (!isPlainObject(message) || typeof message.type !== 'string') return undefined;
  if (jsonSize(message) > MAX_MESSAGE_CHARS) return undefined;
  const type = message.type as Message['type'];

  if (type.startsWith('cs-bg-')) {
    const origin = contentOrigin(sender, env);
    if (!origin) return undefined;
    if (env.contentBudget && !env.contentBudget.allow(origin.tabId)) return undefined;
    switch (type) {
      case 'cs-bg-signals':
        if (!hasOnlyKeys(message, ['type', 'signals']) || !validSignals(message.signals)) return undefined;
        return handlers.signals(origin, message.signals);
      case 'cs-bg-warning':
        return hasOnlyKeys(message, ['type']) ? handlers.warning(origin) : undefined;
      case 'cs-bg-warning-dismissed':
        return hasOnlyKeys(message, ['type']) ? handlers.warningDismissed(origin) : undefined;
      case 'cs-bg-open-report':
        return hasOnlyKeys(message, ['type']) ? handlers.openReport(origin) : undefined;
      default:
        return undefined;
    }
  }

  if (type.startsWith('ui-bg-')) {
    if (!extensionOrigin(sender, env)) return undefined;
    switch (type) {
      case 'ui-bg-tab-state': {
        const tabId = message.tabId;
        if (!hasOnlyKeys(message, ['type', 'tabId'])) return undefined;
        if (typeof tabId !== 'number' || !Number.isSafeInteger(tabId) || tabId < 0) return undefined;
        return handlers.tabState(tabId);
      }
      case 'ui-bg-judge-target': {
        const target = message.target;
        if (!hasOnlyKeys(message, ['type', 'target'])) return undefined;
        if (typeof target !== 'string' || target.length === 0 || target.length > MAX_TARGET_CHARS) return undefined;
        return handlers.judgeTarget(target);
      }
      case 'ui-bg-training-judge': {
        const origin = trainingOrigin(sender, env);
        if (!origin || !hasOnlyKeys(message, ['type', 'demo']) || !isTrainingDemoId(message.demo)) return undefined;
        return handlers.trainingJudge(origin, message.demo);
      }
      default:
        return undefined;
    }
  }
  return undefined;
}
