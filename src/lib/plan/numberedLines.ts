import { SECTION_WORD_RE } from './rules';
import type { Line } from './types';

const isSection = (l: Line) => SECTION_WORD_RE.test(l.title) || (!l.title && !!l.word);

/** The latest run whose last number comes right before `value` (searched from the end, without copying the runs for every line). */
function latestRunBefore(runs: Line[][], value: number): Line[] | undefined {
  for (let k = runs.length - 1; k >= 0; k--) if (runs[k][runs[k].length - 1].num!.value === value - 1) return runs[k];
  return undefined;
}

/**
 * Numbered lines that are part of the plan's body, by source line: not page furniture, not
 * chapters, and not in a run (1, 2, 3 … of one numbering, other lists may stand between) that
 * counts mostly page sections (1 計画の期間, 2 計画の位置づけ).
 */
export function numberedLines(lines: readonly Line[]): Map<number, Line> {
  const runs: Line[][] = [];
  const open = new Map<string, Line[][]>();
  for (const l of lines) {
    if (!l.num || l.furniture || l.num.scheme === 'chapter') continue;
    const mine = open.get(l.num.scheme) ?? [];
    open.set(l.num.scheme, mine);
    const run = latestRunBefore(mine, l.num.value);
    if (run) run.push(l);
    else runs.push(mine[mine.push([l]) - 1]);
  }
  const body = runs
    .filter((r) => r.filter(isSection).length * 2 < r.length)
    .flat()
    .filter((l) => !isSection(l));
  return new Map(body.sort((a, b) => a.line - b.line).map((l) => [l.line, l]));
}
