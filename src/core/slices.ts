/**
 * Work done in slices of a few milliseconds, for a running worker that must keep answering while
 * it builds something large (new lists swapped in): the loop asks `due()` every few items, and
 * awaits a pause (another task's turn: a verdict, a message) when its slice is used up. Slices
 * are measured in time, not items, so that a slow or busy machine takes more pauses rather than
 * longer ones.
 */

/** About this long between two pauses: far below the 50 ms a task may hold a worker. */
export const SLICE_MS = 8;

export interface Slices {
  /** True when this slice has run its time: the caller pauses, and the next slice starts. */
  due(): boolean;
  /** Awaits the pause when the slice has run its time; else nothing. */
  maybePause(): Promise<void> | undefined;
}

/**
 * Work written as a generator: it yields every few items, where a caller may pause. `runAll`
 * runs it to the end at once (createEngine); `runInSlices` pauses when a slice is used up
 * (createEngineInSteps). The same code builds the same index either way.
 */
export type Steps<T> = Generator<void, T, void>;

/** Every few items: true on every `every`-th call (a power of two), when a caller may pause. */
export const stepDue = (i: number, every = 64): boolean => (i & (every - 1)) === every - 1;

export function runAll<T>(steps: Steps<T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

export async function runInSlices<T>(steps: Steps<T>, slice: Slices): Promise<T> {
  let r = steps.next();
  while (!r.done) {
    await slice.maybePause();
    r = steps.next();
  }
  return r.value;
}

export function slices(pause: () => Promise<void>, budgetMs: number = SLICE_MS): Slices {
  const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
  let start = now();
  const due = (): boolean => {
    const t = now();
    if (t - start < budgetMs) return false;
    start = t;
    return true;
  };
  return {
    due,
    maybePause: () => (due() ? pause().then(() => void (start = now())) : undefined),
  };
}

/**
 * Resolves in a task of its own, after the tasks already queued (a verdict, a message, the tab
 * event that woke a worker). A message to itself rather than a timer: "Update now" runs in the
 * options page, which may be a hidden tab, and browsers run a hidden tab's timers about once a
 * second at most (messages are not held).
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
