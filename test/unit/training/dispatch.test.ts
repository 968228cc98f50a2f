/**
 * The training message through the background's one dispatcher: accepted only from our own
 * training page in a tab's top frame, with a demo id from the fixed table and no other key. The
 * tab is the sender's; no address from the message is ever used (there is no field for one).
 */
import { describe, expect, it } from 'vitest';
import { dispatch, type DispatchEnv, type Handlers, type Sender } from '../../../src/extension/background/dispatch';

const ENV: DispatchEnv = { extensionId: 'our-id', extensionBase: 'chrome-extension://our-id/' };
const PAGE = `${ENV.extensionBase}training.html?demo=clone`;

function recorder() {
  const calls: { handler: string; args: unknown[] }[] = [];
  const handlers = new Proxy(
    {},
    {
      get:
        (_t, handler: string) =>
        (...args: unknown[]) => {
          calls.push({ handler, args });
          return Promise.resolve({ ok: true, level: 'high' });
        },
    },
  ) as Handlers;
  return { handlers, calls };
}

const trainingSender = (over: Partial<Sender> = {}): Sender => ({
  id: ENV.extensionId,
  url: PAGE,
  frameId: 0,
  tab: { id: 12, url: PAGE, index: 0, windowId: 1 },
  ...over,
});

describe('ui-bg-training-judge', () => {
  it('from the training page: routed with the sender tab and the demo id', async () => {
    const { handlers, calls } = recorder();
    const answer = dispatch({ type: 'ui-bg-training-judge', demo: 'clone' }, trainingSender(), ENV, handlers);
    expect(answer).toBeDefined();
    await answer;
    expect(calls).toEqual([{ handler: 'trainingJudge', args: [{ kind: 'training', tabId: 12, url: PAGE }, 'clone'] }]);
  });

  it('rejects content scripts (a web page in a tab), whatever they send', () => {
    const { handlers, calls } = recorder();
    const url = 'https://washingtonpost.pm/';
    const sender: Sender = { id: ENV.extensionId, url, frameId: 0, tab: { id: 3, url } };
    expect(dispatch({ type: 'ui-bg-training-judge', demo: 'clone' }, sender, ENV, handlers)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('rejects other extension pages, frames, another extension, and a page without a tab', () => {
    const { handlers, calls } = recorder();
    const msg = { type: 'ui-bg-training-judge', demo: 'clone' };
    const popup = `${ENV.extensionBase}popup.html`;
    const rejected: Sender[] = [
      trainingSender({ url: popup, tab: { id: 12, url: popup } }),
      { id: ENV.extensionId, url: popup },
      trainingSender({ frameId: 3 }),
      trainingSender({ id: 'another-extension' }),
      trainingSender({ tab: undefined }),
      trainingSender({ tab: { id: -1, url: PAGE } }),
      // A training page framed inside a web page's tab.
      trainingSender({ tab: { id: 12, url: 'https://evil.example/' } }),
      trainingSender({ url: 'chrome-extension://other-id/training.html?demo=clone' }),
    ];
    for (const sender of rejected) expect(dispatch(msg, sender, ENV, handlers)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('rejects unknown demo ids and extra keys (no address can ride along)', () => {
    const { handlers, calls } = recorder();
    const bad = [
      { type: 'ui-bg-training-judge', demo: 'evil' },
      { type: 'ui-bg-training-judge', demo: 'https://washingtonpost.pm/' },
      { type: 'ui-bg-training-judge', demo: '__proto__' },
      { type: 'ui-bg-training-judge', demo: 'Clone' },
      { type: 'ui-bg-training-judge', demo: ['clone'] },
      { type: 'ui-bg-training-judge' },
      { type: 'ui-bg-training-judge', demo: 'clone', url: 'https://example.org/' },
      { type: 'ui-bg-training-judge', demo: 'clone', signals: { text: 'x' } },
    ];
    for (const message of bad) expect(dispatch(message, trainingSender(), ENV, handlers)).toBeUndefined();
    expect(calls).toEqual([]);
  });
});

describe('ui-bg-training-judge on arbitrary input (fast-check)', () => {
  it('reaches the handler only with exactly {type, demo: <known id>} from the training page in a tab', async () => {
    const { default: fc } = await import('fast-check');
    const { TRAINING_DEMO_IDS } = await import('../../../src/training/demos');
    const demo = fc.oneof(
      fc.constantFrom(...TRAINING_DEMO_IDS),
      fc.constantFrom('evil', '', 'CLONE', 'https://washingtonpost.pm/'),
      fc.anything(),
    );
    const message = fc.oneof(
      fc.record({ type: fc.constant('ui-bg-training-judge'), demo }, { requiredKeys: ['type'] }),
      fc.record({ type: fc.constant('ui-bg-training-judge'), demo, url: fc.string(), tabId: fc.integer() }, { requiredKeys: [] }),
      fc.anything(),
    );
    const url = fc.constantFrom(
      PAGE,
      `${ENV.extensionBase}training.html`,
      `${ENV.extensionBase}popup.html`,
      'https://news.example/',
      'chrome-extension://x/training.html',
    );
    const sender = fc.oneof(
      fc.record({
        id: fc.constantFrom(ENV.extensionId, 'other'),
        url,
        frameId: fc.constantFrom(0, 1, undefined),
        tab: fc.option(fc.record({ id: fc.oneof(fc.integer({ min: -2, max: 50 }), fc.double()), url }), { nil: undefined }),
      }),
      fc.anything(),
    );
    fc.assert(
      fc.property(message, sender, (m, s) => {
        const { handlers, calls } = recorder();
        const answer = dispatch(m, s as Sender, ENV, handlers);
        const msg = m as Record<string, unknown>;
        const snd = s as Sender;
        const valid =
          typeof msg === 'object' &&
          msg !== null &&
          !Array.isArray(msg) &&
          [Object.prototype, null].includes(Object.getPrototypeOf(msg)) &&
          msg.type === 'ui-bg-training-judge' &&
          Object.keys(msg).every((k) => k === 'type' || k === 'demo') &&
          (TRAINING_DEMO_IDS as readonly unknown[]).includes(msg.demo) &&
          typeof snd === 'object' &&
          snd !== null &&
          snd.id === ENV.extensionId &&
          typeof snd.url === 'string' &&
          snd.url.startsWith(`${ENV.extensionBase}training.html`) &&
          (snd.frameId === undefined || snd.frameId === 0) &&
          typeof snd.tab?.id === 'number' &&
          Number.isSafeInteger(snd.tab.id) &&
          snd.tab.id >= 0 &&
          (snd.tab.url === undefined || snd.tab.url.startsWith(`${ENV.extensionBase}training.html`));
        expect(answer !== undefined).toBe(valid);
        expect(calls.length).toBe(valid ? 1 : 0);
        if (valid)
          expect(calls[0]).toEqual({ handler: 'trainingJudge', args: [{ kind: 'training', tabId: snd.tab!.id, url: snd.url }, msg.demo] });
      }),
      { numRuns: 3000 },
    );
  });
});
