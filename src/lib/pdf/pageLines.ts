import { foldRadicals, joinText } from './cjk';
import { FRAGMENT_GAP_EM, SAME_LINE_EM, SPACE_GAP_EM } from './thresholds';
import { isStrong, type Fragment, type Line, type Run } from './types';

interface Piece {
  text: string;
  /** The gap before it is wider than a letter's spacing. */
  spaced: boolean;
}

/**
 * A fragment's pieces → its text. Where most letters stand apart, the spacing is the
 * typesetter's (「基 本 理 念」, justified or letter-spaced headings) and closes up; otherwise
 * a wide gap is a word space and stays (Japanese pieces alike).
 */
function piecesText(pieces: Piece[]): string {
  const gaps = pieces.slice(1);
  const spacedOut = gaps.filter((p) => p.spaced).length >= Math.max(2, gaps.length / 2);
  return pieces.map((p, i) => (i && p.spaced && !spacedOut ? ` ${p.text}` : p.text)).join('');
}

/** Runs on one baseline → fragments, split where the gap is wide (a cell or column boundary). */
function fragmentsOf(runs: Run[]): Fragment[] {
  const out: { f: Fragment; pieces: Piece[] }[] = [];
  for (const r of [...runs].sort((a, b) => a.x - b.x)) {
    const text = foldRadicals(r.text).trim();
    if (!text) continue; // a space run only widens the gap it stands in
    const cur = out[out.length - 1];
    const gap = cur ? r.x - cur.f.x1 : Infinity;
    // A tagged heading or list item is one piece however wide its label's gap (「①<tab>サロンの運営」).
    const sameItem = isStrong(r.tag) && cur?.f.tag?.block === r.tag!.block;
    if (cur && (sameItem || gap < FRAGMENT_GAP_EM * Math.max(r.size, cur.f.size))) {
      cur.pieces.push({ text, spaced: gap > SPACE_GAP_EM * r.size });
      cur.f.x1 = Math.max(cur.f.x1, r.x + r.width);
      cur.f.size = Math.max(cur.f.size, r.size);
    } else {
      out.push({
        f: { text, x0: r.x, x1: r.x + r.width, y: r.y, size: r.size, tag: r.tag },
        pieces: [{ text, spaced: false }],
      });
    }
  }
  return out.map(({ f, pieces }) => ({ ...f, text: piecesText(pieces) }));
}

/**
 * A heading justified across a wide box (「基　　本　　理　　念」) splits into one-letter
 * fragments with even gaps: close them up into one.
 */
function closeUpSpaced(frags: Fragment[]): Fragment[] {
  if (frags.length < 3 || frags.some((f) => [...f.text].length > 2)) return frags;
  const gaps = frags.slice(1).map((f, i) => f.x0 - frags[i].x1);
  if (Math.max(...gaps) > 1.5 * Math.min(...gaps) + 2) return frags;
  const joined = frags.reduce((a, f) => joinText(a, f.text, true), '');
  return [{ ...frags[0], text: joined, x1: frags[frags.length - 1].x1 }];
}

/** A page's runs → lines top to bottom, each with its fragments left to right. */
export function pageLines(runs: Run[]): Line[] {
  const sorted = runs.filter((r) => r.text.trim()).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Run[][] = [];
  for (const r of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(r.y - g[0].y) < SAME_LINE_EM * Math.min(r.size, g[0].size)) g.push(r);
    else groups.push([r]);
  }
  return groups
    .map((g) => {
      const frags = closeUpSpaced(fragmentsOf(g));
      return { frags, y: g[0].y, size: Math.max(...g.map((r) => r.size)), tag: frags[0]?.tag };
    })
    .filter((l) => l.frags.length);
}
