import { describe, expect, it } from 'vitest';
import { PlanTree } from '../plan/hierarchy';
import { SCALES } from '../progress/scales';
import { branchColor } from './branchColor';
import { partition } from './partition';
import { rollupBands, BAND } from './rollupBands';
import { sectorStyle } from './sectorStyle';
import { sunburstLabels, badgeAt, lineY } from './sunburstLabels';
import { sunburstRings, discSize, EDGE, MIN_DISC } from './sunburstRings';
import { sunburstLayers } from './sunburstLayers';
import { windowOf } from './zoomWindow';
import { node } from '../state/testViewer.svelte';

const n = node;
// root → 見守り (2 items) and つながり (1 item with a thin child each).
const plan = n('root', 'みんなでささえあうまち', [
  n('1', '見守りを広げる', [n('1-1', '声かけ運動', [], ['重点']), n('1-2', 'サロンの運営', [], ['新規', '再掲'])]),
  n('2', 'つながりをつくる', [
    n(
      '2-1',
      '地域の担い手づくり',
      Array.from({ length: 8 }, (_, i) => n(`2-1-${i}`, `細かい項目 ${i}`)),
    ),
  ]),
]);
const cells = partition(new PlanTree(plan).root);
const cell = (id: string) => cells.find((c) => c.id === id)!;
const noMarks = { rank: null, match: false, dim: false };

describe('sunburstRings', () => {
  it('draws up to the rings asked for on a big disc, as many as there are levels below the focus', () => {
    expect(sunburstRings(800, 3, 5, 14).rings).toBe(3);
    expect(sunburstRings(800, 3, 2, 14).rings).toBe(2);
  });
  it('draws fewer, thicker rings when the type is large, and one ring takes more of the radius', () => {
    const small = sunburstRings(600, 3, 3, 14);
    const large = sunburstRings(600, 3, 3, 28);
    expect(large.rings).toBeLessThan(small.rings);
    expect(large.ring).toBeGreaterThan(small.ring);
    // Every ring and the hole fill the disc to its rim, less the room for the focus outline.
    for (const g of [small, large]) expect(g.hole + g.rings * g.ring).toBeCloseTo(600 / 2 - EDGE);
    const one = sunburstRings(300, 3, 3, 28);
    expect(one.rings).toBe(1);
    expect(one.hole / one.ring).toBeLessThan(small.hole / small.ring);
  });
  it('fits the disc beside the legend, and never smaller than a disc worth drawing', () => {
    expect(discSize(1000, 700, 100)).toBe(600 - 2 * EDGE);
    expect(discSize(100, 100, 50)).toBe(MIN_DISC);
  });
});

describe('sectorStyle (one decision for the SVG and the canvas)', () => {
  it('fills with the branch colour, or with the evaluation rank when there is one', () => {
    expect(sectorStyle(cell('1'), noMarks).fill).toBe(branchColor(cell('1').branch, 1));
    expect(sectorStyle(cell('1'), { ...noMarks, rank: 3 }).fill).toBe(3);
  });
  it('outlines a search hit before 重点 before 新規, and hatches 再掲', () => {
    expect(sectorStyle(cell('1-1'), noMarks).outline).toBe('juten');
    expect(sectorStyle(cell('1-2'), noMarks)).toMatchObject({ outline: 'shinki', hatch: true });
    expect(sectorStyle(cell('1-1'), { ...noMarks, match: true }).outline).toBe('match');
    expect(sectorStyle(cell('2'), { ...noMarks, dim: true })).toMatchObject({ outline: null, hatch: false, dim: true });
  });
});

describe('rollupBands', () => {
  const g = { rings: 2, hole: 50, ring: 100 };
  const placed = sunburstLayers(cells, windowOf(cells[0]), windowOf(cells[0]), {
    ...g,
    big: false,
    dense: new Set(),
    settled: true,
    focusId: 'root',
  }).svg;
  const counts = new Map([
    ['A', 1],
    ['C', 3],
  ]);
  it('splits a band at the outer edge of each evaluated sector by status, in proportion', () => {
    const bands = rollupBands(placed, (id) => (id === '1' ? counts : null), SCALES[0], 'root');
    const one = placed.find((p) => p.c.id === '1')!;
    expect(bands.map((b) => b.id)).toEqual(['1:A', '1:C']);
    expect(bands[0]).toMatchObject({ a0: one.a0, r0: one.r1 - BAND, r1: one.r1 - 1, rank: 1 });
    expect(bands[0].a1 - bands[0].a0).toBeCloseTo((one.a1 - one.a0) / 4);
    expect(bands[1].a1).toBeCloseTo(one.a1);
  });
  it('gives the centre and sectors out of view no band', () => {
    expect(rollupBands(placed, () => counts, SCALES[0], '1').some((b) => b.id.startsWith('1:'))).toBe(false);
    expect(rollupBands(placed, () => counts, SCALES[0], 'root').some((b) => b.id.startsWith('2-1-0:'))).toBe(false);
  });
});

describe('sunburstLabels', () => {
  const g = { rings: 2, hole: 100, ring: 150 };
  it('labels the sectors in the rings shown, and not the thin ones or those deeper', () => {
    const ids = sunburstLabels(cells, windowOf(cells[0]), g, [16, 14]).map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining(['1', '2', '1-1', '1-2', '2-1']));
    expect(ids.some((id) => id.startsWith('2-1-'))).toBe(false);
  });
  it('labels the deeper ring once zoomed into it, whole titles kept for a cut label', () => {
    const labels = sunburstLabels(cells, windowOf(cell('2-1')), g, [16, 14]);
    expect(labels.some((l) => l.id === '2-1-0')).toBe(true);
    expect(labels.every((l) => l.complete || l.full.length > 0)).toBe(true);
  });
  it('centres a label’s lines on its point, and puts a badge past the outermost ring', () => {
    expect([0, 1, 2].map((i) => lineY(100, i, 3, 16))).toEqual([80, 100, 120]);
    expect(badgeAt({ a0: 0, a1: 0, r1: 200 }, 200, 20)).toEqual({ x: 0, y: -210 });
    expect(badgeAt({ a0: Math.PI, a1: Math.PI, r1: 100 }, 200, 20).y).toBeCloseTo(100);
  });
});
