import { describe, expect, it } from 'vitest';
import type { PlanNode } from '../plan/schema';
import { treeLayout } from './treeLayout';
import { boxOf, fitLevels } from './fitLevels';

const n = (id: string, children: PlanNode[] = []): PlanNode => ({
  id,
  level: '',
  code: '',
  title: `項目${id}`,
  description: '',
  tags: [],
  children,
  line: 1,
});
const range = (k: number) => Array.from({ length: k }, (_, i) => i + 1);
// A vision, 4 goals, 10 measures each: tall once all is open.
const root = n(
  'root',
  range(4).map((g) =>
    n(
      `${g}`,
      range(10).map((m) => n(`${g}-${m}`)),
    ),
  ),
);
const all = new Set(['root', '1', '2', '3', '4']);

describe('fitLevels', () => {
  it('shows the whole open tree when it fits at the legible scale', () => {
    const layout = treeLayout(root, new Set(['root']), { fontSize: 16 });
    expect(fitLevels(layout, 1280, 800, 1).k).toBeGreaterThanOrEqual(1);
  });

  it('on a small canvas shows the top levels legibly rather than everything tiny', () => {
    const layout = treeLayout(root, all, { fontSize: 16, levelGap: 200, labelWidth: 140 });
    const t = fitLevels(layout, 390, 390, 1);
    expect(t.k).toBeGreaterThanOrEqual(1);
    // The vision is on the canvas.
    const [x, y] = t.apply([layout.items[0].x, layout.items[0].y]);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThanOrEqual(390);
  });

  it('boxes the labels of the items it is given', () => {
    const layout = treeLayout(root, new Set(['root']), { fontSize: 16 });
    const goals = layout.items.filter((i) => i.depth === 1);
    const b = boxOf(goals);
    for (const g of goals) expect(b.x1).toBeGreaterThanOrEqual(g.x + g.reach);
  });
});
