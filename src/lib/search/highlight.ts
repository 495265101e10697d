export interface Segment {
  text: string;
  mark: boolean;
}

/** Splits text into plain and marked segments for [start, end) ranges, to render without HTML. */
export function highlight(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const s = Math.max(a, at);
    const e = Math.min(b, text.length);
    if (e <= s) continue;
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
