import { zoomIdentity, type ZoomTransform } from 'd3-zoom';

export interface FitOptions {
  margin?: number;
  /** Never zoom out below this; instead show `anchor` at the left, mid-height (text stays legible). */
  minScale?: number;
  anchor?: { x: number; y: number };
}

/** The zoom that shows a whole box inside width × height with a margin, never above 1.5×. */
export function fitTransform(
  box: { x0: number; x1: number; y0: number; y1: number },
  width: number,
  height: number,
  { margin = 24, minScale = 0.15, anchor }: FitOptions = {},
): ZoomTransform {
  const top = 56; // room for the toolbar
  const bw = Math.max(1, box.x1 - box.x0);
  const bh = Math.max(1, box.y1 - box.y0);
  const k = Math.min(1.5, (width - 2 * margin) / bw, (height - top - 2 * margin) / bh);
  if (k < minScale && anchor) {
    return zoomIdentity
      .translate(margin - box.x0 * minScale, top + (height - top) / 2 - anchor.y * minScale)
      .scale(minScale);
  }
  const kk = Math.max(0.15, k);
  const x = (width - bw * kk) / 2 - box.x0 * kk;
  const y = top + (height - top - bh * kk) / 2 - box.y0 * kk;
  return zoomIdentity.translate(x, y).scale(kk);
}
