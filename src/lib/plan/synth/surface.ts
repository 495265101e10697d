/**
 * Surface forms councils write a level in: numbering schemes, level words, bullets. Each level
 * of a synthesized plan takes one form, and no two levels share a form (a person could not
 * tell them apart either).
 */
import type { Rng } from './random';

export type Form =
  | 'num'
  | 'num-dot'
  | 'num-half-paren'
  | 'paren'
  | 'circled'
  | 'roman'
  | 'kana'
  | 'kana-paren'
  | 'compound'
  | 'word'
  | 'bracket-word'
  | 'bullet-dot'
  | 'bullet-dash'
  | 'bullet-maru';

export interface LevelStyle {
  form: Form;
  /** The level word written with the number (基本目標1), or null. */
  word: string | null;
  indent: string;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';
const ROMAN = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ';
const KANA = 'アイウエオカキクケコ';

/** Forms each depth may take (top first). Bullets only at the deepest level. */
const FORMS: readonly Form[][] = [
  ['num', 'num-dot', 'paren', 'circled', 'roman', 'word', 'bracket-word', 'num-half-paren'],
  ['paren', 'circled', 'compound', 'kana', 'word', 'num-half-paren'],
  ['circled', 'kana-paren', 'compound', 'paren'],
  ['kana', 'kana-paren', 'circled'],
];
const BULLETS: readonly Form[] = ['bullet-dot', 'bullet-dash', 'bullet-maru'];

export const LEVEL_SETS: readonly string[][] = [
  ['基本目標', '施策', '取組', '細目'],
  ['基本方針', '推進項目', '実施項目', '細目'],
  ['基本目標', '基本施策', '具体的な取組', '細目'],
  ['基本方針', '施策の方向', '取組', '細目'],
];

export function levelStyles(r: Rng, levels: number): { styles: LevelStyle[]; words: string[] } {
  const words = r.pick(LEVEL_SETS);
  const indent = r.chance(0.4);
  const used = new Set<Form>();
  const styles = Array.from({ length: levels }, (_, d) => {
    const last = d === levels - 1;
    const options = (last && d > 0 && r.chance(0.4) ? BULLETS : FORMS[d]).filter(
      (f) => !used.has(f) && !(f === 'compound' && d === 0),
    );
    const form = r.pick(options.length ? options : BULLETS.filter((f) => !used.has(f)));
    used.add(form);
    const word = form === 'word' || form === 'bracket-word' ? words[d] : null;
    return { form, word, indent: indent ? '  '.repeat(d) : '' };
  });
  return { styles, words };
}

/** The marker that opens a node's line: 「基本目標1 」「(2) 」「1-2 」「・」. */
export function marker(s: LevelStyle, path: number[]): string {
  const n = path[path.length - 1];
  switch (s.form) {
    case 'num':
      return `${n} `;
    case 'num-dot':
      return `${n}. `;
    case 'num-half-paren':
      return `${n}) `;
    case 'paren':
      return `(${n}) `;
    case 'circled':
      return `${CIRCLED[n - 1]} `;
    case 'roman':
      return `${ROMAN[n - 1]} `;
    case 'kana':
      return `${KANA[n - 1]} `;
    case 'kana-paren':
      return `(${KANA[n - 1]}) `;
    case 'compound':
      return `${path.join('-')} `;
    case 'word':
      return `${s.word}${n} `;
    case 'bracket-word':
      return `【${s.word}${n}】`;
    case 'bullet-dot':
      return '・';
    case 'bullet-dash':
      return '- ';
    case 'bullet-maru':
      return '○';
  }
}

const FULL = (c: string) => String.fromCharCode(c.charCodeAt(0) + 0xfee0);

/** Digits and ASCII brackets in full width, as many Word documents have them. */
export function fullWidth(s: string): string {
  return s.replace(/[0-9().-]/g, FULL).replace(/^(\s*\S+?) /, '$1　');
}
