/**
 * Judges a training demo with the real engine and builds the TabState the popup and the report
 * read, exactly as the background builds one for a real page (same verdict, same flagged links,
 * same "what Unmask checked"), plus the `training` marker that makes both say "Training example".
 *
 * Pure: the background passes its engine and settings in; Node tests pass the engine built from
 * public/unmask-index.json.
 */
import type { Engine } from '../core/types';
import type { TabState } from '../extension/messages';
import type { Settings } from '../extension/settings';
import { isTrainingDemoId, TRAINING_DEMOS, trainingJudgeOptions } from './demos';

/**
 * The TabState for `demoId` shown in `tabId`, or null when training mode is off or the id is not
 * one of ours (the dispatcher already drops unknown ids; this is the second lock).
 */
export function judgeTrainingDemo(
  engine: Engine,
  settings: Pick<Settings, 'trainingMode'>,
  demoId: unknown,
  tabId: number,
  now: Date = new Date(),
): TabState | null {
  if (settings.trainingMode !== true || !isTrainingDemoId(demoId)) return null;
  const demo = TRAINING_DEMOS[demoId];
  const options = trainingJudgeOptions(demo, now);
  const verdict = engine.judge(demo.url, demo.signals, options);
  const hrefs = [...(demo.signals.links ?? []), ...(demo.signals.handles ?? [])];
  const seen = new Set<string>();
  const flagged = hrefs.length
    ? engine.flagged(hrefs, options, demo.url).filter((f) => (seen.has(f.href) ? false : (seen.add(f.href), true)))
    : [];
  return {
    tabId,
    url: demo.url,
    phase: 'page',
    verdict,
    checked: {
      claimedNames: demo.signals.claimedNames ?? [],
      links: demo.signals.links?.length ?? 0,
      handles: demo.signals.handles?.length ?? 0,
      text: demo.signals.text?.length ?? 0,
    },
    flagged,
    allowlisted: false,
    judgedAt: now.getTime(),
    listsVersion: engine.lists.version,
    training: { demo: demoId },
  };
}
