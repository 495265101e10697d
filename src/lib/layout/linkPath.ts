import { linkHorizontal } from 'd3-shape';

type Point = { x: number; y: number };
const link = linkHorizontal<{ source: Point; target: Point }, Point>()
  .x((p) => p.x)
  .y((p) => p.y);

/** A horizontal S-curve from a parent's dot to a child's (d3.linkHorizontal). */
export function linkPath(source: Point, target: Point): string {
  return link({ source, target }) ?? '';
}
