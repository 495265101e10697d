/**
 * What a .docx's styles and numbering definitions say about a paragraph: its heading level
 * (outline level, or a style named heading N / 見出し N, inherited along basedOn) and the list
 * it belongs to (numId, level), whose labels listLabel.ts draws.
 */
import type { ListLevel } from './listLabel';
import { kid, kids, parseXml, type XmlEl } from './xml';

export interface StyleInfo {
  /** 0 for the top heading level; null for body text. */
  outline: number | null;
  numId: string | null;
  ilvl: number | null;
}

export interface Numbering {
  /** numId → the list's abstract definition id, its levels and the levels it restarts. */
  nums: Map<
    string,
    {
      abstract: string;
      levels: (ListLevel | undefined)[];
      restarts: Map<number, number>;
      styleLevels?: Map<string, number>;
    }
  >;
}

/** Word writes 9 for "body text"; 0–8 are heading levels. */
const BODY_OUTLINE = 9;
/** basedOn chains are short; a loop in a damaged file stops here. */
const MAX_INHERIT = 20;

const val = (el: XmlEl | undefined) => el?.attrs.val;
const int = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : null);

function headingByName(name: string): number | null {
  const m = name.match(/^(?:heading|見出し)\s*(\d)$/i);
  return m ? Number(m[1]) - 1 : null;
}

/** styleId → what the style gives a paragraph, inheritance resolved. */
export function readStyles(xml: string | null): Map<string, StyleInfo> {
  const raw = new Map<
    string,
    { basedOn?: string; outline: number | null; numId: string | null; ilvl: number | null }
  >();
  for (const s of xml ? kids(parseXml(xml), 'style') : []) {
    if (s.attrs.type && s.attrs.type !== 'paragraph') continue;
    const ppr = kid(s, 'pPr');
    const outline = int(val(kid(ppr, 'outlineLvl'))) ?? headingByName(val(kid(s, 'name')) ?? '');
    raw.set(s.attrs.styleId, {
      basedOn: val(kid(s, 'basedOn')),
      outline,
      numId: val(kid(ppr, 'numPr', 'numId')) ?? null,
      ilvl: int(val(kid(ppr, 'numPr', 'ilvl'))),
    });
  }
  const resolved = new Map<string, StyleInfo>();
  for (const id of raw.keys()) {
    const info: StyleInfo = { outline: null, numId: null, ilvl: null };
    let at = raw.get(id);
    for (let i = 0; at && i < MAX_INHERIT; i++, at = at.basedOn ? raw.get(at.basedOn) : undefined) {
      info.outline ??= at.outline;
      info.numId ??= at.numId;
      info.ilvl ??= at.ilvl;
    }
    if (info.outline === BODY_OUTLINE) info.outline = null;
    resolved.set(id, info);
  }
  return resolved;
}

function levelsOf(abstract: XmlEl): (ListLevel | undefined)[] {
  const levels: (ListLevel | undefined)[] = [];
  for (const l of kids(abstract, 'lvl')) {
    const at = int(l.attrs.ilvl);
    if (at === null || at > 8) continue;
    levels[at] = {
      format: val(kid(l, 'numFmt')) ?? 'decimal',
      text: val(kid(l, 'lvlText')) ?? '',
      start: int(val(kid(l, 'start'))) ?? 1,
    };
  }
  return levels;
}

export function readNumbering(xml: string | null): Numbering {
  const nums: Numbering['nums'] = new Map();
  if (!xml) return { nums };
  const root = parseXml(xml);
  const abstracts = new Map(kids(root, 'abstractNum').map((a) => [a.attrs.abstractNumId, levelsOf(a)]));
  // A level may name the paragraph style it numbers (heading numbering: 見出し 2 → level 1).
  const styleLevels = new Map(
    kids(root, 'abstractNum').map((a) => [
      a.attrs.abstractNumId,
      new Map(
        kids(a, 'lvl').flatMap((l) => {
          const style = val(kid(l, 'pStyle'));
          return style ? [[style, int(l.attrs.ilvl) ?? 0] as const] : [];
        }),
      ),
    ]),
  );
  for (const n of kids(root, 'num')) {
    const abstract = val(kid(n, 'abstractNumId')) ?? '';
    const restarts = new Map<number, number>();
    for (const o of kids(n, 'lvlOverride')) {
      const start = int(val(kid(o, 'startOverride')));
      if (start !== null) restarts.set(int(o.attrs.ilvl) ?? 0, start);
    }
    nums.set(n.attrs.numId, {
      abstract,
      levels: abstracts.get(abstract) ?? [],
      restarts,
      styleLevels: styleLevels.get(abstract),
    });
  }
  return { nums };
}

/** Counts list paragraphs as Word does: per abstract list, a level restarting the levels below it. */
export class ListCounters {
  #counters = new Map<string, number[]>();
  #started = new Set<string>();

  constructor(private numbering: Numbering) {}

  /** The level a style is numbered at in list `numId`, when the list's definition names the style. */
  levelOfStyle(numId: string, styleId: string): number | undefined {
    return this.numbering.nums.get(numId)?.styleLevels?.get(styleId);
  }

  /** The label of the next paragraph of list `numId` at `level`, or '' when it has none. */
  next(
    numId: string,
    level: number,
    label: (levels: (ListLevel | undefined)[], counters: number[], level: number) => string,
  ): string {
    const num = this.numbering.nums.get(numId);
    if (!num || numId === '0') return '';
    const counters = this.#counters.get(num.abstract) ?? [];
    if (!this.#started.has(numId)) {
      this.#started.add(numId);
      for (const [l, start] of num.restarts) counters[l] = start - 1;
    }
    counters[level] = (counters[level] ?? (num.levels[level]?.start ?? 1) - 1) + 1;
    counters.length = level + 1;
    this.#counters.set(num.abstract, counters);
    return label(num.levels, counters, level);
  }
}
