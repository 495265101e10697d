/** CJK letters, kana, full-width forms and CJK punctuation: no space between two of them. */
export const isCjk = (ch: string) => /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u.test(ch);

/** CJK Radicals Supplement letters that fonts map glyphs to and NFKC leaves alone. */
const RADICALS: Record<string, string> = {
  '⺟': '母',
  '⺠': '民',
  '⻄': '西',
  '⻑': '長',
  '⻘': '青',
  '⻝': '食',
  '⻤': '鬼',
  '⻩': '黄',
  '⻫': '斉',
  '⻭': '歯',
  '⻯': '竜',
  '⻲': '亀',
  '⺩': '王',
  '⺮': '竹',
  '⺶': '羊',
  '⻆': '角',
  '⻖': '阝',
  '⻌': '辶',
  '⻍': '辶',
  '⺍': '小',
  '⺌': '小',
  '⻊': '足',
  '⻏': '阝',
  '⺯': '糸',
};

/**
 * Fonts subset by print engines often map an ideograph's glyph to the look-alike Kangxi
 * radical (⽬ for 目, ⼼ for 心): the radical is what the text layer says, the ideograph is
 * what a reader sees. Kangxi radicals fold by NFKC; the supplement's by the table above.
 */
export function foldRadicals(s: string): string {
  return s.replace(/[\u2e80-\u2fdf]/gu, (ch) => RADICALS[ch] ?? ch.normalize('NFKC'));
}

/** Joins two pieces of text: Latin words keep a space, Japanese runs on without one. */
export function joinText(a: string, b: string, space: boolean): string {
  if (!a || !b) return a + b;
  const l = a[a.length - 1];
  const r = b[0];
  return space && !(isCjk(l) && isCjk(r)) ? `${a} ${b}` : a + b;
}

/** Numbering and bullet marks that begin an item: such a line never continues the one before. */
export const ITEM_START_RE =
  /^\s*(?:[(（]?[0-9０-９]+[)）.．、]|[①-⑳㉑-㊿]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[・●○◆◇■□▼▽▶▷◎※★☆-]|第[0-9０-９一二三四五六七八九十]+|[【《〈<［[]|基本|施策|取組|重点|目標)/u;
