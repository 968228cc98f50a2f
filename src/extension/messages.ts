/**
 * The extension's message map: every message between the content script, the extension pages
 * (popup, report, options, explorer) and the background. Names say the direction:
 * `cs-bg-*` content script -> background, `ui-bg-*` extension page -> background.
 *
 * The background has ONE dispatcher (src/extension/background/dispatch.ts) with a validator per
 * type: unknown types and oversized payloads are rejected, the page's address is always taken from
 * the sender (never from the payload), and `ui-bg-*` messages are accepted only from extension pages.
 */
import type { TabState } from '../core/tab-state';
import type { FlaggedTarget, Level, PageSignals, Verdict } from '../core/types';
import type { Lang, SummaryMessage } from '../core/i18n/types';

export interface SignalsMessage {
  type: 'cs-bg-signals';
  signals: PageSignals;
}

/**
 * The in-page warning bar (injected by the background only on pages at or above the user's
 * warning level) asks what to show for its own tab; `null` means "remove yourself".
 */
export interface WarningRequest {
  type: 'cs-bg-warning';
}

/** The person dismissed the warning bar: remembered for this tab and host for the session. */
export interface WarningDismissed {
  type: 'cs-bg-warning-dismissed';
}

/**
 * "Open the full report" in the warning bar. Pages cannot open extension URLs (and our pages are
 * deliberately not web-accessible), so the background opens `report.html?tab=<sender's tab>`.
 */
export interface OpenReportRequest {
  type: 'cs-bg-open-report';
}

/**
 * What the warning bar shows: the level (for its colour), the level in words as the popup names it
 * (`levelName` in src/ui/view-model.ts), and the first finding's sentence.
 */
export interface WarningInfo {
  level: Exclude<Level, 'none'>;
  levelName: string;
  /** The finding's English sentence (its `summary`): the headline in English, and the fallback. */
  headline: string;
  /**
   * The finding's sentence as data, when the extension speaks another language than English: the
   * bar renders it with that language's catalogue, which the background injects before the bar
   * (`sentenceScript`), so that no catalogue is carried by the background itself. Its parameters
   * are the sentence's own words (every language shows every parameter), nothing more.
   */
  sentence?: { lang: Exclude<Lang, 'en'>; message: SummaryMessage };
  /**
   * The bar's own words by message key, when the options chose a language other than the
   * browser's (the bar's `getMessage` can only speak the browser's).
   */
  words?: Record<string, string>;
}

/**
 * A link marker as the content script gets it: the link and its level, nothing else (no sentence,
 * no campaign: what the content script holds, a page's own process holds).
 */
export interface PageMarker {
  href: string;
  level: FlaggedTarget['level'];
  /**
   * The level in words, when the options chose a language other than the browser's (the content
   * script's `getMessage` speaks the browser's): the same words the badge and the bar use.
   */
  words?: string;
}

export interface TabStateRequest {
  type: 'ui-bg-tab-state';
  tabId: number;
}

export interface JudgeTargetRequest {
  type: 'ui-bg-judge-target';
  target: string;
}

/**
 * The training page (`training.html?demo=<id>`, shown only in training mode) asks the background to
 * judge its own tab as the demo's simulated address. Only the demo id travels: the address and the
 * page signals come from the background's fixed table (src/training/demos.ts), and the tab is the
 * sender's.
 */
export interface TrainingJudgeRequest {
  type: 'ui-bg-training-judge';
  demo: string;
}

export type Message =
  TrainingJudgeRequest | SignalsMessage | WarningRequest | WarningDismissed | OpenReportRequest | TabStateRequest | JudgeTargetRequest;

/** What the background remembers about a tab: defined with its pure builder (src/core/tab-state.ts). */
export type { TabState };

export interface Responses {
  /**
   * `markers` is empty unless the user turned link markers on (and never holds links flagged only
   * by the person's own lists unless they opted in: background/page-marks.ts). `wantText`: the text heuristics are
   * on and this page's text has not been seen; the content script then sends its text sample in
   * one more `cs-bg-signals` message (`{ text }`). Pages' prose is read and sent only then.
   * `watch`: the page is on a single-page app or a feed (background/dynamic-sites.ts): the content
   * script follows its navigation and new content.
   */
  'cs-bg-signals': { markers: PageMarker[]; wantText?: true; watch?: true };
  'cs-bg-warning': WarningInfo | null;
  'cs-bg-warning-dismissed': { ok: true };
  'cs-bg-open-report': { ok: boolean };
  'ui-bg-tab-state': TabState | null;
  'ui-bg-judge-target': { ok: true; verdict: Verdict } | { ok: false; error: string };
  /** `ok: false` when training mode is off. */
  'ui-bg-training-judge': { ok: true; level: Level } | { ok: false };
}
