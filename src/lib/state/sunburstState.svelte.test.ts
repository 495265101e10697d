import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan/schema';
import { sectorStyle } from '../layout/sectorStyle';
import { BIG_PLAN, SunburstState, sectorKey, type SunburstInputs } from './sunburstState.svelte';
import { node, planOf, range, smallPlan, viewerOf } from './testViewer.svelte';

// More cells than BIG_PLAN: 4 goals × 100 measures × 4 actions, the second ring dense.
const big = planOf(
  node(
    'root',
    '合成計画',
    range(4).map((g) =>
      node(
        `${g}`,
        `目標 ${g}`,
        range(100).map((m) =>
          node(
            `${g}-${m}`,
            `施策 ${g}-${m}`,
            range(4).map((a) => node(`${g}-${m}-${a}`, `取組 ${a}`, [], a === 2 ? ['重点'] : [])),
          ),
        ),
      ),
    ),
  ),
);

/** A sunburst of `plan` in a disc of about `side` px, its focus and query in plain state as a route would keep them. */
function sunburst(plan: Plan, { side = 800, labelSizes = [18, 14], query = '' } = {}) {
  const inputs = (): SunburstInputs => ({ width: side, height: side, maxRings: 3, labelSizes, centreFont: [20, 14] });
  const { viewer, at } = viewerOf(plan, { view: 'sunburst', query });
  const sun = new SunburstState(viewer, inputs);
  return { sun, at };
}

describe('SunburstState', () => {
  it('draws a small plan all in SVG, its rings as deep as the plan, and labels once painted', () => {
    const { sun } = sunburst(smallPlan);
    expect(sun.geometry.rings).toBe(2);
    expect(sun.paintList).toEqual([]);
    expect(sun.arcs.filter((a) => a.visible).map((a) => a.c.id)).toEqual(['1', '2', '1-1', '1-2', '2-1']);
    expect(sun.labels).toEqual([]);
    sun.painted = true;
    flushSync();
    expect(sun.labels.map((l) => l.id).sort()).toEqual(['1', '1-1', '1-2', '2', '2-1']);
    expect(sun.complete).toBe(true);
  });

  it('zooms into a sector by click or Enter, back up by Escape or the centre, and the centre names where it goes', () => {
    const { sun, at } = sunburst(smallPlan);
    expect(sun.canGoUp).toBe(false);
    expect(sun.onCentreKey('Enter')).toBe(false);
    sun.zoomInto('1');
    flushSync();
    expect(at.focus).toBe('1');
    expect(sun.centreLabel).toContain('ひとつ上の「みんなでささえあうまち」へ');
    // The 「▲ 戻る」 hint the centre then shows is diagram text: never under 14 px.
    expect(sun.hintFont).toBeGreaterThanOrEqual(14);
    expect(sun.arcs.filter((a) => a.visible).map((a) => a.c.id)).toEqual(['1-1', '1-2']);
    expect(sun.onSectorKey('Escape', '1-1')).toBe('up');
    flushSync();
    expect(at.focus).toBe(null);
    expect(sun.onSectorKey(' ', '2')).toBe('in');
    flushSync();
    expect(at.focus).toBe('2');
    expect(sun.onCentreKey('Backspace')).toBe(true);
    expect(sectorKey('a')).toBe(null);
  });

  it('keeps a chosen leaf in its ring (the centre its parent, the leaf marked), and goes up from the centre', () => {
    const { sun, at } = sunburst(smallPlan);
    sun.zoomInto('1');
    flushSync();
    sun.zoomInto('1-2');
    flushSync();
    expect(at.focus).toBe('1-2');
    expect(sun.centreCell.id).toBe('1');
    expect(sun.chosenLeaf).toBe('1-2');
    // Its sibling stays beside it: never a lone circle.
    expect(sun.arcs.filter((a) => a.visible).map((a) => a.c.id)).toEqual(['1-1', '1-2']);
    expect(sun.centre.lines.join('')).toBe('見守りを広げる');
    expect(sun.centreLabel).toContain('ひとつ上の「みんなでささえあうまち」へ。今の項目: サロンの運営');
    expect(sun.onCentreKey('Enter')).toBe(true);
    flushSync();
    expect(at.focus).toBe(null);
    // A leaf right under the root: the centre stays the root, with no way up to offer.
    const flat = sunburst(planOf(node('root', '理念', [node('a', '見守り'), node('b', 'サロン')]))).sun;
    flat.zoomInto('a');
    flushSync();
    expect([flat.centreCell.id, flat.chosenLeaf, flat.canGoUp]).toEqual(['root', 'a', false]);
  });

  it('marks a search hit and dims the rest, in the style the SVG draws', () => {
    const { sun } = sunburst(smallPlan, { query: 'サロン' });
    const style = (id: string) => sun.arcs.find((a) => a.c.id === id)!.style;
    expect(style('1-2')).toMatchObject({ outline: 'match', dim: false });
    expect(style('1-1')).toMatchObject({ outline: 'juten', dim: true });
    expect(style('1').dim).toBe(false);
  });

  it('paints a big plan’s dense ring on the canvas with the same style decision as the SVG, and finds a sector under the pointer', () => {
    const { sun } = sunburst(big);
    expect(sun.cells.length).toBeGreaterThan(BIG_PLAN);
    expect(sun.paintList.length).toBeGreaterThan(0);
    expect(sun.arcs.map((a) => a.c.id)).toEqual(['1', '2', '3', '4']);
    const cells = new Map(sun.cells.map((c) => [c.id, c]));
    for (const s of sun.paintList) {
      const c = cells.get(s.id)!;
      expect({ fill: s.fill, outline: s.outline, hatch: s.hatch, dim: s.dim }).toEqual(
        sectorStyle(c, { rank: null, match: false, dim: false }),
      );
    }
    expect(sun.paintList.some((s) => s.outline === 'juten')).toBe(true);
    expect(sun.drawn).toBe(false);
    sun.canvasDrawn = true;
    expect(sun.drawn).toBe(true);
    // Straight up from the centre, in the third ring: the first measure's first action.
    const { hole, ring } = sun.geometry;
    expect(sun.canvasSectorAt(1, -(hole + 2.5 * ring))?.id).toBe('1-1-1');
    expect(sun.canvasSectorAt(0, 0)).toBe(null);
    // A mouse over it shows its tip where the pointer is; a click zooms into it.
    sun.pointerOnDisc({ x: 1, y: -(hole + 2.5 * ring) }, { x: 40, y: 50 }, true);
    expect(sun.hover).toEqual({ id: '1-1-1', x: 40, y: 50 });
    expect(sun.overCanvas).toBe(true);
    sun.pointerOnDisc({ x: 0, y: 0 }, { x: 40, y: 50 }, true);
    expect([sun.hover, sun.overCanvas]).toEqual([null, false]);
    sun.clickOnDisc({ x: 1, y: -(hole + 2.5 * ring) });
    expect(sun.viewer.focus.id).toBe('1-1-1');
  });

  it('draws fewer rings when the reader’s type is larger, and sizes badges from it', () => {
    const normal = sunburst(smallPlan, { side: 500 }).sun;
    const larger = sunburst(big, { side: 500, labelSizes: [36, 28] }).sun;
    expect(normal.badgeSize).toBe(14);
    expect(larger.badgeSize).toBe(17);
    expect(larger.geometry.rings).toBeLessThan(3);
  });
});
