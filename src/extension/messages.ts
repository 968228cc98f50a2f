/**
 * The extension's message map: every message between the content script, the extension pages
 * (popup, report, options, explorer) and the background. Names say the direction:
 * `cs-bg-*` content script -> background, `ui-bg-*` extension page -> background.
 *
 * The background has ONE dispatcher (src/extension/background/dispatch.ts) with a validator per
 * type: unknown types and oversized payloads are rejected, the page's address is always taken from
 * the sender (never from the payload), and `ui-bg-*` messages are accepted only from extension pages.
 */
import type { FlaggedTarget, PageSignals, Verdict } from '../core/types';

export interface SignalsMessage {
  type: 'cs-bg-signals';
  signals: PageSignals;
}

export interface TabStateRequest {
  type: 'ui-bg-tab-state';
  tabId: number;
}

export interface JudgeTargetRequest {
  type: 'ui-bg-judge-target';
  target: string;
}

export type Message = SignalsMessage | TabStateRequest | JudgeTargetRequest;

/** What the background remembers about a tab (in storage.session, so a restarted worker keeps it). */
export interface TabState {
  tabId: number;
  url: string;
  /** `url`: judged from the address alone; `page`: refined with the page's signals. */
  phase: 'url' | 'page';
  verdict: Verdict;
  /** What was examined on the page, for the "what Unmask checked" explanation. */
  checked?: { claimedNames: PageSignals['claimedNames']; links: number; handles: number; text: number };
  /** Flagged links and accounts found on the page. */
  flagged: FlaggedTarget[];
  /** The user trusts this site: it is judged `none`. */
  allowlisted: boolean;
  judgedAt: number;
  listsVersion: string;
}

export interface Responses {
  'cs-bg-signals': { markers: FlaggedTarget[] };
  'ui-bg-tab-state': TabState | null;
  'ui-bg-judge-target': { ok: true; verdict: Verdict } | { ok: false; error: string };
}
