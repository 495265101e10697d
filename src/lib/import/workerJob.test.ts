import { describe, expect, it } from 'vitest';
import { workerJob } from './workerJob';

type Message = { type: 'progress'; done: number } | { type: 'done'; text: string } | { type: 'error'; problem: string };

/** A stand-in for a Worker (Node has none): the test answers for it. */
function fakeWorker() {
  const w = {
    sent: [] as unknown[],
    ended: false,
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null as (() => void) | null,
    postMessage(m: unknown) {
      w.sent.push(m);
    },
    terminate() {
      w.ended = true;
    },
    say(data: Message) {
      w.onmessage?.({ data } as MessageEvent);
    },
  };
  return w;
}

const start = (w: ReturnType<typeof fakeWorker>, progress: number[] = []) =>
  workerJob<string, Message>({
    start: () => w as unknown as Worker,
    send: (worker) => worker.postMessage('読んで'),
    answer: (m) => {
      if (m.type === 'progress') return void progress.push(m.done);
      return m.type === 'done' ? { done: m.text } : { failed: new Error(m.problem) };
    },
    fail: (why) => new Error(why),
  });

describe('workerJob', () => {
  it('sends the request, passes progress on, and ends the worker with the result', async () => {
    const w = fakeWorker();
    const progress: number[] = [];
    const job = start(w, progress);
    await Promise.resolve();
    expect(w.sent).toEqual(['読んで']);
    w.say({ type: 'progress', done: 1 });
    expect(w.ended).toBe(false);
    w.say({ type: 'done', text: '本文' });
    await expect(job.result).resolves.toBe('本文');
    expect([progress, w.ended]).toEqual([[1], true]);
  });

  it('a refusal, a crash and a cancel each end the worker and reject once', async () => {
    const refused = fakeWorker();
    const a = start(refused);
    refused.say({ type: 'error', problem: 'encrypted' });
    await expect(a.result).rejects.toThrow('encrypted');
    const crashed = fakeWorker();
    const b = start(crashed);
    crashed.onerror?.();
    await expect(b.result).rejects.toThrow('crashed');
    const stopped = fakeWorker();
    const c = start(stopped);
    c.cancel();
    stopped.say({ type: 'done', text: '遅れて来た' });
    await expect(c.result).rejects.toThrow('cancelled');
    expect([refused.ended, crashed.ended, stopped.ended]).toEqual([true, true, true]);
  });
});
