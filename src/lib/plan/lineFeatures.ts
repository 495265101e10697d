/**
 * Pass 2: source lines → lines with the features the later passes decide on: indent, bullet,
 * a level word (closed list, widened by suffix, or from hints), numbering (scheme, value,
 * code), the title after them, whether the line reads as a sentence, and page furniture.
 */
import { matchLevelWord, matchNumbering } from './lex';
import { halfWidthAscii } from '../text/width';
import { BULLET_RE, FURNITURE, SENTENCE_END_RE } from './rules';
import type { Line, SourceLine } from './types';

const LABEL_MARKS = /^[☆★■□◆◇●◎▼▲]\s*/u;
const MARKDOWN_HEADING = /^[#＃]{1,6}\s+/u;

/** 行動領域:題名 → 題名 (a short label before a colon is not part of the title). */
export const dropLabel = (s: string) => s.replace(/^[^:：\s]{1,8}[:：]\s*(?=\S)/u, '');

/** 1) 題名: a half parenthesis, which the closed numbering list leaves to context. */
function halfParen(s: string) {
  const m = s.match(/^(\d+)\)/);
  return m ? { rule: { scheme: 'half-paren' }, parts: [+m[1]], length: m[0].length } : null;
}

/** 基本目標1「題名」: after a level word a number may touch the title. */
function tightNumber(s: string) {
  const m = s.match(/^(\d+)(?=\D)/);
  return m ? { rule: { scheme: 'num-tight' }, parts: [+m[1]], length: m[0].length } : null;
}

/** A level word: the closed list, a hint, or any word ending in a level suffix followed by a number (the lexer's rule). */
export function levelWordOf(s: string, extra: Record<string, number> = {}): string | null {
  return matchLevelWord(s, extra)?.word ?? null;
}

export function lineFeatures(src: SourceLine, extraWords: Record<string, number> = {}): Line {
  const indent = src.text.match(/^[ \u3000\t]*/)![0].length;
  // A Markdown heading mark (### 基本理念) is layout, as the lexer reads it too.
  let s = src.text.trim().replace(MARKDOWN_HEADING, '');
  const furniture = FURNITURE.find((f) => f.re.test(halfWidthAscii(s)))?.rule ?? null;
  const marked = LABEL_MARKS.test(s);
  let bullet = false;
  const b = halfWidthAscii(s).match(BULLET_RE);
  if (b) [bullet, s] = [true, s.slice(b[0].length)];
  s = s.replace(LABEL_MARKS, '');
  const half = halfWidthAscii(s);
  const word = levelWordOf(half, extraWords);
  let rest = word ? half.slice(word.length).trimStart() : half;
  let num: Line['num'] = null;
  const m = matchNumbering(rest, true) ?? halfParen(rest) ?? (word ? tightNumber(rest) : null);
  if (m && !(m.rule.scheme === 'num' && !/^\d+\s+\S/.test(rest))) {
    num = {
      scheme: (word ? `${word}:` : '') + m.rule.scheme,
      value: m.parts[m.parts.length - 1],
      parts: m.parts,
      code: rest.slice(0, m.length).trim(),
    };
    rest = rest.slice(m.length);
  }
  const title = rest.replace(/^[\s.．、:：)]+/, '').trim();
  return {
    line: src.line,
    text: s,
    indent,
    bullet,
    word,
    num,
    title,
    sentence: SENTENCE_END_RE.test(title || s),
    furniture,
    marked,
  };
}
