import { describe, expect, it } from 'vitest';
import { pageDrawing, type Ops } from './drawing';

/** pdf.js's operator numbers (pdfjs.OPS). */
const OPS: Ops = {
  save: 10,
  restore: 11,
  transform: 12,
  constructPath: 91,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
};
const TOP = 800;
/** A rectangle traced as pdf.js 5 writes `re` (moveTo, three lineTo, closePath), in PDF (bottom-up) space. */
const rect = (x: number, y: number, w: number, h: number) => [0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4];
const path = (paint: number, data: number[]) => [OPS.constructPath, [paint, [Float32Array.from(data)], null]] as const;
function drawing(...ops: (readonly [number, unknown])[]) {
  return pageDrawing(
    ops.map((o) => o[0]),
    ops.map((o) => o[1]),
    OPS,
    TOP,
  );
}

describe('pageDrawing', () => {
  it('reads stroked lines as rules and thin filled rectangles as rules, in top-down coordinates', () => {
    const d = drawing(path(OPS.stroke, [0, 50, 700, 1, 300, 700]), path(OPS.fill, rect(50, 500, 0.8, 150)));
    expect(d.h).toEqual([{ x0: 50, x1: 300, y0: 100, y1: 100 }]);
    expect(d.v).toHaveLength(1);
    expect(d.v[0].y0).toBeCloseTo(150);
    expect(d.v[0].y1).toBeCloseTo(300);
  });

  it('reads a stroked rectangle as a box and its four sides as rules; a filled one as a box only', () => {
    const d = drawing(path(OPS.stroke, rect(100, 100, 200, 100)), path(OPS.fill, rect(400, 100, 100, 50)));
    expect(d.rects.map((r) => [r.x0, r.y0, r.x1, r.y1, r.stroked])).toEqual([
      [100, 600, 300, 700, true],
      [400, 650, 500, 700, false],
    ]);
    expect([d.h.length, d.v.length]).toEqual([2, 2]);
  });

  it('follows the transform through save and restore', () => {
    const d = drawing(
      [OPS.save, null],
      [OPS.transform, [2, 0, 0, 2, 10, 0]],
      path(OPS.stroke, [0, 10, 100, 1, 60, 100]),
      [OPS.restore, null],
      path(OPS.stroke, [0, 10, 100, 1, 60, 100]),
    );
    expect(d.h.map((s) => [s.x0, s.x1, s.y0])).toEqual([
      [30, 130, 600],
      [10, 60, 700],
    ]);
  });

  it('leaves out clipping paths and diagonal connectors', () => {
    const d = drawing(path(28, rect(0, 0, 600, 800)), path(OPS.stroke, [0, 10, 10, 1, 200, 300]));
    expect([d.h, d.v, d.rects]).toEqual([[], [], []]);
  });
});
