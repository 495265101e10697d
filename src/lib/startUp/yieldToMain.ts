/**
 * Gives the browser its turn: what follows runs in a task of its own, after input, paint and
 * other pending work. The app's start-up after a plan page's first paint is cut into pieces
 * with it, so no task of ours blocks a tap for long (a phone runs our code about 4× slower
 * than a laptop; a task over 50 ms there is a "long task" a reader feels).
 */
interface Scheduler {
  yield(): Promise<void>;
}

/** `scheduler.yield()` where the browser has it (its continuation goes before other pages' tasks), else a message to ourselves. */
export function yieldToMain(
  scope: { scheduler?: Partial<Scheduler> } = globalThis as { scheduler?: Partial<Scheduler> },
): Promise<void> {
  const yielding = scope.scheduler?.yield;
  if (typeof yielding === 'function') return yielding.call(scope.scheduler);
  // A MessageChannel message is a new task at once; setTimeout(0) waits ≥ 4 ms once nested, and long in a background tab.
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (channel.port1.close(), resume());
    channel.port2.postMessage(null);
  });
}
