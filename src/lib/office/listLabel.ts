/**
 * The label Word draws before a numbered paragraph, from the numbering definition: the level's
 * text (lvlText, "(%1)", "%1-%2", "第%1章") with each %n replaced by that level's counter in
 * the level's own format (numFmt). The label is not in the document's text, so without this
 * 「(1)」「①」 would be lost.
 */

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿';
const PAREN = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const AIUEO = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
const IROHA = 'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセスン';
const KANJI_DIGITS = '〇一二三四五六七八九';
const TRADITIONAL = '甲乙丙丁戊己庚辛壬癸';
const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
/** Bullets drawn from symbol fonts (private-use code points) shown as the bullet councils type. */
const BULLET = '・';

const fullWidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const cycle = (chars: string, n: number) => chars[(n - 1) % chars.length];

function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN) for (; rest >= value; rest -= value) out += digits;
  return out;
}

function letters(n: number): string {
  // Word repeats the letter past Z: aa, bb …
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function kanjiNumber(n: number): string {
  if (n < 10) return KANJI_DIGITS[n];
  if (n < 100) return `${n >= 20 ? KANJI_DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? KANJI_DIGITS[n % 10] : ''}`;
  return String(n);
}

/** One counter in a numbering format (ECMA-376 ST_NumberFormat); unknown formats as decimal. */
export function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return fullWidth(String(n));
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n <= CIRCLED.length ? CIRCLED[n - 1] : `(${n})`;
    case 'decimalEnclosedParen':
      return n <= PAREN.length ? PAREN[n - 1] : `(${n})`;
    case 'decimalEnclosedFullstop':
      return `${n}.`;
    case 'aiueo':
    case 'aiueoFullWidth':
      return cycle(AIUEO, n);
    case 'iroha':
    case 'irohaFullWidth':
      return cycle(IROHA, n);
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'japaneseCounting':
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseDigitalTenThousand':
      return kanjiNumber(n);
    case 'ideographTraditional':
      return cycle(TRADITIONAL, n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

export interface ListLevel {
  format: string;
  text: string;
  start: number;
}

/** The label for a paragraph at `level`, given the counters of this list's levels 0…level. */
export function listLabel(
  levels: readonly (ListLevel | undefined)[],
  counters: readonly number[],
  level: number,
): string {
  const def = levels[level];
  if (!def) return '';
  // A symbol font's bullet is a private-use or plain ASCII letter (Wingdings "l" draws ●).
  if (def.format === 'bullet') return /^[^\uE000-\uF8FF\sA-Za-z§]$/u.test(def.text) ? def.text : BULLET;
  return def.text.replace(/%([1-9])/g, (_, k: string) => {
    const at = Number(k) - 1;
    return formatCounter(counters[at] ?? levels[at]?.start ?? 1, levels[at]?.format ?? 'decimal');
  });
}
