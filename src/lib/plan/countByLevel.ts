import type { PlanNode } from './schema';
import { walk } from './hierarchy';

export interface LevelCount {
  depth: number;
  level: string;
  count: number;
}

/** Nodes per (depth, level word), in first-seen order: the figures a council checks against its PDF. */
export function countByLevel(root: PlanNode): LevelCount[] {
  const rows = new Map<string, LevelCount>();
  walk(root, (n, depth) => {
    if (depth === 0) return;
    const k = `${depth}\u0000${n.level}`;
    const row = rows.get(k) ?? { depth: depth - 1, level: n.level, count: 0 };
    row.count++;
    rows.set(k, row);
  });
  return [...rows.values()].sort((a, b) => a.depth - b.depth);
}
