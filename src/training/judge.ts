/**
 * Judges a training demo with the real engine and builds the TabState the popup and the report
 * read, exactly as the background builds one for a real page (same verdict, same flagged links,
 * same "what Unmask checked"), plus the `training` marker that makes both say "Training example".
 *
 * Pure: the background passes its engine and settings in; Node tests pass the engine built from
 * public/unmask-index.json.
 */
import { buildTabState, type TabState } from '../core/tab-state';
import type { Engine } from '../core/types';
import { isTrainingDemoId, trainingDemos, trainingJudgeOptions, type DemoWord } from './demos';

/**
 * The TabState for `demoId` shown in `tabId`, or null when training mode is off or the id is not
 * one of ours (the dispatcher already drops unknown ids; this is the second lock). `say`: the demo
 * page's words (its title and text) in the reader's language; English without it.
 */
export function judgeTrainingDemo(
  engine: Engine,
  settings: { readonly trainingMode: boolean },
  demoId: unknown,
  tabId: number,
  now: Date = new Date(),
  say?: (key: DemoWord) => string,
): TabState | null {
  if (settings.trainingMode !== true || !isTrainingDemoId(demoId)) return null;
  const demo = trainingDemos(say)[demoId];
  // A demo is judged with no allowlist, so `allowlisted` is false, as the popup expects of it.
  return buildTabState(engine, {
    tabId,
    url: demo.url,
    signals: demo.signals,
    options: trainingJudgeOptions(demo, now),
    now: now.getTime(),
    training: { demo: demoId },
  });
}
