import { PlanTree } from '../plan/hierarchy';
import { describe, expect, it } from 'vitest';
import type { PlanNode } from '../plan/schema';
import { MIN_LABEL_PX, arcLabel, inSector } from './arcLabel';
import { arcPath } from './arcPath';
import { branchColor, contrast, INK, PALETTE } from './branchColor';
import { fitTransform } from './fitTransform';
import { fitLabel } from './fitLabel';
import { partition } from './partition';
import { textWidth } from './textWidth';
import { treeLayout } from './treeLayout';
import { wrapText } from './wrapText';
import { project, windowOf } from './zoomWindow';

const node = (id: string, children: PlanNode[] = [], title = id): PlanNode => ({
  id,
  level: 'x',
  code: '',
  title,
  description: '',
  tags: [],
  children,
  line: 1,
});
const plan = node('root', [
  node('1', [node('1-1'), node('1-2'), node('1-3')]),
  node('2', [node('2-1', [node('2-1-1')])]),
]);

describe('textWidth', () => {
  it('counts full-width glyphs as one em and Latin narrower', () => {
    expect(textWidth('地域福祉', 10)).toBe(40);
    expect(textWidth('SNS', 10)).toBeLessThan(20);
  });
});

describe('wrapText', () => {
  it('breaks Japanese between BudouX phrases, not inside words', () => {
    expect(wrapText('地域生活課題を受けとめ支え合う仕組みづくり', 120, 14).lines).toEqual([
      '地域生活課題を',
      '受けとめ支え合う',
      '仕組みづくり',
    ]);
  });
  it('keeps every line within the width and loses no character', () => {
    const text = '委任契約・任意後見契約の締結、委任契約に基づく業務及び任意後見人としての業務の実施';
    const w = wrapText(text, 90, 13);
    expect(w.lines.join('')).toBe(text);
    for (const l of w.lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(90);
  });
  it('never starts a line with 、 or 。', () => {
    const w = wrapText('ひきこもり、ヤングケアラー等、表面化しづらい困りごとの発見に努めます。', 70, 14);
    for (const l of w.lines) expect(l).not.toMatch(/^[、。]/);
  });
  it('cuts with an ellipsis when there are too many lines', () => {
    const w = wrapText('地域生活課題を受けとめ支え合う仕組みづくり', 100, 14, 2);
    expect(w.complete).toBe(false);
    expect(w.lines).toHaveLength(2);
    expect(w.lines[1].endsWith('…')).toBe(true);
  });
});

describe('fitLabel', () => {
  it('prefers the largest font at which the whole text fits', () => {
    expect(fitLabel('見守り活動の促進', 200, 30)).toMatchObject({
      fontSize: 15,
      lines: ['見守り活動の促進'],
      complete: true,
    });
  });
  it('returns null where not even a few characters fit', () => {
    expect(fitLabel('見守り活動の促進', 20, 10)).toBeNull();
  });
});

describe('partition', () => {
  it('gives each leaf an equal share of the circle and nests children in their parent', () => {
    const cells = partition(new PlanTree(plan).root);
    const byId = new Map(cells.map((c) => [c.id, c]));
    expect(byId.get('1')!.x1 - byId.get('1')!.x0).toBeCloseTo(3 / 4);
    expect(byId.get('2-1-1')!.x0).toBeGreaterThanOrEqual(byId.get('2')!.x0);
    expect(byId.get('2-1-1')!.depth).toBe(3);
    expect(byId.get('1-2')!.branch).toBe(0);
    expect(byId.get('2-1-1')!.branch).toBe(1);
  });
  it('does not mutate the plan it lays out', () => {
    const before = JSON.stringify(plan);
    partition(new PlanTree(plan).root);
    expect(JSON.stringify(plan)).toBe(before);
  });
  it('lists cells breadth first, as d3 does, and writes nothing onto the shared hierarchy', () => {
    const tree = new PlanTree(plan);
    const cells = partition(tree.root);
    expect(cells.map((c) => c.id)).toEqual(['root', '1', '2', '1-1', '1-2', '1-3', '2-1', '2-1-1']);
    expect(cells.find((c) => c.id === '2-1-1')).toMatchObject({ y0: 3, y1: 4, parentId: '2-1' });
    expect(tree.root.descendants().some((d) => 'x0' in d)).toBe(false);
  });
});

describe('zoom window', () => {
  const cells = partition(new PlanTree(plan).root);
  const byId = new Map(cells.map((c) => [c.id, c]));
  it('shows rings 1..3 around the root and hides deeper ones', () => {
    const w = windowOf(byId.get('root')!);
    expect(project(byId.get('1')!, w, 3).visible).toBe(true);
    expect(project(byId.get('2-1-1')!, w, 2).visible).toBe(false);
  });
  it('spreads a focused branch over the whole circle and hides its siblings', () => {
    const w = windowOf(byId.get('2')!);
    const p = project(byId.get('2-1')!, w, 3);
    expect(p.a1 - p.a0).toBeCloseTo(2 * Math.PI);
    expect(p.ring0).toBe(1);
    expect(project(byId.get('1-1')!, w, 3).visible).toBe(false);
  });
});

describe('arcPath and arcLabel', () => {
  it('draws a closed SVG path', () => {
    expect(arcPath(0, Math.PI / 2, 50, 100)).toMatch(/^M.*Z$/);
  });
  it('places a label wholly inside its sector, so neighbours cannot overlap', () => {
    const l = arcLabel('ふれあい・いきいきサロンの促進', 0, Math.PI / 3, 90, 220)!;
    expect(l.complete).toBe(true);
    const h = l.lines.length * l.fontSize * 1.25;
    const w = Math.max(...l.lines.map((s) => textWidth(s, l.fontSize)));
    for (const [dx, dy] of [
      [-1, -1],
      [1, -1],
      [-1, 1],
      [1, 1],
    ])
      expect(inSector(l.x + (dx * w) / 2, l.y + (dy * h) / 2, 0, Math.PI / 3, 90, 220, 0)).toBe(true);
  });
  it('falls back to the item number when the title cannot fit', () => {
    expect(
      arcLabel('身近な地域でのさまざまな見守り方法を提案します。', 0, 0.12, 200, 260, undefined, '⑱')?.lines,
    ).toEqual(['⑱']);
  });
});

describe('branchColor', () => {
  it('keeps dark label text above WCAG AA contrast on every branch at every depth', () => {
    for (let b = 0; b < PALETTE.length; b++)
      for (let d = 1; d <= 5; d++) expect(contrast(INK, branchColor(b, d))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('treeLayout', () => {
  it('lays out only expanded nodes, left to right by depth', () => {
    const t = treeLayout(plan, new Set(['root', '1']));
    expect(t.items.map((i) => i.id).sort()).toEqual(['1', '1-1', '1-2', '1-3', '2', 'root']);
    const x = (id: string) => t.items.find((i) => i.id === id)!.x;
    expect(x('1-1')).toBeGreaterThan(x('1'));
    expect(t.items.find((i) => i.id === '2')!.expanded).toBe(false);
  });
  it('separates wrapped labels so they never overlap', () => {
    const long = node('root', [
      node('a', [], '地域生活課題を受けとめ支え合う仕組みづくりと地域福祉ネットワークの強化'),
      node('b', [], '見守り'),
      node('c', [], '委任契約・任意後見契約の締結、委任契約に基づく業務及び任意後見人としての業務の実施'),
    ]);
    const t = treeLayout(long, new Set(['root']));
    const kids = t.items.filter((i) => i.depth === 1).sort((p, q) => p.y - q.y);
    for (let i = 1; i < kids.length; i++)
      expect(kids[i].y - kids[i].height / 2).toBeGreaterThanOrEqual(kids[i - 1].y + kids[i - 1].height / 2);
    expect(kids[0].lines.length).toBeGreaterThan(1);
  });
});

describe('fitTransform', () => {
  const box = { x0: 0, x1: 2000, y0: -500, y1: 500 };
  it('fits a box that is too big by zooming out', () => {
    const t = fitTransform(box, 800, 600);
    expect(t.k).toBeLessThan(0.5);
    expect(t.applyX(0)).toBeGreaterThanOrEqual(0);
    expect(t.applyX(2000)).toBeLessThanOrEqual(800);
  });
  it('keeps text legible: below the minimum scale it anchors the root at the left, mid-height', () => {
    const t = fitTransform(box, 800, 600, { minScale: 0.9, anchor: { x: 0, y: 0 } });
    expect(t.k).toBe(0.9);
    expect(t.applyX(0)).toBe(24);
    expect(t.applyY(0)).toBe(56 + (600 - 56) / 2);
  });
});

describe('arcLabel sizes', () => {
  it('never sets a label under 14 px: a sector too small for that gets its number or nothing', () => {
    const title = '身近な地域でのさまざまな見守り方法を提案します。';
    let labelled = 0;
    for (const span of [0.05, 0.1, 0.2, 0.4, 0.8])
      for (const [r0, r1] of [
        [40, 70],
        [90, 130],
        [200, 260],
      ]) {
        for (const sizes of [undefined, [16, 14, 12, 11]]) {
          const label = arcLabel(title, 0, span, r0, r1, sizes, '⑱');
          if (label) labelled++;
          expect(label?.fontSize ?? MIN_LABEL_PX, `${span} rad, ${r0}–${r1} px`).toBeGreaterThanOrEqual(MIN_LABEL_PX);
        }
      }
    // Not a vacuous pass: most of these sectors do get a label.
    expect(labelled).toBeGreaterThan(10);
  });
});
