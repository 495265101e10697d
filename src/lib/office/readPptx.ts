/**
 * .pptx → the compiler's text, slide by slide in the presentation's order (hidden slides left
 * out): each slide's shapes become boxes with their position and size (groups' transforms
 * applied, placeholders without their own position taking the layout's), read in order by the
 * shared box reader (src/lib/boxes/). Connectors and shapes without text are not read. Each
 * slide starts with a form feed, so every item keeps its slide as its page.
 */
import { boxLines, type Box } from '../boxes/boxLines';
import { OfficeError } from './officeError';
import { clampSpan, tableLines } from './tableLines';
import { toOfficeText, type OfficeText, type SourceLine } from './types';
import { relations } from './xlsxParts';
import { descendants, kid, kids, parseXml, textOf, type XmlEl } from './xml';
import type { Zip } from './zip';

interface Transform {
  dx: number;
  dy: number;
  sx: number;
  sy: number;
}
const IDENTITY: Transform = { dx: 0, dy: 0, sx: 1, sy: 1 };
const BULLET = '・';
const INDENT = '  ';
/** Placeholders whose paragraphs are bullets unless they say otherwise (buNone). */
const BULLETED_PLACEHOLDERS = new Set(['body', 'obj', undefined]);

const num = (s: string | undefined) => Number(s ?? 0) || 0;

function placeholderOf(sp: XmlEl): { type: string | undefined; idx: string | undefined } | null {
  const ph = descendants(kid(sp, 'nvSpPr') ?? sp, 'ph')[0];
  return ph ? { type: ph.attrs.type, idx: ph.attrs.idx } : null;
}

/** A paragraph's text with its level's indent and bullet. */
function paragraphText(p: XmlEl, bulleted: boolean): string {
  const ppr = kid(p, 'pPr');
  const level = num(ppr?.attrs.lvl);
  const body = kids(p)
    .map((r) => (r.name === 'r' || r.name === 'fld' ? textOf(kid(r, 't')) : r.name === 'br' ? '\n' : ''))
    .join('')
    .trim();
  if (!body) return '';
  const char = kid(ppr, 'buChar')?.attrs.char;
  const bullet = kid(ppr, 'buNone')
    ? ''
    : char
      ? /[\uE000-\uF8FFA-Za-z§]/.test(char)
        ? BULLET
        : char
      : bulleted && level > 0
        ? BULLET
        : '';
  return `${INDENT.repeat(level)}${bullet}${bullet ? ' ' : ''}${body}`;
}

function shapeLines(sp: XmlEl): string[] {
  const ph = placeholderOf(sp);
  const bulleted = !!ph && BULLETED_PLACEHOLDERS.has(ph.type);
  return kids(kid(sp, 'txBody'), 'p')
    .map((p) => paragraphText(p, bulleted))
    .filter(Boolean)
    .flatMap((t) => t.split('\n'));
}

function tableOf(frame: XmlEl): string[] {
  const tbl = descendants(frame, 'tbl')[0];
  if (!tbl) return [];
  const rows = kids(tbl, 'tr').map((tr) =>
    kids(tr, 'tc')
      .filter((tc) => tc.attrs.hMerge !== '1')
      .map((tc) => ({
        text: kids(kid(tc, 'txBody'), 'p')
          .map((p) => paragraphText(p, false))
          .join(' ')
          .trim(),
        span: clampSpan(num(tc.attrs.gridSpan)),
        continues: tc.attrs.vMerge === '1',
      })),
  );
  return tableLines(rows, () => '').map((l) => l.text);
}

function frameOf(el: XmlEl, t: Transform, fallback: Map<string, Box>): Omit<Box, 'lines' | 'origin'> | null {
  const xfrm = kid(el, 'spPr', 'xfrm') ?? kid(el, 'xfrm') ?? kid(el, 'grpSpPr', 'xfrm');
  const off = kid(xfrm, 'off');
  const ext = kid(xfrm, 'ext');
  if (!off || !ext) {
    const ph = el.name === 'sp' ? placeholderOf(el) : null;
    return (ph && (fallback.get(`idx:${ph.idx}`) ?? fallback.get(`type:${ph.type ?? 'body'}`))) || null;
  }
  return {
    x: t.dx + num(off.attrs.x) * t.sx,
    y: t.dy + num(off.attrs.y) * t.sy,
    width: num(ext.attrs.cx) * t.sx,
    height: num(ext.attrs.cy) * t.sy,
  };
}

/** A group's transform: its children's coordinates (chOff/chExt) mapped onto its own frame. */
function groupTransform(grp: XmlEl, t: Transform): Transform {
  const xfrm = kid(grp, 'grpSpPr', 'xfrm');
  const [off, ext, chOff, chExt] = ['off', 'ext', 'chOff', 'chExt'].map((n) => kid(xfrm, n));
  if (!off || !ext || !chOff || !chExt) return t;
  const sx = num(chExt.attrs.cx) ? num(ext.attrs.cx) / num(chExt.attrs.cx) : 1;
  const sy = num(chExt.attrs.cy) ? num(ext.attrs.cy) / num(chExt.attrs.cy) : 1;
  return {
    dx: t.dx + (num(off.attrs.x) - num(chOff.attrs.x) * sx) * t.sx,
    dy: t.dy + (num(off.attrs.y) - num(chOff.attrs.y) * sy) * t.sy,
    sx: t.sx * sx,
    sy: t.sy * sy,
  };
}

/** Every text shape and table of a shape tree as a box, groups flattened (iteratively). */
export function shapeBoxes(tree: XmlEl, origin: string, fallback = new Map<string, Box>()): Box[] {
  const boxes: Box[] = [];
  const todo: { el: XmlEl; t: Transform }[] = kids(tree)
    .reverse()
    .map((el) => ({ el, t: IDENTITY }));
  while (todo.length) {
    const { el, t } = todo.pop()!;
    if (el.name === 'grpSp') {
      const inner = groupTransform(el, t);
      todo.push(
        ...kids(el)
          .reverse()
          .map((c) => ({ el: c, t: inner })),
      );
      continue;
    }
    const lines = el.name === 'sp' ? shapeLines(el) : el.name === 'graphicFrame' ? tableOf(el) : [];
    const frame = lines.length ? frameOf(el, t, fallback) : null;
    if (frame) boxes.push({ ...frame, lines, origin });
  }
  return boxes;
}

/**
 * Positions of the layout's (and its master's) placeholders, for slide placeholders without
 * their own; read once per layout (`cache`), as many slides share one.
 */
function layoutFrames(zip: Zip, slide: string, cache: Map<string, Map<string, Box>>): Map<string, Box> {
  const layout = [...relations(zip, slide).values()].find((p) => /slideLayouts\//.test(p));
  const key = layout ?? '';
  let frames = cache.get(key);
  if (!frames) cache.set(key, (frames = placeholderFrames(zip, layout)));
  return frames;
}

function placeholderFrames(zip: Zip, layout: string | undefined): Map<string, Box> {
  const frames = new Map<string, Box>();
  const master = layout ? [...relations(zip, layout).values()].find((p) => /slideMasters\//.test(p)) : undefined;
  for (const part of [master, layout]) {
    const xml = part && zip.text(part);
    const tree = xml ? descendants(parseXml(xml), 'spTree')[0] : undefined;
    for (const sp of tree ? descendants(tree, 'sp') : []) {
      const ph = placeholderOf(sp);
      const f = ph && frameOf(sp, IDENTITY, new Map());
      if (!ph || !f) continue;
      const box = { ...f, lines: [], origin: '' };
      if (ph.idx) frames.set(`idx:${ph.idx}`, box);
      frames.set(`type:${ph.type ?? 'body'}`, box);
    }
  }
  return frames;
}

export function readPptx(
  zip: Zip,
  presentation: string,
  onProgress: (done: number, total: number) => void = () => {},
): OfficeText {
  const rels = relations(zip, presentation);
  const ids = kids(kid(parseXml(zip.text(presentation) ?? '<presentation/>'), 'sldIdLst'), 'sldId');
  const slides = ids.map((s) => rels.get(s.attrs.id)).filter((p): p is string => !!p && zip.has(p));
  if (!slides.length) throw new OfficeError('damaged', 'スライドがありません');
  const lines: SourceLine[] = [];
  let shown = 0;
  let hidden = 0;
  const layouts = new Map<string, Map<string, Box>>();
  slides.forEach((path, i) => {
    const slide = parseXml(zip.text(path)!);
    if (slide.attrs.show === '0') return void hidden++;
    shown++;
    const tree = descendants(slide, 'spTree')[0];
    const read = tree ? boxLines(shapeBoxes(tree, `スライド ${i + 1}`, layoutFrames(zip, path, layouts))) : [];
    if (lines.length) lines.push({ text: '', origin: '' });
    // The form feed marks the slide's start: the compiler gives each item its slide as page.
    lines.push(
      ...(read.length ? read : [{ text: '', origin: `スライド ${i + 1}` }]).map((l, j) =>
        j === 0 ? { ...l, text: `\f${l.text}` } : l,
      ),
    );
    onProgress(i + 1, slides.length);
  });
  const notes = hidden ? [`非表示のスライド ${hidden} 枚は読み飛ばしました。`] : [];
  return toOfficeText('pptx', lines, `スライド ${shown} 枚`, notes);
}
