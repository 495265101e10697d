import { describe, expect, it } from 'vitest';
import { denseDepths } from './denseDepths';
import { twoGoalCells } from './testFan';
import { windowOf } from './zoomWindow';

// root → 2 goals → 5 each → 5 each: 2, 10 and 50 sectors in rings 1–3.
const cells = twoGoalCells();
/** Ring k's middle at 100k px: 628 px around ring 1, 1,257 ring 2, 1,885 ring 3. */
const mid = (ring: number) => 100 * ring;

describe('denseDepths', () => {
  it('marks the rings whose sectors average narrower than the minimum', () => {
    // Ring 3: 1,885 px / 50 ≈ 38 px a sector; ring 2: 126 px.
    expect([...denseDepths(cells, windowOf(cells[0]), 3, mid, 40)]).toEqual([3]);
    expect([...denseDepths(cells, windowOf(cells[0]), 3, mid, 30)]).toEqual([]);
    expect([...denseDepths(cells, windowOf(cells[0]), 3, mid, 200)].sort()).toEqual([2, 3]);
  });
  it('marks the first ring too when it is dense (sunburstLayers decides when it is SVG)', () => {
    expect([...denseDepths(cells, windowOf(cells[0]), 3, mid, 10_000)].sort()).toEqual([1, 2, 3]);
  });
  it('counts only what the zoom shows, in the zoomed ring’s own size', () => {
    const goal = windowOf(cells.find((c) => c.id === '1')!);
    // Under goal 1: 25 sectors in its second ring (1,257 px / 25 ≈ 50 px).
    expect([...denseDepths(cells, goal, 2, mid, 60)]).toEqual([3]);
    expect([...denseDepths(cells, goal, 2, mid, 40)]).toEqual([]);
    // Rings past the ones shown are not counted.
    expect([...denseDepths(cells, windowOf(cells[0]), 2, mid, 40)]).toEqual([]);
  });
});
