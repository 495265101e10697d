import { describe, expect, it } from 'vitest';
import { PlanTree } from '../plan/hierarchy';
import type { PlanNode } from '../plan/schema';
import { indexSectors, sectorAt } from './sectorAt';
import { partition } from './partition';
import { project, windowOf } from './zoomWindow';

const TAU = 2 * Math.PI;
/** The point at angle a (from 12 o'clock, clockwise) and radius r, on screen (y down). */
const at = (a: number, r: number): [number, number] => [Math.sin(a) * r, -Math.cos(a) * r];

const ring = (r0: number, r1: number, ids: string[]) =>
  ids.map((id, i) => ({ id, a0: (i / ids.length) * TAU, a1: ((i + 1) / ids.length) * TAU, r0, r1 }));
const index = indexSectors([
  ...ring(50, 100, ['a', 'b', 'c', 'd']),
  ...ring(100, 150, ['a1', 'a2', 'b1', 'b2', 'c1', 'c2', 'd1', 'd2']),
]);

describe('sectorAt', () => {
  it('finds the sector by radius, then angle clockwise from 12 o’clock', () => {
    expect(sectorAt(index, ...at(0.1, 75))?.id).toBe('a');
    expect(sectorAt(index, ...at(TAU / 4 + 0.1, 75))?.id).toBe('b');
    expect(sectorAt(index, ...at(TAU / 4 + 0.1, 125))?.id).toBe('b1');
    expect(sectorAt(index, ...at(TAU / 2 - 0.1, 125))?.id).toBe('b2');
  });
  it('wraps at 2π: just left of 12 o’clock is the last sector, just right the first', () => {
    expect(sectorAt(index, -0.01, -75)?.id).toBe('d');
    expect(sectorAt(index, 0.01, -75)?.id).toBe('a');
    expect(sectorAt(index, ...at(TAU - 1e-6, 125))?.id).toBe('d2');
    expect(sectorAt(index, 0, -125)?.id).toBe('a1');
  });
  it('finds nothing in the hole, beyond the last ring or where no sector is drawn', () => {
    expect(sectorAt(index, 0, 0)).toBeNull();
    expect(sectorAt(index, ...at(1, 40))).toBeNull();
    expect(sectorAt(index, ...at(1, 151))).toBeNull();
    const half = indexSectors(ring(50, 100, ['x', 'y']).slice(0, 1));
    expect(sectorAt(half, ...at(TAU * 0.75, 75))).toBeNull();
  });
  it('ignores sectors squeezed to nothing by a zoom', () => {
    const squeezed = indexSectors([
      { id: 'gone', a0: 0, a1: 0, r0: 50, r1: 100 },
      { id: 'all', a0: 0, a1: TAU, r0: 50, r1: 100 },
    ]);
    expect(sectorAt(squeezed, 0, -75)?.id).toBe('all');
  });
  it('finds a cell of a zoomed sunburst where it is drawn, not where it was', () => {
    const n = (id: string, children: PlanNode[] = []): PlanNode => ({
      id,
      level: 'x',
      code: '',
      title: id,
      description: '',
      tags: [],
      children,
      line: 1,
    });
    const cells = partition(
      new PlanTree(n('root', [n('1', [n('1-1'), n('1-2')]), n('2', [n('2-1'), n('2-2'), n('2-3')])])).root,
    );
    const zoomed = windowOf(cells.find((c) => c.id === '2')!);
    const sectors = cells.flatMap((c) => {
      const p = project(c, zoomed, 2);
      return p.visible
        ? [{ id: c.id, a0: p.a0, a1: p.a1, r0: 40 + (p.ring0 - 1) * 60, r1: 40 + (p.ring1 - 1) * 60 }]
        : [];
    });
    const zi = indexSectors(sectors);
    // 2-1, 2-2, 2-3 share the whole circle in the first ring once 2 is the centre.
    expect(sectorAt(zi, ...at(0.1, 70))?.id).toBe('2-1');
    expect(sectorAt(zi, ...at(TAU / 2, 70))?.id).toBe('2-2');
    expect(sectorAt(zi, ...at(TAU - 0.1, 70))?.id).toBe('2-3');
    expect(sectors.some((s) => s.id.startsWith('1'))).toBe(false);
  });
});
