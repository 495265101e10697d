/**
 * The vision (基本理念): the compiler's one vision reader. It runs once, on the line model,
 * before any tree is read, and every reading of the tree takes its result (the lines it used
 * are the vision's, never items or prose). Evidence, strongest first: the hint a person gave;
 * a 理念 label and the statement under it (the first wholly quoted line after an intro
 * sentence, a (スローガン) label skipped); ≪基本理念≫ and the vision on one line; a 目標 label
 * over a single unnumbered statement; 「…」を基本理念 inside prose; a short slogan (never the rest of a numbered title broken over two lines) right above
 * a 〜subtitle〜. A 〜subtitle〜 after the statement is kept apart, and a long paragraph right
 * after it explains it (the root's description).
 */
import {
  COLOPHON_RE,
  GOAL_WORD_RE,
  LEVEL_LABEL_MAX,
  LEVEL_LABEL_RE,
  STRUCTURE_RE,
  VISION_INLINE_RE,
  VISION_LOOKAHEAD,
  VISION_MAX,
  VISION_RE,
} from './rules';
import { isParenOnly, isProse, isSubtitle, stripSubtitle } from './draft';
import { cleanText } from './lex';
import { titleRunsOn } from './continuation';
import type { Line, VisionFound } from './types';

const unquote = (s: string) => s.replace(/^[「『](.*)[」』]$/u, '$1').trim();
const isQuoted = (s: string) => /^[「『][^「『」』]*([「『][^」』]*[」』][^「『」』]*)*[」』]$/u.test(s);
/** A short line naming a level of the plan or its structure (計画の目標, 施策の柱, 計画の体系): it opens the next part. */
const isLevelLabel = (s: string) => s.length <= LEVEL_LABEL_MAX && (LEVEL_LABEL_RE.test(s) || STRUCTURE_RE.test(s));
/** A blank line stands between lines j-1 and j (blank lines are not in `lines`; their numbers leave a gap). */
const blankBefore = (lines: Line[], j: number) => j > 0 && lines[j].line > lines[j - 1].line + 1;
/** A short slogan part set apart by blank lines is at most this long. */
const SLOGAN_PART_MAX = 20;
/** A paragraph after the vision this long explains it. */
const EXPLANATION_MIN = 40;

/**
 * A vision line runs on to the next only when it is visibly unfinished: it ends in 、 or ・
 * (vision.continues), or a 「『 opened in it is still open (vision.one-statement).
 */
export function unfinished(t: string): boolean {
  if (/[、，,・]$/.test(t)) return true;
  const open = (t.match(/[「『]/g) ?? []).length;
  return open > (t.match(/[」』]/g) ?? []).length;
}

/**
 * Line j carries a statement on (vision.continues): written right under it, short, and
 * neither numbered, a bullet, a sentence, a label nor a ～subtitle～. A slogan's phrases have no
 * 、: a line with one begins the sentence that explains the vision (vision.slogan-ends).
 */
function continues(lines: Line[], j: number, sofar: string): boolean {
  const l = lines[j];
  if (!l || blankBefore(lines, j) || l.num || l.bullet || l.sentence || l.furniture) return false;
  if (
    VISION_RE.test(l.text) ||
    isLevelLabel(l.text) ||
    isSubtitle(l.text) ||
    /^[「『]/.test(l.text) ||
    /[、，,]/.test(l.text)
  )
    return false;
  // A line naming levels (基本目標 施策 取組: a table's header row) begins the plan's structure (vision.ends-at-label).
  if (GOAL_WORD_RE.test(l.text) || STRUCTURE_RE.test(l.text) || /[\t]/.test(l.text)) return false;
  return sofar.length + l.text.length <= VISION_MAX && !/[。．」』]$/.test(sofar);
}

/**
 * A short slogan line set apart by blank lines (みんなでたすけあい / 笑顔でつながるまちづくり):
 * the second half of the vision when the next part of the text begins after it (a blank, then
 * a line that is not prose); not a label, nor the heading of the prose under it.
 */
function sloganPart(lines: Line[], j: number): boolean {
  const l = lines[j];
  if (
    !l ||
    !blankBefore(lines, j) ||
    l.num ||
    l.bullet ||
    l.furniture ||
    isProse(l.text) ||
    l.text.length > SLOGAN_PART_MAX
  )
    return false;
  if (
    VISION_RE.test(l.text) ||
    GOAL_WORD_RE.test(l.text) ||
    STRUCTURE_RE.test(l.text) ||
    COLOPHON_RE.test(l.text) ||
    isSubtitle(l.text)
  )
    return false;
  const next = lines[j + 1];
  return !!next && blankBefore(lines, j + 1) && !isProse(next.text);
}

/** A short line right under the statement that ends the block (a blank follows): its last line (an acrostic's second half). */
function closesBlock(lines: Line[], j: number): boolean {
  const l = lines[j];
  if (!l || blankBefore(lines, j) || l.num || l.bullet || l.furniture || isProse(l.text) || isSubtitle(l.text))
    return false;
  if (VISION_RE.test(l.text) || GOAL_WORD_RE.test(l.text) || STRUCTURE_RE.test(l.text) || COLOPHON_RE.test(l.text))
    return false;
  return !lines[j + 1] || blankBefore(lines, j + 1);
}

/** Joins a line to the statement: with a space when the author spaced its phrases (vision.spacing). */
const join = (text: string, more: string) => (/[\s\u3000]/.test(text + more) ? `${text} ${more}` : `${text}${more}`);

/** Lines from `from` that make up one statement (vision.one-statement, vision.continues, vision.spacing). */
function statement(lines: Line[], from: number): { text: string; used: number[] } {
  let text = lines[from].text;
  const used = [from];
  for (let j = from + 1; j < lines.length && unfinished(text) && !lines[j].num; j++) {
    text += lines[j].text;
    used.push(j);
  }
  for (let j = used[used.length - 1] + 1; !/^[「『]/.test(text) && continues(lines, j, text); j++) {
    text = join(text, lines[j].text);
    used.push(j);
  }
  const last = used[used.length - 1] + 1;
  if (closesBlock(lines, last)) {
    text = join(text, lines[last].text);
    used.push(last);
  }
  for (let j = used[used.length - 1] + 1; sloganPart(lines, j); j++) {
    text = `${unquote(text)} ${unquote(lines[j].text)}`;
    used.push(j);
  }
  return { text: unquote(text), used };
}

/** The statement at `from` with its ～subtitle～ and the paragraph that explains it. */
function withTail(lines: Line[], head: number[], from: number, rule: VisionFound['rule']): VisionFound {
  const s = statement(lines, from);
  let at = s.used[s.used.length - 1] + 1;
  const found: VisionFound = { text: s.text, subtitle: '', subtitleLine: '', lines: [...head, ...s.used], rule };
  if (lines[at] && isSubtitle(lines[at].text)) {
    [found.subtitle, found.subtitleLine] = [stripSubtitle(lines[at].text), lines[at].text];
    found.lines.push(at++);
  }
  const n = lines[at];
  if (n && !n.num && !n.bullet && isProse(n.text) && n.text.length > EXPLANATION_MIN)
    [found.description, found.descriptionLine] = [n.text, at];
  return found;
}

/** Where the statement under the label at i starts: the line under it, or the first quoted line after an intro sentence. */
function statementStart(lines: Line[], i: number): number {
  let first = i + 1;
  for (let j = i + 1; j <= i + VISION_LOOKAHEAD && j < lines.length; j++) {
    const l = lines[j];
    if (l.num || l.furniture) break;
    // A second label right under the first, or (スローガン), names the statement below.
    if (j === first && (VISION_RE.test(l.text) || isParenOnly(l.text)) && ++first) continue;
    if (
      isQuoted(l.text) ||
      /^[「『]/.test(l.text) ||
      (j === first && !/[。．]$/.test(l.text) && l.text.length <= VISION_MAX)
    )
      return j;
  }
  return -1;
}

function fromLabel(lines: Line[]): VisionFound | null {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].num ? lines[i].title : lines[i].text;
    const labelled = VISION_RE.test(t) || (/理念/.test(t) && !lines[i].sentence && t.length <= 30 && !!lines[i].num);
    const at = labelled ? statementStart(lines, i) : -1;
    if (at >= 0)
      return withTail(
        lines,
        [i, ...range(i + 1, at).filter((j) => VISION_RE.test(lines[j].text) || isParenOnly(lines[j].text))],
        at,
        isQuoted(lines[at].text) ? 'vision.quoted' : 'vision.label',
      );
  }
  return null;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/** A 目標 label over one unnumbered statement, then another label or numbered line. */
function fromSingleGoal(lines: Line[]): VisionFound | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i];
    const t = l.num ? l.title : l.text;
    if (l.sentence || !/目標$/.test(t) || t.length > 20) continue;
    const s = statement(lines, i + 1);
    const after = lines[s.used[s.used.length - 1] + 1];
    if (lines[i + 1].num || lines[i + 1].bullet || (lines[i + 1].sentence && !/^[「『]/.test(lines[i + 1].text)))
      continue;
    if (!after || after.num || (!after.sentence && after.text.length <= 20))
      return { text: s.text, subtitle: '', subtitleLine: '', lines: [i, ...s.used], rule: 'vision.single-goal' };
  }
  return null;
}

const INLINE = [
  /「([^「」]+)」を基本理念/u,
  /『([^『』]+)』を基本理念/u,
  /基本理念(?:は|を)?「([^「」]+)」/u,
  /基本理念(?:は|を)?『([^『』]+)』/u,
];

function fromProse(lines: Line[]): VisionFound | null {
  for (let i = 0; i < lines.length; i++) {
    for (const re of INLINE) {
      const m = lines[i].text.match(re);
      if (m) return { text: m[1].trim(), subtitle: '', subtitleLine: '', lines: [i], rule: 'vision.inline' };
    }
  }
  return null;
}

/** A short slogan right above its ～subtitle～ (vision.before-subtitle). */
function beforeSubtitle(lines: Line[]): VisionFound | null {
  for (let i = 1; i < lines.length; i++) {
    const p = lines[i - 1];
    if (!isSubtitle(lines[i].text) || p.num || p.sentence || p.text.length > 40) continue;
    // The rest of a numbered title broken over two lines is that item's, not a slogan.
    const item = lines[i - 2];
    if (item?.num && !blankBefore(lines, i - 1) && titleRunsOn(item.title, p.text)) continue;
    return withTail(lines, [], i - 1, 'vision.before-subtitle');
  }
  return null;
}

/** ≪基本理念≫ ともに生きる: label and vision on one line (vision.inline-label). */
function fromInlineLabel(lines: Line[]): VisionFound | null {
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].text.match(VISION_INLINE_RE);
    if (!m) continue;
    const sub = lines[i + 1] && isSubtitle(lines[i + 1].text) ? lines[i + 1].text : '';
    return {
      text: unquote(m[1]),
      subtitle: sub && stripSubtitle(sub),
      subtitleLine: sub,
      lines: sub ? [i, i + 1] : [i],
      rule: 'vision.inline-label',
    };
  }
  return null;
}

/** The line a person named as the vision (hints.vision), read on from there as any statement. */
function fromHint(lines: Line[], hint: string): VisionFound {
  const at = lines.findIndex((l) => l.text === hint || cleanText(l.text) === hint);
  if (at < 0) return { text: hint, subtitle: '', subtitleLine: '', lines: [], rule: 'vision.hint' };
  return withTail(lines, [], at, 'vision.hint');
}

export function readVision(lines: Line[], hint?: string): VisionFound | null {
  if (hint) return fromHint(lines, hint);
  return (
    fromLabel(lines) ?? fromInlineLabel(lines) ?? fromSingleGoal(lines) ?? fromProse(lines) ?? beforeSubtitle(lines)
  );
}
