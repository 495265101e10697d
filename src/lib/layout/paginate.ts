/** Measured heights (px) of a slide's parts at the smallest type it may use. */
export interface SlideMeasure {
  /** Height available for the slide's words. */
  room: number;
  /** The heading of the first page (level, title, subtitle), and of a continuation page (title 「(続き)」). */
  head: number;
  continuedHead: number;
  /** Each atom on its own. */
  atoms: number[];
  /** A paragraph's sentences set together (shorter than the sum when lines are shared), by group. */
  groups?: Map<number, { from: number; to: number; height: number }>;
  /** Atoms that must not end a page (a list's heading). */
  keepWithNext?: ReadonlySet<number>;
}

/** One page: atoms [from, to). */
export interface PageRange {
  from: number;
  to: number;
}

export interface Pagination {
  pages: PageRange[];
  /** Some atom is taller than a page on its own: that page scrolls. The screen is too small. */
  overflow: boolean;
}

/**
 * Cuts a slide into pages that each fit the room at the smallest legible type, in reading
 * order, greedily: a paragraph goes whole onto a page when it fits there, else sentence by
 * sentence; a heading never ends a page. Never shrinks or drops anything: what does not fit
 * goes onto the next page.
 */
export function paginate(m: SlideMeasure): Pagination {
  const pages: PageRange[] = [];
  let overflow = m.head > m.room;
  let from = 0;
  let used = m.head;
  const room = () => m.room - used;
  const close = (to: number) => {
    pages.push({ from, to });
    from = to;
    used = m.continuedHead;
  };
  const wholeGroup = (i: number) => [...(m.groups?.values() ?? [])].find((g) => g.from === i && g.to - g.from > 1);
  let i = 0;
  while (i < m.atoms.length) {
    const group = wholeGroup(i);
    if (group && group.height <= room()) {
      used += group.height;
      i = group.to;
      continue;
    }
    const need = m.atoms[i] + (m.keepWithNext?.has(i) && i + 1 < m.atoms.length ? m.atoms[i + 1] : 0);
    if (need > room() && i > from) {
      close(i);
      continue;
    }
    if (need > room()) overflow = true;
    used += m.atoms[i];
    i++;
  }
  pages.push({ from, to: m.atoms.length });
  return { pages, overflow };
}
