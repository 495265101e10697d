/**
 * The vision (基本理念), read from evidence in this order: a 理念 label and the line under
 * it (or the first wholly quoted line after an intro sentence); a 目標 label over a single
 * unnumbered statement; 「…」を基本理念 written inside prose; a short slogan right above a
 * 〜subtitle〜. Returns the lines it used so they are not read as items or prose.
 */
import { LEVEL_LABEL_MAX, LEVEL_LABEL_RE, STRUCTURE_RE, VISION_INLINE_RE, VISION_LOOKAHEAD, VISION_MAX, VISION_RE } from './rules';
import { isSubtitle, stripSubtitle } from './draft';
import { unfinished } from './readVision';
import type { Line, VisionFound } from './types';

const unquote = (s: string) => s.replace(/^[「『](.*)[」』]$/u, '$1').trim();
const isQuoted = (s: string) => /^[「『][^「『」』]*([「『][^」』]*[」』][^「『」』]*)*[」』]$/u.test(s);

/** A short line naming a level of the plan or its structure (計画の目標, 施策の柱, 【基本方針】, 計画の体系): it opens the next part. */
const isLevelLabel = (s: string) => s.length <= LEVEL_LABEL_MAX && (LEVEL_LABEL_RE.test(s) || STRUCTURE_RE.test(s));

/**
 * The next line carries a statement on (vision.continues): written right under it (no blank
 * line between; blank lines are not in `lines`, so their line numbers leave a gap), short, and
 * neither numbered, a bullet, a sentence, a label nor a ～subtitle～.
 */
function continues(lines: Line[], j: number, sofar: string): boolean {
  const [p, l] = [lines[j - 1], lines[j]];
  if (!l || l.line !== p.line + 1 || l.num || l.bullet || l.sentence || l.furniture) return false;
  if (VISION_RE.test(l.text) || isLevelLabel(l.text) || isSubtitle(l.text) || /^[「『]/.test(l.text)) return false;
  return sofar.length + l.text.length <= VISION_MAX && !/[。．」』]$/.test(sofar);
}

/**
 * Lines from `from` that make up one statement: a quote left open, or a line ending in 、,
 * runs on (vision.one-statement); an unquoted statement runs on over the lines right under it
 * to a blank line or the next label. Lines written with spaces between phrases are joined with
 * a space, so the author's spacing stays (vision.spacing).
 */
function statement(lines: Line[], from: number): { text: string; used: number[] } {
  let text = lines[from].text;
  const used = [from];
  for (let j = from + 1; j < lines.length && unfinished(text) && !lines[j].num; j++) {
    text += lines[j].text;
    used.push(j);
  }
  for (let j = used[used.length - 1] + 1; !/^[「『]/.test(text) && continues(lines, j, text); j++) {
    text += /[\s\u3000]/.test(text + lines[j].text) ? ` ${lines[j].text}` : lines[j].text;
    used.push(j);
  }
  return { text: unquote(text), used };
}

function subtitleAfter(lines: Line[], i: number): { subtitle: string; subtitleLine: string; used: number[] } {
  const n = lines[i];
  return n && isSubtitle(n.text) ? { subtitle: stripSubtitle(n.text), subtitleLine: n.text, used: [i] } : { subtitle: '', subtitleLine: '', used: [] };
}

function fromLabel(lines: Line[]): VisionFound | null {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].num ? lines[i].title : lines[i].text;
    const labelled = VISION_RE.test(t) || (/理念/.test(t) && !lines[i].sentence && t.length <= 30 && !!lines[i].num);
    if (!labelled) continue;
    let first = i + 1;
    for (let j = i + 1; j <= i + VISION_LOOKAHEAD && j < lines.length; j++) {
      const l = lines[j];
      if (l.num || l.furniture) break;
      if (VISION_RE.test(l.text) && j === first && ++first) continue; // a second label right under the first
      if (isQuoted(l.text) || /^[「『]/.test(l.text) || (j === first && !/[。．]$/.test(l.text) && l.text.length <= VISION_MAX)) {
        const s = statement(lines, j);
        const sub = subtitleAfter(lines, s.used[s.used.length - 1] + 1);
        return { text: s.text, subtitle: sub.subtitle, subtitleLine: sub.subtitleLine, lines: [i, ...s.used, ...sub.used], rule: isQuoted(l.text) ? 'vision.quoted' : 'vision.label' };
      }
    }
  }
  return null;
}

/** A 目標 label over one unnumbered statement, then another label or numbered line. */
function fromSingleGoal(lines: Line[]): VisionFound | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i];
    const t = l.num ? l.title : l.text;
    if (l.sentence || !/目標$/.test(t) || t.length > 20) continue;
    const s = statement(lines, i + 1);
    const after = lines[s.used[s.used.length - 1] + 1];
    if (lines[i + 1].num || lines[i + 1].bullet || lines[i + 1].sentence && !/^[「『]/.test(lines[i + 1].text)) continue;
    if (!after || after.num || (!after.sentence && after.text.length <= 20)) return { text: s.text, subtitle: '', subtitleLine: '', lines: [i, ...s.used], rule: 'vision.single-goal' };
  }
  return null;
}

const INLINE = [/「([^「」]+)」を基本理念/u, /『([^『』]+)』を基本理念/u, /基本理念(?:は|を)?「([^「」]+)」/u, /基本理念(?:は|を)?『([^『』]+)』/u];

function fromProse(lines: Line[]): VisionFound | null {
  for (let i = 0; i < lines.length; i++) {
    for (const re of INLINE) {
      const m = lines[i].text.match(re);
      if (m) return { text: m[1].trim(), subtitle: '', subtitleLine: '', lines: [i], rule: 'vision.inline' };
    }
  }
  return null;
}

function beforeSubtitle(lines: Line[]): VisionFound | null {
  for (let i = 1; i < lines.length; i++) {
    const p = lines[i - 1];
    if (!isSubtitle(lines[i].text) || p.num || p.sentence || p.text.length > 40) continue;
    return { text: unquote(p.text), subtitle: stripSubtitle(lines[i].text), subtitleLine: lines[i].text, lines: [i - 1, i], rule: 'vision.before-subtitle' };
  }
  return null;
}

/** ≪基本理念≫ ともに生きる: label and vision on one line (vision.inline-label). */
function fromInlineLabel(lines: Line[]): VisionFound | null {
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].text.match(VISION_INLINE_RE);
    if (!m) continue;
    const sub = subtitleAfter(lines, i + 1);
    return { text: unquote(m[1]), subtitle: sub.subtitle, subtitleLine: sub.subtitleLine, lines: [i, ...sub.used], rule: 'vision.inline-label' };
  }
  return null;
}

export function findVision(lines: Line[]): VisionFound | null {
  return fromLabel(lines) ?? fromInlineLabel(lines) ?? fromSingleGoal(lines) ?? fromProse(lines) ?? beforeSubtitle(lines);
}
