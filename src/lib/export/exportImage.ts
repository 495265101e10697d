/**
 * Turns a diagram on screen into a standalone SVG (and a PNG of it) that carries its own
 * styles and a caption with the plan's title, council and period. Browser-only.
 */
import { stripXmlInvalid } from '../text/xmlChars';
import { layOut, paintSvg } from './paintSvg';

const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
];
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface Caption {
  title: string;
  council: string;
  period: string;
}

/** The area to export, in the diagram's own coordinates (the tree passes its whole layout). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function inlineStyles(source: Element, target: Element): void {
  const cs = getComputedStyle(source);
  if (cs.display === 'none') return void target.remove();
  // Presentation attributes, not style="": they travel with the file and no CSP objects to them.
  for (const p of PROPS) {
    const v = cs.getPropertyValue(p);
    if (v && v !== 'normal' && !(p === 'opacity' && v === '1')) target.setAttribute(p, v);
  }
  for (const a of [
    'style',
    'class',
    'tabindex',
    'role',
    'aria-label',
    'aria-current',
    'aria-hidden',
    'aria-expanded',
    'aria-disabled',
    'aria-pressed',
  ])
    target.removeAttribute(a);
  const s = source.children;
  const t = [...target.children];
  for (let i = 0; i < s.length; i++) if (t[i]) inlineStyles(s[i], t[i]);
}

const LEGEND_FONT = 15;
const LINE = 22;

function svgEl(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** What the outlines mean, drawn as in the app: 重点 bold, 新規 dashed, 再掲 hatched (never colour alone). */
function legend(x: number, y: number, font: string): SVGElement {
  const g = svgEl('g', { 'font-size': LEGEND_FONT, 'font-family': font, fill: '#1a1a1a' });
  const keys: [string, Record<string, string | number>][] = [
    ['重点', { stroke: '#1a1a1a', 'stroke-width': 2.5, fill: '#f0e0b0' }],
    ['新規', { stroke: '#1a1a1a', 'stroke-width': 2, 'stroke-dasharray': '5 3', fill: '#f0e0b0' }],
    ['再掲', { stroke: '#8c8c8c', 'stroke-width': 1, fill: '#d8d0b8' }],
  ];
  keys.forEach(([label, style], i) => {
    const kx = x + i * 96;
    g.append(svgEl('rect', { x: kx, y: y - 12, width: 24, height: 14, ...style }));
    if (label === '再掲')
      for (let d = 0; d < 24; d += 5)
        g.append(
          svgEl('line', { x1: kx + d, y1: y + 2, x2: kx + d + 6, y2: y - 12, stroke: '#555555', 'stroke-width': 1 }),
        );
    g.append(svgEl('text', { x: kx + 30, y }, label));
  });
  return g;
}

/**
 * A standalone picture of a diagram: caption, the diagram without its on-screen controls
 * (anything marked data-export="omit"), a legend, and the full titles of the items whose
 * labels had to be shortened in the picture, so nothing a reader needs is cut.
 */
export function exportSvg(
  svg: SVGSVGElement,
  box: Box,
  caption: Caption,
  contentTransformReset = false,
  extra?: SVGGElement,
): { text: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.querySelectorAll('[data-export="omit"]').forEach((e) => e.remove());
  // Parts drawn off the SVG (canvas rings) go under the rest, right after the shared patterns.
  if (extra) {
    const defs = clone.querySelector('defs');
    if (defs) defs.after(extra);
    else clone.prepend(extra);
  }
  if (contentTransformReset)
    clone.querySelectorAll(':scope > g').forEach((g) => (g.removeAttribute('style'), g.removeAttribute('transform')));
  const font = getComputedStyle(svg).fontFamily;
  const shortened = [...svg.querySelectorAll('[data-full]')]
    .map((e) => e.getAttribute('data-full') ?? '')
    .filter(Boolean);
  const pad = 24;
  const head = 72;
  const foot = LINE * 2 + (shortened.length ? LINE * (shortened.length + 1) : 0);
  const widest = Math.max(0, ...shortened.map((t) => [...t].length * LEGEND_FONT + 16));
  const width = Math.ceil(Math.max(box.width, widest, 320) + 2 * pad);
  const height = Math.ceil(box.height + head + foot + 2 * pad);
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const bg = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ width, height, fill: '#ffffff' })) bg.setAttribute(k, String(v));
  out.append(bg);
  const lines: [string, number, string][] = [
    [caption.title, 22, '700'],
    [`${caption.council}${caption.period ? ` ・ ${caption.period}` : ''}`, 15, '400'],
  ];
  lines.forEach(([text, size, weight], i) => {
    const t = document.createElementNS(SVG_NS, 'text');
    for (const [k, v] of Object.entries({
      x: pad,
      y: pad + 22 + i * 26,
      'font-size': size,
      'font-weight': weight,
      fill: '#1a1a1a',
      'font-family': getComputedStyle(svg).fontFamily,
    }))
      t.setAttribute(k, String(v));
    t.textContent = text;
    out.append(t);
  });
  const inner = document.createElementNS(SVG_NS, 'svg');
  for (const [k, v] of Object.entries({
    x: pad,
    y: pad + head,
    width: box.width,
    height: box.height,
    viewBox: `${box.x} ${box.y} ${box.width} ${box.height}`,
    overflow: 'visible',
  }))
    inner.setAttribute(k, String(v));
  inner.append(...[...clone.childNodes]);
  out.append(inner);
  const footY = pad + head + box.height + LINE * 1.5;
  out.append(legend(pad, footY, font));
  if (shortened.length) {
    const notes = svgEl('g', { 'font-size': LEGEND_FONT, 'font-family': font, fill: '#1a1a1a' });
    notes.append(svgEl('text', { x: pad, y: footY + LINE * 1.5, 'font-weight': 700 }, '図の中で短くした項目の全文'));
    shortened.forEach((t, i) => notes.append(svgEl('text', { x: pad, y: footY + LINE * (i + 2.5) }, t)));
    out.append(notes);
  }
  wellFormed(out);
  return { text: new XMLSerializer().serializeToString(out), width, height };
}

/** Takes out of every text and attribute the characters XML forbids, so the file always parses. */
function wellFormed(root: Element): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n: Node | null = root; n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) n.nodeValue = stripXmlInvalid(n.nodeValue ?? '');
    else
      for (const a of (n as Element).attributes)
        if (stripXmlInvalid(a.value) !== a.value) a.value = stripXmlInvalid(a.value);
  }
}

/**
 * Renders an SVG string to a PNG blob at `scale`× (2× for print) by drawing it on a canvas:
 * no image is loaded, so it works under `default-src 'self'` (see paintSvg).
 */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const laid = layOut(svgText);
  if (!laid) throw new Error('SVG を画像にできませんでした(図の SVG が正しい形ではありません)');
  try {
    await document.fonts.ready;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('SVG を画像にできませんでした(このブラウザでは画像を作れません)');
    paintSvg(ctx, laid.svg, scale);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG を作れませんでした'))), 'image/png'),
    );
  } finally {
    laid.remove();
  }
}
