import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TAKE_OVER_WAIT_MS, acceptUpdate, type WorkerLike } from './takeOver';

/** A service worker as the page sees it: its state, and what it was sent. */
class Worker extends EventTarget implements WorkerLike {
  sent: unknown[] = [];
  constructor(public state: ServiceWorkerState) {
    super();
  }
  postMessage(message: unknown): void {
    this.sent.push(message);
  }
  become(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

/** A page: its worker container, its reloads and the nudges it gave. */
function page() {
  const p = {
    container: new EventTarget(),
    reloads: 0,
    nudges: 0,
    reload: () => void p.reloads++,
    nudge: () => void p.nudges++,
  };
  return p;
}
/** A page whose reader accepted the new version waiting in `next`. */
function accepted() {
  const next = new Worker('installed');
  const p = page();
  acceptUpdate(next, p);
  return { next, p };
}
const controllerChange = (p: ReturnType<typeof page>) => p.container.dispatchEvent(new Event('controllerchange'));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('an accepted update', () => {
  it('asks the waiting worker once and reloads once, when the new worker takes the page over', () => {
    const { next, p } = accepted();
    expect(next.sent).toEqual([{ type: 'skipWaiting' }]);
    expect(p.reloads).toBe(0);
    next.become('activating');
    controllerChange(p);
    next.become('activated');
    vi.advanceTimersByTime(TAKE_OVER_WAIT_MS * 3);
    expect(p.reloads).toBe(1);
    expect(p.nudges).toBe(0);
    expect(next.sent).toHaveLength(1);
  });

  it('reloads as soon as the new worker is active, even before it claims the page', () => {
    const { next, p } = accepted();
    next.become('activating');
    expect(p.reloads).toBe(0);
    next.become('activated');
    expect(p.reloads).toBe(1);
    controllerChange(p);
    expect(p.reloads).toBe(1);
  });

  it('when the browser leaves the new worker waiting, nudges it once after a moment, and reloads only when it takes over', () => {
    const { next, p } = accepted();
    vi.advanceTimersByTime(TAKE_OVER_WAIT_MS - 1);
    expect(p.nudges).toBe(0);
    vi.advanceTimersByTime(1);
    expect(p.nudges).toBe(1);
    expect(p.reloads).toBe(0);
    vi.advanceTimersByTime(TAKE_OVER_WAIT_MS * 10);
    expect(p.nudges).toBe(1);
    next.become('activating');
    controllerChange(p);
    expect(p.reloads).toBe(1);
  });

  it('accepted in another tab first: this tab reloads at once (no ask, no wait)', () => {
    for (const state of ['activated', 'redundant'] as const) {
      const next = new Worker(state);
      const p = page();
      acceptUpdate(next, p);
      expect(p.reloads).toBe(1);
      expect(next.sent).toEqual([]);
    }
  });

  it('does not nudge a switch already under way', () => {
    const { next, p } = accepted();
    next.become('activating');
    vi.advanceTimersByTime(TAKE_OVER_WAIT_MS);
    expect(p.nudges).toBe(0);
  });
});
