/** Random plan hierarchies: 1–4 levels, 2–8 children at the top, unique titles. */
import { goalTitle, measureTitle } from './phrases';
import type { Rng } from './random';

export interface SynthNode {
  title: string;
  subtitle?: string;
  children: SynthNode[];
}

const DEPTHS = [1, 2, 2, 3, 3, 3, 4];
/** Lower levels have fewer children, so a plan stays the size councils write (tens of nodes). */
const MAX_CHILDREN = [8, 5, 4, 3];

function uniqueTitle(r: Rng, depth: number, used: Set<string>): string {
  for (;;) {
    const t = depth === 0 ? goalTitle(r) : measureTitle(r);
    if (!used.has(t)) return (used.add(t), t);
  }
}

function grow(r: Rng, depth: number, levels: number, used: Set<string>): SynthNode[] {
  const n = r.int(2, MAX_CHILDREN[depth]);
  return Array.from({ length: n }, () => ({
    title: uniqueTitle(r, depth, used),
    children: depth + 1 < levels ? grow(r, depth + 1, levels, used) : [],
  }));
}

export function randomHierarchy(r: Rng): { levels: number; top: SynthNode[] } {
  const levels = r.pick(DEPTHS);
  return { levels, top: grow(r, 0, levels, new Set()) };
}
