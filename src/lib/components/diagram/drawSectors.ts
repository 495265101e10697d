import { traceArc } from '../../layout/arcPath';
import type { Sector } from '../../layout/sectorAt';
import { INK } from '../../layout/branchColor';
import { STATUS_FILL } from '../../layout/statusStyle';
import { OUTLINE_STROKES, type SectorStyle } from '../../layout/sectorStyle';

/** A sector drawn on the canvas, styled as the SVG sectors are (one sectorStyle for both). */
export interface PaintedSector extends Sector, SectorStyle {
  id: string;
}

/** A roll-up band at a sector's outer edge, in an evaluation rank's pattern. */
export interface PaintedBand extends Sector {
  rank: number;
}

type Tile = { size: number; angle: number; paint: (t: CanvasRenderingContext2D) => void };

/** A tile of `fill` crossed by a line through `points`, turned 45° (the stripes and the hatch). */
function lined(
  { fill, size, alpha, width }: { fill: string; size: number; alpha: number; width: number },
  points: readonly [number, number][],
): Tile {
  return {
    size,
    angle: 45,
    paint: (t) => {
      t.fillStyle = fill;
      t.fillRect(0, 0, size, size);
      t.globalAlpha = alpha;
      t.strokeStyle = INK;
      t.lineWidth = width;
      t.beginPath();
      for (const [i, [x, y]] of points.entries()) {
        if (i === 0) t.moveTo(x, y);
        else t.lineTo(x, y);
      }
      t.stroke();
    },
  };
}

/** The SVG patterns of StatusPatterns.svelte and the 再掲 hatch, as canvas tiles. */
const TILES: Record<string, Tile> = {
  2: {
    size: 8,
    angle: 0,
    paint: (t) => {
      t.fillStyle = STATUS_FILL[2];
      t.fillRect(0, 0, 8, 8);
      t.globalAlpha = 0.55;
      t.fillStyle = INK;
      t.beginPath();
      t.arc(4, 4, 1.4, 0, 2 * Math.PI);
      t.fill();
    },
  },
  3: lined({ fill: STATUS_FILL[3], size: 7, alpha: 0.5, width: 1.6 }, [
    [0, 0],
    [0, 7],
  ]),
  4: lined({ fill: STATUS_FILL[4], size: 7, alpha: 0.5, width: 1.6 }, [
    [0, 7],
    [0, 0],
    [7, 0],
  ]),
  hatch: lined({ fill: 'rgba(255,255,255,0.35)', size: 6, alpha: 0.35, width: 2 }, [
    [0, 0],
    [0, 6],
  ]),
};

const patterns = new WeakMap<CanvasRenderingContext2D, Map<string, CanvasPattern | null>>();

/** A tile drawn at the screen's pixel density, so patterns stay as sharp as the SVG ones. */
function pattern(ctx: CanvasRenderingContext2D, key: string, dpr: number): CanvasPattern | null {
  const cache = patterns.get(ctx) ?? patterns.set(ctx, new Map()).get(ctx)!;
  const cacheKey = `${key}@${dpr}`;
  if (!cache.has(cacheKey)) {
    const tile = TILES[key];
    const c = document.createElement('canvas');
    c.width = c.height = Math.round(tile.size * dpr);
    const t = c.getContext('2d')!;
    t.scale(c.width / tile.size, c.height / tile.size);
    tile.paint(t);
    const p = ctx.createPattern(c, 'repeat');
    p?.setTransform(new DOMMatrix().rotate(tile.angle).scale(tile.size / c.width));
    cache.set(cacheKey, p);
  }
  return cache.get(cacheKey)!;
}

const fillOf = (ctx: CanvasRenderingContext2D, fill: string | number, dpr: number) =>
  typeof fill === 'string'
    ? fill
    : fill === 1
      ? STATUS_FILL[1]
      : (pattern(ctx, String(fill), dpr) ?? STATUS_FILL[fill as 2 | 3 | 4]);

/**
 * Groups sectors by `key` and paints each group as one path (thousands of sectors in a few
 * calls): traces every sector of the group, then `paint` fills or strokes it once, given the
 * group's first sector (they share what the key says).
 */
function paintGroups<T extends Sector>(
  ctx: CanvasRenderingContext2D,
  sectors: readonly T[],
  key: (s: T) => string,
  paint: (first: T) => void,
): void {
  for (const group of groupBy(sectors, key).values()) {
    ctx.beginPath();
    for (const s of group) traceArc(ctx, s.a0, s.a1, s.r0, s.r1);
    paint(group[0]);
  }
}

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    (m.get(k) ?? m.set(k, []).get(k)!).push(x);
  }
  return m;
}

/** Sector fills grouped by colour, dimmed where a search dims them, with white 1 px edges. */
function paintFills(ctx: CanvasRenderingContext2D, sectors: readonly PaintedSector[], dpr: number): void {
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 1;
  paintGroups(
    ctx,
    sectors,
    (s) => `${s.fill}|${s.dim}`,
    (first) => {
      ctx.globalAlpha = first.dim ? 0.25 : 1;
      ctx.fillStyle = fillOf(ctx, first.fill, dpr);
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.stroke();
    },
  );
}

/** The 再掲 hatch, then the 重点 / 新規 / match outlines. */
function paintMarks(ctx: CanvasRenderingContext2D, sectors: readonly PaintedSector[], dpr: number): void {
  ctx.fillStyle = pattern(ctx, 'hatch', dpr) ?? 'transparent';
  paintGroups(
    ctx,
    sectors.filter((s) => s.hatch),
    () => 'hatch',
    () => ctx.fill(),
  );
  ctx.strokeStyle = INK;
  paintGroups(
    ctx,
    sectors.filter((s) => s.outline),
    (s) => s.outline!,
    (first) => {
      const o = OUTLINE_STROKES[first.outline!];
      ctx.lineWidth = o.width;
      ctx.setLineDash(o.dash);
      ctx.stroke();
    },
  );
  ctx.setLineDash([]);
}

/** Roll-up bands in their rank's pattern, outlined in ink. */
function paintBands(ctx: CanvasRenderingContext2D, bands: readonly PaintedBand[], dpr: number): void {
  ctx.strokeStyle = INK;
  ctx.lineWidth = 0.75;
  paintGroups(
    ctx,
    bands,
    (b) => String(b.rank),
    (first) => {
      ctx.fillStyle = fillOf(ctx, first.rank, dpr);
      ctx.fill();
      ctx.stroke();
    },
  );
}

/**
 * Paints sectors on a canvas whose backing store is `size` × dpr pixels a side, origin at the
 * disc's centre: fills grouped by colour (one path each, thousands of sectors in a few calls),
 * white 1 px edges, the 再掲 hatch, outlines and roll-up bands on top, as in the SVG.
 */
export function drawSectors(
  ctx: CanvasRenderingContext2D,
  size: number,
  dpr: number,
  sectors: readonly PaintedSector[],
  bands: readonly PaintedBand[],
): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(dpr, 0, 0, dpr, (size * dpr) / 2, (size * dpr) / 2);
  paintFills(ctx, sectors, dpr);
  paintMarks(ctx, sectors, dpr);
  paintBands(ctx, bands, dpr);
}
