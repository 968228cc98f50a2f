/**
 * What the background remembers about a tab, and the one pure function that builds it from an
 * engine's verdict. Both the background (a real page) and training mode (a demo) use it, so the
 * popup and the report read the same shape whichever made it. No browser APIs: Node tests and
 * the training page import it as they are.
 */
import type { Engine, FlaggedTarget, JudgeOptions, PageSignals, Verdict } from './types';

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
  /**
   * The person trusts this site or account: it is judged `none` (`verdict.trusted` keeps what the
   * lists say about it, for the popup and the report).
   */
  allowlisted: boolean;
  judgedAt: number;
  listsVersion: string;
  /**
   * Set only for a training demo (src/training/demos.ts): `url` is then the address the demo
   * simulates, not the tab's, and the popup and the report say "Training example".
   */
  training?: { demo: string };
}

export interface TabStateInput {
  tabId: number;
  url: string;
  /** The page's signals; without them the tab is judged from its address alone (`phase: 'url'`). */
  signals?: PageSignals;
  options: JudgeOptions;
  /** Milliseconds since the epoch, stored as `judgedAt`. */
  now: number;
  training?: { demo: string };
}

/** Judges `url` (with the page's signals, if any) and builds the tab's state from the verdict. */
export function buildTabState(engine: Engine, input: TabStateInput): TabState {
  const { tabId, url, signals, options } = input;
  const verdict = engine.judge(url, signals, options);
  const hrefs = signals ? [...(signals.links ?? []), ...(signals.handles ?? [])] : [];
  const flagged = hrefs.length ? dedupeFlagged(engine.flagged(hrefs, options, url)) : [];
  return {
    tabId,
    url,
    phase: signals ? 'page' : 'url',
    verdict,
    ...(signals
      ? {
          checked: {
            claimedNames: signals.claimedNames ?? [],
            links: signals.links?.length ?? 0,
            handles: signals.handles?.length ?? 0,
            text: signals.text?.length ?? 0,
          },
        }
      : {}),
    flagged,
    // The engine says it (Verdict.trusted): the one place that knows site and account entries.
    allowlisted: verdict.trusted !== undefined,
    judgedAt: input.now,
    listsVersion: engine.lists.version,
    ...(input.training ? { training: input.training } : {}),
  };
}

function dedupeFlagged(list: FlaggedTarget[]): FlaggedTarget[] {
  const seen = new Set<string>();
  return list.filter((f) => (seen.has(f.href) ? false : (seen.add(f.href), true)));
}
