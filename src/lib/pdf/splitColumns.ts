import { COLUMN_FILL, COLUMN_MIN_LINES, GUTTER_HALF, GUTTER_ZONE } from './thresholds';
import type { Line } from './types';

const STEP = 2;

/** Candidate gutter positions a line leaves free (no fragment within GUTTER_HALF of them). */
function freeXs(line: Line, xs: number[]): Set<number> {
  return new Set(xs.filter((x) => line.frags.every((f) => f.x1 < x - GUTTER_HALF || f.x0 > x + GUTTER_HALF)));
}

/** Two columns of prose, not a table: each side has lines wrapped to fill most of its width. */
function isColumns(lines: Line[], x: number, left: number, right: number): boolean {
  const l = lines.flatMap((ln) => ln.frags.filter((f) => f.x1 < x));
  const r = lines.flatMap((ln) => ln.frags.filter((f) => f.x0 > x));
  const both = lines.filter((ln) => ln.frags.some((f) => f.x1 < x) && ln.frags.some((f) => f.x0 > x)).length;
  const lw = Math.max(...l.map((f) => f.x1)) - left;
  const rw = right - Math.min(...r.map((f) => f.x0));
  const full = (fs: typeof l, w: number) => fs.filter((f) => f.x1 - f.x0 >= COLUMN_FILL * w).length;
  const oneEach = lines.every(
    (ln) => ln.frags.filter((f) => f.x1 < x).length <= 1 && ln.frags.filter((f) => f.x0 > x).length <= 1,
  );
  return both >= COLUMN_MIN_LINES && oneEach && full(l, lw) >= 2 && full(r, rw) >= 2;
}

const side = (lines: Line[], keep: (x0: number) => boolean) =>
  lines.map((l) => ({ ...l, frags: l.frags.filter((f) => keep(f.x0)) })).filter((l) => l.frags.length);

/**
 * Lines of a page → blocks in reading order. Where a run of lines leaves a vertical gutter
 * free and both sides are wrapped prose, a reader takes the left column to its end, then the
 * right one; everything else stays in page order (tables keep their rows).
 */
export function splitColumns(lines: Line[]): Line[][] {
  if (!lines.length) return [];
  const left = Math.min(...lines.flatMap((l) => l.frags.map((f) => f.x0)));
  const right = Math.max(...lines.flatMap((l) => l.frags.map((f) => f.x1)));
  const xs: number[] = [];
  for (let x = left + GUTTER_ZONE[0] * (right - left); x <= left + GUTTER_ZONE[1] * (right - left); x += STEP)
    xs.push(x);
  const blocks: Line[][] = [];
  let openBlock: Line[] | null = null; // page-order lines that the next page-order run continues
  let i = 0;
  while (i < lines.length) {
    let free = freeXs(lines[i], xs);
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = new Set([...free].filter((x) => freeXs(lines[j], xs).has(x)));
      if (!next.size) break;
      free = next;
    }
    let cands = [...free].sort((a, b) => a - b);
    // A line with text on both sides of the next run's gutter opens that run (a heading beside the
    // other column's first line), not the end of this one.
    const opens = (k: number) =>
      k > i &&
      k < lines.length &&
      lines[k - 1].frags.length > 1 &&
      [...freeXs(lines[k - 1], xs)].some((x) => freeXs(lines[k], xs).has(x));
    if (!(cands.length && isColumns(lines.slice(i, j), cands[Math.floor(cands.length / 2)], left, right)) && opens(j)) {
      j--;
      free = lines
        .slice(i + 1, j)
        .reduce((f, l) => new Set([...f].filter((x) => freeXs(l, xs).has(x))), freeXs(lines[i], xs));
      cands = [...free].sort((a, b) => a - b);
    }
    const run = lines.slice(i, j);
    const x = cands[Math.floor(cands.length / 2)];
    if (cands.length && isColumns(run, x, left, right)) {
      blocks.push(
        side(run, (x0) => x0 < x),
        side(run, (x0) => x0 > x),
      );
      openBlock = null;
    } else if (openBlock) {
      openBlock.push(...run);
    } else {
      openBlock = [...run];
      blocks.push(openBlock);
    }
    i = j;
  }
  return blocks;
}
