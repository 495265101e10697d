/**
 * What the line right under an item's title adds to it: the rest of a title broken mid-line
 * (title.broken), or a subtitle written on its own line, 「(…)」 or 「〜…〜」 (title.subtitle-next).
 * Shared by both resolutions (the placement loop's headings, the family rows) so a title is
 * continued one way.
 */
import { isParenOnly, isSubtitle, stripSubtitle } from './draft';
import { SENTENCE_END_RE } from './rules';

/** A title cannot end after 、・ or a particle or attributive kana: the line was broken there. */
const CUT_RE = /[、・のがにをとてでやへるな]$/u;
/** The rest of a broken title is short and is neither a sentence nor a numbered or bulleted line. */
const REST_MAX = 24;

/** A title and the (…) written after it on its line (title.subtitle). */
export function splitSubtitle(t: string): { title: string; subtitle?: string } {
  const m = t.match(/^(.+?)\s*[(（]([^()（）]+)[)）]$/u);
  return m ? { title: m[1], subtitle: m[2] } : { title: t };
}

/** The line stops after 、・ or a particle: it was broken there and runs on into the next. */
export const endsMidPhrase = (t: string) => CUT_RE.test(t);

/**
 * A word cut between its kanji and its kana (支え合｜う, 仕組｜み): the title ends in a kanji and
 * the next line opens with one kana and then a kanji or a particle.
 */
const KANJI_END_RE = /\p{Script=Han}$/u;
/** Kana that end a verb or adjective stem (送り仮名), then a kanji or a case particle; never お/ご or a word of its own. */
const KANA_REST_RE = /^[うくすつぬむるいきしちみりえけせてめれ](?:\p{Script=Han}|[をにのがで])/u;
/** Kanji a title ends with when it is whole (…の推進, …の充実, …体制, …支援). */
const WHOLE_NOUN_END_RE = /[進実制援口化備護談]$/u;

/** A word's last kana alone on a line (つく｜る, 設｜けます): ends like a verb, never a word of its own (なかま). */
const KANA_FRAGMENT_RE = /^\p{Script=Hiragana}{0,3}(?:る|う|く|す|つ|む|ぶ|ます|た|い)$/u;

/** The title ends inside a word: cut between its kanji and its kana, or its last kana alone on the next line. */
export function wordCut(title: string, next: string): boolean {
  const stem = KANJI_END_RE.test(title) && !WHOLE_NOUN_END_RE.test(title);
  if (KANA_FRAGMENT_RE.test(next)) return stem || /\p{Script=Hiragana}$/u.test(title);
  return stem && KANA_REST_RE.test(next);
}

export function titleRunsOn(title: string, nextLine: string): boolean {
  const next = splitSubtitle(nextLine).title;
  if (KANA_FRAGMENT_RE.test(next) && wordCut(title, next)) return true;
  const cut = CUT_RE.test(title) || wordCut(title, next);
  return cut && next.length <= REST_MAX && !SENTENCE_END_RE.test(next) && !isParenOnly(next) && !isSubtitle(next);
}

/** The subtitle a line under a title gives, without its brackets or tildes, or null. */
export function subtitleLine(text: string): string | null {
  if (isSubtitle(text)) return stripSubtitle(text);
  return isParenOnly(text) ? text.slice(1, -1).trim() : null;
}

/**
 * Adds the line right under a title to it, when it continues it: its subtitle, when it has
 * none yet (title.subtitle-next), or the rest of a title broken mid-line (title.broken).
 * Returns the rule that took the line, or null when the line is not the title's.
 */
export function continueTitle(
  node: { title: string; subtitle?: string },
  text: string,
): 'title.subtitle-next' | 'title.broken' | null {
  const sub = node.subtitle ? null : subtitleLine(text);
  if (sub) return ((node.subtitle = sub), 'title.subtitle-next');
  if (node.subtitle || !titleRunsOn(node.title, text)) return null;
  const rest = splitSubtitle(text);
  node.title += rest.title;
  if (rest.subtitle) node.subtitle = rest.subtitle;
  return 'title.broken';
}
