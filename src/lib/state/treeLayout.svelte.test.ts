import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan/schema';
import { LEGIBLE_PX, TreeLayout, treeKey, type TreeInputs } from './treeLayout.svelte';
import { node, planOf, range, smallPlan, viewerOf } from './testViewer.svelte';

// Four levels below the vision, long titles: too tall for a phone with everything open.
const deep = planOf(
  node(
    'root',
    '誰もが安心して暮らせる地域',
    range(4).map((g) =>
      node(
        `${g}`,
        `基本目標${g} 支え合いの仕組みを地域全体で育てていく`,
        range(4).map((m) =>
          node(
            `${g}-${m}`,
            `施策${g}-${m} 身近な相談の場と見守りの輪を広げる`,
            range(3).map((a) => node(`${g}-${m}-${a}`, `取組${g}-${m}-${a} 住民同士の声かけと交流の機会を増やす`)),
          ),
        ),
      ),
    ),
  ),
);

/** A tree of `plan` on a canvas `width` × `height`, at the reader's text `scale`. */
function treeOf(plan: Plan, { width = 1280, height = 800, scale = 1, query = '' } = {}) {
  const size = $state<TreeInputs>({ width, height, scale, reducedMotion: true });
  const { viewer, at } = viewerOf(plan, { query });
  return { tree: new TreeLayout(viewer, () => size), at, size };
}
const ids = (tree: TreeLayout) => tree.layout.items.map((i) => i.id);

describe('TreeLayout', () => {
  it('opens two levels at first, and the way to the focus when a link points deeper', () => {
    const { tree, at } = treeOf(deep);
    expect(ids(tree)).toHaveLength(1 + 4 + 16);
    at.focus = '2-3-1';
    flushSync();
    expect(ids(tree)).toContain('2-3-1');
    expect(ids(tree)).not.toContain('1-1-1');
  });

  it('opens and closes a branch by its dot or Space, and 「n階層まで」 opens exactly those levels', () => {
    const { tree, at } = treeOf(deep);
    const item = (id: string) => tree.layout.items.find((i) => i.id === id)!;
    tree.toggle('1-1');
    flushSync();
    expect(ids(tree)).toContain('1-1-3');
    expect(tree.onItemKey(' ', item('1-1'))).toBe(true);
    flushSync();
    expect(ids(tree)).not.toContain('1-1-3');
    // Space on a leaf does nothing (the page may scroll); Enter focuses it.
    tree.toggle('1-1');
    flushSync();
    expect(tree.onItemKey(' ', item('1-1-3'))).toBe(false);
    expect(tree.onItemKey('Enter', item('1-1-3'))).toBe(true);
    expect(tree.viewer.focus.id).toBe('1-1-3');
    at.focus = null;
    tree.setDepth(1);
    flushSync();
    expect(ids(tree)).toEqual(['root', '1', '2', '3', '4']);
    tree.setDepth(4);
    flushSync();
    expect(ids(tree)).toHaveLength(1 + 4 + 16 + 48);
  });

  it('opens the way to every search match', () => {
    const { tree } = treeOf(deep, { query: '声かけ' });
    expect(tree.viewer.matches.size).toBe(1);
    expect(ids(tree)).toContain('1-2');
    const { tree: found } = treeOf(smallPlan, { query: 'サロン' });
    expect(ids(found)).toContain('1-2');
  });

  it('sizes labels from the reader’s text size and never chooses a zoom that puts text under 14 px', () => {
    const standard = treeOf(deep).tree;
    const larger = treeOf(deep, { scale: 1.5 }).tree;
    expect([standard.font, standard.small]).toEqual([16, 14]);
    expect([larger.font, larger.small]).toEqual([24, 22]);
    expect(standard.minScale * standard.small).toBeGreaterThanOrEqual(LEGIBLE_PX);
    expect(larger.minScale * larger.small).toBeGreaterThanOrEqual(LEGIBLE_PX - 1e-9);
    // Wider columns for larger type.
    const gap = (t: TreeLayout) => t.layout.items.find((i) => i.id === '1')!.x - t.layout.items[0].x;
    expect(gap(larger)).toBeGreaterThan(gap(standard));
  });

  it('全体表示 on a phone closes levels until the tree is legible; on a wide screen it keeps what is open', () => {
    const phone = treeOf(deep, { width: 390, height: 700 }).tree;
    phone.setDepth(4);
    flushSync();
    phone.fit();
    flushSync();
    expect(ids(phone).length).toBeLessThan(1 + 4 + 16 + 48);
    const wide = treeOf(deep, { width: 1920, height: 1080 }).tree;
    wide.setDepth(4);
    flushSync();
    wide.fit();
    flushSync();
    expect(ids(wide)).toHaveLength(1 + 4 + 16 + 48);
  });

  it('maps the canvas keys as a map’s: arrows pan, + and − zoom, 0 fits; other keys are left alone', () => {
    expect(treeKey('ArrowLeft')).toEqual({ pan: [60, 0] });
    expect(treeKey('ArrowDown')).toEqual({ pan: [0, -60] });
    expect(treeKey('+')).toEqual({ zoom: 1.25 });
    expect(treeKey('-')).toEqual({ zoom: 0.8 });
    expect(treeKey('0')).toBe('fit');
    const { tree } = treeOf(smallPlan);
    expect(tree.onCanvasKey('a')).toBe(false);
    expect(tree.onCanvasKey('ArrowUp')).toBe(true);
  });

  it('places the status after the label and an opinion badge after both, and exports the whole open tree', () => {
    const { tree } = treeOf(smallPlan);
    const leaf = tree.layout.items.find((i) => i.id === '1-1')!;
    expect(tree.statusX(leaf)).toBeGreaterThan(leaf.reach);
    // No evaluations loaded: the badge sits right after the label.
    expect(tree.badgeX(leaf)).toBeLessThan(tree.statusX(leaf) + 20);
    expect(tree.labelOf(leaf)).toBe('取組 声かけ運動【重点】');
    const { box, untransformed } = tree.exportSource({} as SVGSVGElement);
    expect(untransformed).toBe(true);
    const { x0, x1, y0, y1 } = tree.layout;
    expect(box.x).toBeLessThan(x0);
    expect(box.x + box.width).toBeGreaterThan(x1);
    expect(box.y).toBeLessThan(y0);
    expect(box.y + box.height).toBeGreaterThan(y1);
  });

  it('is placed once the canvas has a size, not before', () => {
    const { tree, size } = treeOf(smallPlan, { width: 0, height: 0 });
    tree.centreOnFocus();
    expect(tree.opened).toBe(false);
    size.width = 800;
    size.height = 600;
    tree.centreOnFocus();
    expect(tree.opened).toBe(true);
  });
});
