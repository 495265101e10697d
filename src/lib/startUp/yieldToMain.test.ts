import { describe, expect, it } from 'vitest';
import { yieldToMain } from './yieldToMain';

describe('yieldToMain', () => {
  it("uses the browser's scheduler.yield where there is one", async () => {
    const calls: unknown[] = [];
    const scheduler = {
      yield(this: unknown) {
        calls.push(this);
        return Promise.resolve();
      },
    };
    await yieldToMain({ scheduler });
    expect(calls).toEqual([scheduler]);
  });

  it('otherwise resumes in a later task, not in a microtask of this one', async () => {
    const order: string[] = [];
    const yielded = yieldToMain({}).then(() => order.push('resumed'));
    // A timer queued now is a task: a microtask-only yield would resume before it.
    await Promise.resolve().then(() => order.push('microtask'));
    await yielded;
    expect(order).toEqual(['microtask', 'resumed']);
  });
});
