import { wrapText, wrappedWidth } from './wrapText';

export interface ArcLabel {
  lines: string[];
  fontSize: number;
  complete: boolean;
  /** Centre of the text block, in the sunburst's coordinates (origin at the centre). */
  x: number;
  y: number;
}

/** Text in the diagrams is never under 14 px: the floor for older readers (and the screenshots' check). */
export const MIN_LABEL_PX = 14;
/** Label sizes at 標準, largest first, down to the floor. */
export const LABEL_SIZES: readonly number[] = [18, 17, 16, 15, MIN_LABEL_PX];

const PAD = 4;
const LINE = 1.25;
const SAMPLES = 6;

/** Is (x, y) inside the annular sector, with a margin? Angles from 12 o'clock, clockwise. */
export function inSector(x: number, y: number, a0: number, a1: number, r0: number, r1: number, pad = PAD): boolean {
  const r = Math.hypot(x, y);
  if (r < r0 + pad || r > r1 - pad) return false;
  if (a1 - a0 >= 2 * Math.PI - 1e-9) return true;
  let a = Math.atan2(x, -y);
  if (a < 0) a += 2 * Math.PI;
  const margin = pad / Math.max(r, 1);
  return a >= a0 + margin && a <= a1 - margin;
}

function boxFits(cx: number, cy: number, w: number, h: number, s: [number, number, number, number]): boolean {
  for (let i = 0; i <= SAMPLES; i++) {
    const fx = cx - w / 2 + (w * i) / SAMPLES;
    const fy = cy - h / 2 + (h * i) / SAMPLES;
    if (!inSector(fx, cy - h / 2, ...s) || !inSector(fx, cy + h / 2, ...s)) return false;
    if (!inSector(cx - w / 2, fy, ...s) || !inSector(cx + w / 2, fy, ...s)) return false;
  }
  return true;
}

/**
 * A horizontal label inside a sunburst sector. Japanese reads best upright, so instead of
 * rotating text we look for the largest font and the wrap width whose text block, centred on
 * the sector's centroid, lies wholly inside the sector (edges sampled against the inner and
 * outer arcs and both radii). Sectors are disjoint, so labels can never overlap. Failing a full
 * fit, a cut label (…) at the smallest size; failing that, none. Sizes under the 14 px floor are
 * never used, whatever the caller asks for.
 */
export function arcLabel(
  text: string,
  a0: number,
  a1: number,
  r0: number,
  r1: number,
  asked: readonly number[] = LABEL_SIZES,
  fallback = '',
): ArcLabel | null {
  const sizes = asked.filter((size) => size >= MIN_LABEL_PX);
  if (!text || !sizes.length || a1 <= a0 || r1 <= r0) return null;
  const am = (a0 + a1) / 2;
  const sector: [number, number, number, number] = [a0, a1, r0, r1];
  // Lines break only between phrases: a phrase too long for the sector shortens the label instead.
  const fitAt = (rm: number, size: number, maxLines: number, whole: boolean) => {
    const cx = Math.sin(am) * rm;
    const cy = -Math.cos(am) * rm;
    const widest = Math.min(2 * r1, (r1 - r0) * 2.2 + 40);
    for (let width = widest; width >= size * 2; width -= size) {
      const wrap = wrapText(text, width, size, maxLines, { breakPhrases: false });
      if (!wrap.lines.length || (whole && !wrap.complete)) continue;
      const w = wrappedWidth(wrap.lines, size);
      const h = wrap.lines.length * size * LINE;
      if (boxFits(cx, cy, w, h, sector))
        return { lines: wrap.lines, fontSize: size, complete: wrap.complete, x: cx, y: cy };
    }
    return null;
  };
  const radii = r0 === 0 ? [0] : [(r0 + r1) / 2, r0 + (r1 - r0) * 0.58, r0 + (r1 - r0) * 0.42];
  for (const size of sizes)
    for (const rm of radii) {
      const fit = fitAt(rm, size, Infinity, true);
      if (fit) return fit;
    }
  const small = sizes[sizes.length - 1];
  for (let lines = 3; lines >= 1; lines--)
    for (const rm of radii) {
      const fit = fitAt(rm, small, lines, false);
      if (fit && [...fit.lines.join('').replace(/…$/, '')].length >= 6) return fit;
    }
  // Too small for words: the item's own number (⑥, (1)－1) still tells which one it is.
  if (fallback && fallback !== text) {
    const code = arcLabel(fallback, a0, a1, r0, r1, sizes.slice(-3));
    if (code?.complete && code.lines.length === 1) return code;
  }
  return null;
}
