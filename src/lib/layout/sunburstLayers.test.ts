import { describe, expect, it } from 'vitest';
import { twoGoalCells } from './testFan';
import { sunburstLayers } from './sunburstLayers';
import { windowOf, type ZoomWindow } from './zoomWindow';

// root → 2 goals → 5 each → 5 each.
const cells = twoGoalCells();
const root = windowOf(cells[0]);
const goal1 = windowOf(cells.find((c) => c.id === '1')!);
const ids = (xs: { c: { id: string } }[]) => xs.map((x) => x.c.id);
const opts = { rings: 2, hole: 50, ring: 100, big: true, dense: new Set<number>(), settled: true, focusId: 'root' };
const halfway: ZoomWindow = { x0: 0, x1: 0.75, depth: 0.5 };

describe('sunburstLayers', () => {
  it('keeps every cell of a small plan in SVG, in view or not', () => {
    const l = sunburstLayers(cells, root, root, { ...opts, big: false });
    expect(l.svg).toHaveLength(cells.length);
    expect(l.canvas).toEqual([]);
    expect(
      l.svg
        .filter((p) => p.visible)
        .map((p) => p.c.depth)
        .sort(),
    ).toEqual([1, 1, ...Array(10).fill(2)]);
  });
  it('places a big plan’s cells in view only, its dense rings on the canvas, at their ring’s radii', () => {
    const l = sunburstLayers(cells, root, root, { ...opts, dense: new Set([2]) });
    expect(ids(l.svg)).toEqual(['1', '2']);
    expect(l.canvas).toHaveLength(10);
    expect(l.canvas.every((p) => p.r0 === 150 && p.r1 === 250)).toBe(true);
    expect(l.svg[0]).toMatchObject({ r0: 50, r1: 150, a0: 0, a1: Math.PI });
  });
  it('keeps a dense first ring in SVG once the zoom has ended, on the canvas while it runs', () => {
    const settled = sunburstLayers(cells, root, root, { ...opts, dense: new Set([1, 2]) });
    expect(ids(settled.svg)).toEqual(['1', '2']);
    const zooming = sunburstLayers(cells, halfway, goal1, {
      ...opts,
      dense: new Set([2]),
      settled: false,
      focusId: '1',
    });
    expect(zooming.svg).toEqual([]);
    expect(zooming.canvas.length).toBeGreaterThan(5);
  });
  it('mid-zoom, draws the cells the zoom leaves behind on the canvas, the ones it ends on in SVG', () => {
    const l = sunburstLayers(cells, halfway, goal1, { ...opts, settled: false, focusId: '1' });
    // Goal 1's measures stay to act on; goal 2's are leaving; goal 1 itself is the centre.
    expect(ids(l.svg)).toEqual(['1-1', '1-2', '1-3', '1-4', '1-5']);
    expect(ids(l.canvas).every((id) => id.startsWith('2-'))).toBe(true);
    expect(ids(l.canvas)).not.toContain('1');
  });
});
