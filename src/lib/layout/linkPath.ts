/** A horizontal S-curve from a parent's dot to a child's (d3.linkHorizontal, without the dependency). */
export function linkPath(s: { x: number; y: number }, t: { x: number; y: number }): string {
  const mx = (s.x + t.x) / 2;
  return `M${s.x},${s.y}C${mx},${s.y} ${mx},${t.y} ${t.x},${t.y}`;
}
