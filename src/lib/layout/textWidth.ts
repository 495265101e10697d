/**
 * Width of a string in px without a DOM: full-width glyphs (kana, kanji, full-width forms) are
 * one em, half-width Latin, digits and half-width kana about 0.55 em. Conservative on purpose:
 * an estimate a little too wide hides a label, one too narrow would clip it.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize;
}

export function charEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x20) return 0;
  if (c === 0x20) return 0.3;
  if (c < 0x7f) return /[MWmw@%]/.test(ch) ? 0.85 : 0.6;
  if (c >= 0xff61 && c <= 0xff9f) return 0.55; // half-width katakana
  return 1;
}
