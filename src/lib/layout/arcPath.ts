import { arc, type Arc } from 'd3-shape';

interface Sector {
  a0: number;
  a1: number;
  r0: number;
  r1: number;
}

/** One shape for every sector, so SVG and canvas sectors line up to the pixel. */
const shape = (): Arc<unknown, Sector> =>
  arc<Sector>()
    .startAngle((d) => d.a0)
    .endAngle((d) => d.a1)
    .innerRadius((d) => d.r0)
    .outerRadius((d) => d.r1)
    .padAngle((d) => Math.min((d.a1 - d.a0) / 2, 0.004))
    .padRadius((d) => d.r0 + (d.r1 - d.r0) / 2)
    .cornerRadius(2);

const gen = shape();
const onCanvas = shape();

/** SVG path of an annular sector; angles in radians from 12 o'clock, clockwise. */
export function arcPath(a0: number, a1: number, r0: number, r1: number): string {
  return gen({ a0, a1, r0, r1 }) ?? '';
}

/** The same sector as arcPath, added to a canvas path (origin at the disc's centre). */
export function traceArc(ctx: CanvasPath, a0: number, a1: number, r0: number, r1: number): void {
  onCanvas.context(ctx as CanvasRenderingContext2D)({ a0, a1, r0, r1 });
  onCanvas.context(null);
}
