/**
 * The welfare themes that community welfare plans share, with the words plans use for them.
 * The compiler tags every node (`themes`), which lets the compare page align councils.
 * Keywords are matched on folded text (kana and width variants are one), title first:
 * a node takes the themes of its title, or of its description when its title names none.
 */
import { normalize } from '../text/fold';
import { THEMES } from './themeList';

export { THEMES, themeName, nodesByTheme, type Theme } from './themeList';

const FOLDED = THEMES.map((t) => ({ id: t.id, words: t.keywords.map(normalize) }));

function match(text: string): string[] {
  const f = normalize(text);
  return FOLDED.filter((t) => t.words.some((w) => f.includes(w))).map((t) => t.id);
}

export function themesOf(title: string, description = ''): string[] {
  const fromTitle = match(title);
  return fromTitle.length ? fromTitle : match(description);
}

/** A heading that names no theme (住んでいる地域を大切に) speaks to what most of its items do. */
export function themesFromChildren(children: readonly { themes?: string[] }[]): string[] {
  const count = new Map<string, number>();
  for (const c of children) for (const t of c.themes ?? []) count.set(t, (count.get(t) ?? 0) + 1);
  return [...count]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([t]) => t);
}
