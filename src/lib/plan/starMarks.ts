import { STAR_KEY_RE } from './rules';
import type { Draft } from './types';
import { draftsInOrder } from './draft';

const STAR = /^([★☆])\s*/u;

/**
 * A bare ★ or ☆ before a title (marker.star-key): the 重点 mark when a key line of the text says
 * so (★は重点取組, ☆：重点), otherwise a decoration. Either way it leaves the title.
 */
export function starMarks(root: Draft, lines: readonly string[]): void {
  const key = lines.map((l) => l.trim().match(STAR_KEY_RE)).find(Boolean)?.[1] ?? null;
  for (const c of draftsInOrder(root).slice(1)) {
    const m = c.title.match(STAR);
    if (!m) continue;
    c.title = c.title.slice(m[0].length);
    if (m[1] === key && !c.tags.includes('重点')) c.tags = [...c.tags, '重点'];
  }
}
