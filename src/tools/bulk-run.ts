/**
 * Judges a long list without freezing the page: chunks of `chunkSize` targets, then a yield to the
 * event loop (so input, paint and the Cancel button run), progress after each chunk, and a stop as
 * soon as the signal is aborted. Pure: the engine and the yield are given, so Node tests run it.
 */
import type { Engine, JudgeOptions } from '../core/types';
import { TargetError } from '../core/engine';
import type { BulkTarget } from './bulk-input';
import type { BulkRow } from './bulk-rows';

export interface BulkRunOptions {
  chunkSize?: number;
  judgeOptions?: JudgeOptions;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, rows: readonly BulkRow[]) => void;
  /** Gives the event loop a turn; default `setTimeout(0)`. */
  yieldNow?: () => Promise<void>;
}

/**
 * A macrotask, so the browser can paint and run input between chunks. Not `scheduler.yield()`: its
 * continuation runs ahead of other tasks, and in Chromium a long run starved rendering and the
 * automation's clicks until it ended (seen in the real-browser Cancel test). Not rAF either: it
 * stops in a background tab, and the run must go on when the person switches tabs.
 */
export const defaultYield = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function judgeOne(engine: Engine, target: BulkTarget, options?: JudgeOptions): BulkRow {
  try {
    return { line: target.line, target: target.value, verdict: engine.judgeTarget(target.value, options) };
  } catch (error) {
    const row: BulkRow = { line: target.line, target: target.value, error: error instanceof Error ? error.message : String(error) };
    if (error instanceof TargetError && error.sentence !== undefined) row.errorSentence = error.sentence;
    return row;
  }
}

/** Resolves with every row judged so far; `cancelled` when the signal stopped it early. */
export async function runBulk(
  engine: Engine,
  targets: readonly BulkTarget[],
  options: BulkRunOptions = {},
): Promise<{ rows: BulkRow[]; cancelled: boolean }> {
  const chunk = Math.max(1, options.chunkSize ?? 200);
  const yieldNow = options.yieldNow ?? defaultYield;
  const rows: BulkRow[] = [];
  for (let i = 0; i < targets.length; i += chunk) {
    if (options.signal?.aborted) return { rows, cancelled: true };
    for (const target of targets.slice(i, i + chunk)) rows.push(judgeOne(engine, target, options.judgeOptions));
    options.onProgress?.(rows.length, targets.length, rows);
    await yieldNow();
  }
  return { rows, cancelled: Boolean(options.signal?.aborted) && rows.length < targets.length };
}
