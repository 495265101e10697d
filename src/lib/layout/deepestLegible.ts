/**
 * The most levels of a tree `maxDepth` deep that can be shown legibly (`legible(depth)`: the
 * levels above `depth` open fit at a legible size), never fewer than one; null when the tree has
 * no level to close.
 */
export function deepestLegible(maxDepth: number, legible: (depth: number) => boolean): number | null {
  for (let depth = maxDepth - 1; depth >= 1; depth--) {
    if (depth === 1 || legible(depth)) return depth;
  }
  return null;
}
