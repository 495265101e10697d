/** One line of the text given to the compiler, with where in the original file it came from. */
export interface SourceLine {
  text: string;
  /** 「段落 12」「表 2 の 3 行目」「シート「体系図」の 4 行目」「スライド 3」: shown on the review page. */
  origin: string;
}

export type OfficeFormat = 'docx' | 'xlsx' | 'pptx';

/** An office file read as the compiler's input. */
export interface OfficeText {
  format: OfficeFormat;
  /** The text, one line per source line (a slide starts with a form feed, its page mark). */
  text: string;
  /** The origin of each line of `text` (1-based line n → origins[n - 1]). */
  origins: string[];
  /** What was read, for the person: 「見出し 12・段落 80・表 1」. */
  summary: string;
  /** Things the person should know (a macro-enabled file, the sheet chosen, hidden rows skipped). */
  notes: string[];
}

/** Joins source lines into the compiler's text and the parallel list of origins. */
export function toOfficeText(format: OfficeFormat, lines: SourceLine[], summary: string, notes: string[]): OfficeText {
  const flat = lines.flatMap((l) => l.text.split('\n').map((text) => ({ text, origin: l.origin })));
  while (flat.length && !flat[flat.length - 1].text.trim()) flat.pop();
  return { format, text: flat.map((l) => l.text).join('\n'), origins: flat.map((l) => l.origin), summary, notes };
}
