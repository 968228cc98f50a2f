/**
 * "Check a source" from an extension page: asks the background, which judges with the engine it
 * already holds and the user's settings (`ui-bg-judge-target`). Shared by the popup and the explorer.
 */
import { browser } from 'wxt/browser';
import type { JudgeTargetRequest, Responses } from '../extension/messages';

export type JudgeTargetReply = Responses['ui-bg-judge-target'];

/** Never throws: a missing answer (background starting, message refused) is an error reply. */
export async function requestJudgeTarget(target: string, noAnswer: string): Promise<JudgeTargetReply> {
  const request: JudgeTargetRequest = { type: 'ui-bg-judge-target', target };
  try {
    const reply = (await browser.runtime.sendMessage(request)) as JudgeTargetReply | undefined;
    if (reply && typeof reply === 'object' && (reply.ok === true ? typeof reply.verdict === 'object' : typeof reply.error === 'string'))
      return reply;
    return { ok: false, error: noAnswer };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : noAnswer };
  }
}
