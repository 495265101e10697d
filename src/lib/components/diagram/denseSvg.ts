import { arcPath } from '../../layout/arcPath';
import { INK } from '../../layout/branchColor';
import { statusFill } from '../../layout/statusStyle';
import type { PaintedBand, PaintedSector } from './drawSectors';
import { OUTLINE_STROKES } from '../../layout/sectorStyle';

const SVG_NS = 'http://www.w3.org/2000/svg';

function path(d: string, attrs: Record<string, string | number>): SVGPathElement {
  const p = document.createElementNS(SVG_NS, 'path');
  p.setAttribute('d', d);
  for (const [k, v] of Object.entries(attrs)) p.setAttribute(k, String(v));
  return p;
}

const outlineAttrs = ({ width, dash }: { width: number; dash: number[] }) => ({
  'stroke-width': width,
  ...(dash.length ? { 'stroke-dasharray': dash.join(' ') } : {}),
});

/**
 * The canvas part of a sunburst as SVG paths, styled as drawSectors paints them, for an
 * exported picture (a canvas does not travel inside an SVG file). `uid` names the patterns in
 * the sunburst's own defs. Built only when someone exports.
 */
export function denseSvg(sectors: readonly PaintedSector[], bands: readonly PaintedBand[], uid: string): SVGGElement {
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('aria-hidden', 'true');
  for (const s of sectors) {
    const d = arcPath(s.a0, s.a1, s.r0, s.r1);
    const fill = typeof s.fill === 'string' ? s.fill : statusFill(s.fill, uid);
    g.append(path(d, { fill, stroke: '#ffffff', 'stroke-width': 1, ...(s.dim ? { 'fill-opacity': 0.25 } : {}) }));
    if (s.hatch) g.append(path(d, { fill: `url(#hatch-${uid})` }));
    if (s.outline) g.append(path(d, { fill: 'none', stroke: INK, ...outlineAttrs(OUTLINE_STROKES[s.outline]) }));
  }
  for (const b of bands)
    g.append(
      path(arcPath(b.a0, b.a1, b.r0, b.r1), { fill: statusFill(b.rank, uid), stroke: INK, 'stroke-width': 0.75 }),
    );
  return g;
}
