/**
 * One job in a Web Worker started for it and ended with it: the one way the app's file readers
 * (office files, PDFs) start, answer and cancel a worker. The worker is ended when the job is
 * done, refused, cancelled, or the worker crashes; the result settles once.
 */
export interface WorkerJob<T> {
  result: Promise<T>;
  /** Stops at once (the worker is ended); result rejects with fail('cancelled'). */
  cancel: () => void;
}

/** What a message from the worker means: the result, a refusal, or nothing (progress, or not ours). */
export type Answer<T> = { done: T } | { failed: unknown } | undefined | void;

export interface WorkerJobOptions<T, M> {
  /** Starts the worker (`new Worker(new URL(…, import.meta.url))` stays at the call site, where the bundler finds it). */
  start: () => Worker;
  /** Posts the request (after reading what it needs); if it rejects, the job fails as 'crashed'. */
  send: (worker: Worker) => Promise<void> | void;
  answer: (message: M) => Answer<T>;
  /** The error a crashed worker or a cancelled job rejects with. */
  fail: (why: 'crashed' | 'cancelled') => unknown;
}

export function workerJob<T, M>({ start, send, answer, fail }: WorkerJobOptions<T, M>): WorkerJob<T> {
  const worker = start();
  let settle: { resolve: (v: T) => void; reject: (e: unknown) => void } | null = null;
  const result = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  const end = (how: (s: NonNullable<typeof settle>) => void) => {
    worker.terminate();
    if (settle) how(settle);
    settle = null;
  };
  worker.onmessage = (e: MessageEvent<M>) => {
    const a = answer(e.data);
    if (a && 'done' in a) end((s) => s.resolve(a.done));
    else if (a && 'failed' in a) end((s) => s.reject(a.failed));
  };
  worker.onerror = () => end((s) => s.reject(fail('crashed')));
  Promise.resolve()
    .then(() => send(worker))
    .catch(() => end((s) => s.reject(fail('crashed'))));
  return { result, cancel: () => end((s) => s.reject(fail('cancelled'))) };
}
