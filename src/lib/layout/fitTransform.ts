import { zoomIdentity, type ZoomTransform } from 'd3-zoom';

/** The zoom that shows a whole box inside width × height with a margin, never above 1.5×. */
export function fitTransform(box: { x0: number; x1: number; y0: number; y1: number }, width: number, height: number, margin = 24): ZoomTransform {
  const top = 56; // room for the toolbar
  const bw = Math.max(1, box.x1 - box.x0);
  const bh = Math.max(1, box.y1 - box.y0);
  const k = Math.max(0.15, Math.min(1.5, (width - 2 * margin) / bw, (height - top - 2 * margin) / bh));
  const x = (width - bw * k) / 2 - box.x0 * k;
  const y = top + (height - top - bh * k) / 2 - box.y0 * k;
  return zoomIdentity.translate(x, y).scale(k);
}
