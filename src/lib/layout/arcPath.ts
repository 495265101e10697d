import { arc } from 'd3-shape';

const gen = arc<{ a0: number; a1: number; r0: number; r1: number }>()
  .startAngle((d) => d.a0)
  .endAngle((d) => d.a1)
  .innerRadius((d) => d.r0)
  .outerRadius((d) => d.r1)
  .padAngle((d) => Math.min((d.a1 - d.a0) / 2, 0.004))
  .padRadius((d) => d.r0 + (d.r1 - d.r0) / 2)
  .cornerRadius(2);

/** SVG path of an annular sector; angles in radians from 12 o'clock, clockwise. */
export function arcPath(a0: number, a1: number, r0: number, r1: number): string {
  return gen({ a0, a1, r0, r1 }) ?? '';
}
