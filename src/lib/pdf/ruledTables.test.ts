import { describe, expect, it } from 'vitest';
import { ruledTables } from './ruledTables';
import type { Segment } from './types';

const h = (y: number, x0: number, x1: number): Segment => ({ x0, x1, y0: y, y1: y });
const v = (x: number, y0: number, y1: number): Segment => ({ x0: x, x1: x, y0, y1 });
const spans = (t: ReturnType<typeof ruledTables>[number]) =>
  t.cells.map((c) => `${c.row},${c.col}${c.rows > 1 ? `x${c.rows}` : ''}${c.cols > 1 ? `+${c.cols}` : ''}`);

describe('ruledTables', () => {
  it('finds merged cells where the rule between two cells is missing, borders drawn cell by cell', () => {
    // 3 columns; column 0 merges rows 1–2; the header spans nothing.
    const rules = {
      h: [h(100, 0, 100), h(100, 100, 200), h(100, 200, 300), h(120, 0, 300), h(140, 100, 300), h(160, 0, 300)],
      v: [v(0, 100, 120), v(0, 120, 160), v(100, 100, 160), v(200, 100, 160), v(300, 100, 160)],
    };
    const [t] = ruledTables(rules.h, rules.v);
    expect([t.nRows, t.nCols]).toEqual([3, 3]);
    expect(spans(t)).toEqual(['0,0', '0,1', '0,2', '1,0x2', '1,1', '1,2', '2,1', '2,2']);
  });

  it('reads a table cut by a page break (no rule at its foot) as open, not as no table', () => {
    const [t] = ruledTables(
      [h(100, 0, 300), h(120, 0, 300), h(140, 150, 300)],
      [v(0, 100, 180), v(150, 100, 180), v(300, 100, 180)],
    );
    expect(spans(t)).toEqual(['0,0', '0,1', '1,0x2', '1,1', '2,1']);
  });

  it('finds no table in two boxes joined by a connector (the gap between them is open above and below)', () => {
    const box = (x: number) => ({
      h: [h(100, x, x + 300), h(400, x, x + 300)],
      v: [v(x, 100, 400), v(x + 300, 100, 400)],
    });
    const [a, b] = [box(50), box(370)];
    expect(ruledTables([...a.h, ...b.h, h(250, 350, 370)], [...a.v, ...b.v])).toEqual([]);
  });

  it('finds no table in connector lines or a lone box', () => {
    expect(ruledTables([h(50, 100, 500)], [v(100, 30, 50), v(300, 30, 50), v(500, 30, 50), v(300, 50, 70)])).toEqual(
      [],
    );
    expect(ruledTables([h(10, 0, 100), h(60, 0, 100)], [v(0, 10, 60), v(100, 10, 60)])).toEqual([]);
  });
});
