/**
 * Paints an SVG (as exportSvg writes it) on a canvas with drawing calls only. Loading the SVG as
 * an image (a blob: or data: URL) is what `default-src 'self'` forbids, so nothing is loaded:
 * the browser lays the SVG out in a hidden box, and each shape, pattern and character is drawn
 * where that layout puts it. Covers what the diagrams use: path, rect, circle, ellipse, line,
 * polyline, polygon, text and tspan (also on a path), nested svg, userSpaceOnUse patterns.
 * Browser-only.
 */
import { collapseText } from './collapseText';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Subtrees that are not drawn where they stand (defs are drawn where they are used). */
const NOT_DRAWN = new Set([
  'defs',
  'pattern',
  'title',
  'desc',
  'metadata',
  'clipPath',
  'mask',
  'marker',
  'symbol',
  'style',
  'script',
  'linearGradient',
  'radialGradient',
  'image',
  'foreignObject',
]);
const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);
/** Tile resolution of a pattern, in canvas pixels per user unit (patterns are small; 4× keeps them sharp at 2× export). */
const TILE_DENSITY = 4;

/** SVG's dominant-baseline as a canvas textBaseline (the start position of a character sits on it). */
const BASELINES: Record<string, CanvasTextBaseline> = {
  central: 'middle',
  middle: 'middle',
  hanging: 'hanging',
  'text-before-edge': 'top',
  'text-top': 'top',
  'text-after-edge': 'bottom',
  'text-bottom': 'bottom',
  ideographic: 'ideographic',
  mathematical: 'middle',
};

type Ctx = CanvasRenderingContext2D;

/** The element's own geometry as a Path2D in its user space. */
function geometry(el: SVGElement): Path2D | null {
  const p = new Path2D();
  const n = (name: string) => Number.parseFloat(el.getAttribute(name) ?? '0') || 0;
  switch (el.localName) {
    case 'path':
      return new Path2D(el.getAttribute('d') ?? '');
    case 'rect': {
      const [w, h] = [n('width'), n('height')];
      const rx = el.hasAttribute('rx') ? n('rx') : n('ry');
      const ry = el.hasAttribute('ry') ? n('ry') : rx;
      if (rx || ry) p.roundRect(n('x'), n('y'), w, h, [{ x: Math.min(rx, w / 2), y: Math.min(ry, h / 2) }]);
      else p.rect(n('x'), n('y'), w, h);
      return p;
    }
    case 'circle':
      p.arc(n('cx'), n('cy'), n('r'), 0, 2 * Math.PI);
      return p;
    case 'ellipse':
      p.ellipse(n('cx'), n('cy'), n('rx'), n('ry'), 0, 0, 2 * Math.PI);
      return p;
    case 'line':
      p.moveTo(n('x1'), n('y1'));
      p.lineTo(n('x2'), n('y2'));
      return p;
    default: {
      const pts = (el.getAttribute('points') ?? '')
        .trim()
        .split(/[\s,]+/)
        .map(Number);
      for (let i = 0; i + 1 < pts.length; i += 2) (i ? p.lineTo : p.moveTo).call(p, pts[i], pts[i + 1]);
      if (el.localName === 'polygon') p.closePath();
      return pts.length >= 4 ? p : null;
    }
  }
}

/** The transform from an element's user space to the root svg's, as laid out by the browser. */
function toRoot(root: SVGSVGElement, el: SVGGraphicsElement | SVGElement): DOMMatrix {
  const own = (el as SVGGraphicsElement).getScreenCTM?.();
  const base = root.getScreenCTM();
  return own && base ? DOMMatrix.fromMatrix(base).inverse().multiply(DOMMatrix.fromMatrix(own)) : new DOMMatrix();
}

/** Opacity of the element and its groups, multiplied (group opacity drawn per element). */
function opacityOf(el: Element): number {
  let o = 1;
  for (let e: Element | null = el; e && e instanceof SVGElement; e = e.parentElement)
    o *= Number(getComputedStyle(e).opacity) || 0;
  return o;
}

/** A fill or stroke: a colour, a pattern from the SVG's own defs, or nothing. */
function paintOf(ctx: Ctx, root: SVGSVGElement, value: string): string | CanvasPattern | null {
  if (!value || value === 'none') return null;
  const ref = value.match(/url\(["']?#([^"')]+)["']?\)/);
  if (!ref) return value;
  const target = root.querySelector(`[id="${CSS.escape(ref[1])}"]`);
  const fallback = value.replace(/url\([^)]*\)\s*/, '').trim();
  return (target?.localName === 'pattern' && patternOf(ctx, root, target as SVGPatternElement)) || fallback || null;
}

/** A userSpaceOnUse pattern as a canvas pattern: its content drawn on a tile, with its patternTransform. */
function patternOf(ctx: Ctx, root: SVGSVGElement, pattern: SVGPatternElement): CanvasPattern | null {
  const w = pattern.width.baseVal.value;
  const h = pattern.height.baseVal.value;
  if (!(w > 0 && h > 0)) return null;
  const tile = document.createElement('canvas');
  tile.width = Math.ceil(w * TILE_DENSITY);
  tile.height = Math.ceil(h * TILE_DENSITY);
  const t = tile.getContext('2d')!;
  const base = new DOMMatrix().scale(tile.width / w, tile.height / h);
  for (const child of pattern.children) paintShape(t, root, child as SVGElement, base.multiply(localTransform(child)));
  const p = ctx.createPattern(tile, 'repeat');
  const own = pattern.patternTransform.baseVal.consolidate()?.matrix;
  p?.setTransform(
    new DOMMatrix()
      .translate(pattern.x.baseVal.value, pattern.y.baseVal.value)
      .multiply(own ? DOMMatrix.fromMatrix(own) : new DOMMatrix())
      .scale(w / tile.width, h / tile.height),
  );
  return p;
}

const localTransform = (el: Element) => {
  const m = (el as SVGGraphicsElement).transform?.baseVal.consolidate()?.matrix;
  return m ? DOMMatrix.fromMatrix(m) : new DOMMatrix();
};

/** Stroke settings from the computed style; false when there is no stroke to draw. */
function setStroke(ctx: Ctx, cs: CSSStyleDeclaration, paint: string | CanvasPattern): void {
  ctx.strokeStyle = paint;
  ctx.lineWidth = Number.parseFloat(cs.strokeWidth) || 0;
  ctx.lineCap = cs.strokeLinecap as CanvasLineCap;
  ctx.lineJoin = (
    cs.strokeLinejoin === 'arcs' || cs.strokeLinejoin === 'miter-clip' ? 'miter' : cs.strokeLinejoin
  ) as CanvasLineJoin;
  ctx.miterLimit = Number(cs.strokeMiterlimit) || 4;
  const dash =
    cs.strokeDasharray === 'none' ? [] : cs.strokeDasharray.split(/[\s,]+/).map((d) => Number.parseFloat(d) || 0);
  ctx.setLineDash(dash);
  ctx.lineDashOffset = Number.parseFloat(cs.strokeDashoffset) || 0;
}

/** Fills then strokes one shape, in `matrix` (its user space on the canvas). */
function paintShape(ctx: Ctx, root: SVGSVGElement, el: SVGElement, matrix: DOMMatrix): void {
  const shape = SHAPES.has(el.localName) ? geometry(el) : null;
  const cs = getComputedStyle(el);
  if (!shape || cs.visibility === 'hidden' || cs.display === 'none') return;
  ctx.save();
  ctx.setTransform(matrix);
  const alpha = ctx.globalAlpha;
  const fill = el.localName === 'line' ? null : paintOf(ctx, root, cs.fill);
  if (fill) {
    ctx.fillStyle = fill;
    ctx.globalAlpha = alpha * (Number(cs.fillOpacity) || 0);
    ctx.fill(shape, cs.fillRule === 'evenodd' ? 'evenodd' : 'nonzero');
  }
  const stroke = paintOf(ctx, root, cs.stroke);
  if (stroke && Number.parseFloat(cs.strokeWidth) > 0) {
    setStroke(ctx, cs, stroke);
    ctx.globalAlpha = alpha * (Number(cs.strokeOpacity) || 0);
    ctx.stroke(shape);
  }
  ctx.restore();
}

/** The element each character of a text belongs to (for its fill and font), in character order. */
function charOwners(text: SVGTextElement): { chars: string; owners: Element[] } {
  let chars = '';
  const owners: Element[] = [];
  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.nodeValue ?? '';
    chars += data;
    for (let i = 0; i < data.length; i++) owners.push(node.parentElement!);
  }
  return { chars, owners };
}

/** Draws each character of a text where the browser's SVG layout put it, in its own element's style. */
function paintText(ctx: Ctx, root: SVGSVGElement, text: SVGTextElement, matrix: DOMMatrix): void {
  const { chars, owners } = charOwners(text);
  const count = text.getNumberOfChars();
  // Only when the layout's characters are exactly ours (collapseText made sure) can they be matched one to one.
  if (count !== chars.length) return;
  for (let i = 0; i < count; i++) {
    const pair = /[\uD800-\uDBFF]/.test(chars[i]) && i + 1 < count;
    const glyph = pair ? chars.slice(i, i + 2) : chars[i];
    if (glyph.trim())
      paintGlyph(
        ctx,
        root,
        owners[i] as SVGElement,
        glyph,
        text.getStartPositionOfChar(i),
        text.getRotationOfChar(i),
        matrix,
      );
    if (pair) i++;
  }
}

function paintGlyph(
  ctx: Ctx,
  root: SVGSVGElement,
  owner: SVGElement,
  glyph: string,
  at: DOMPointReadOnly,
  angle: number,
  matrix: DOMMatrix,
): void {
  const cs = getComputedStyle(owner);
  if (cs.visibility === 'hidden') return;
  ctx.save();
  ctx.setTransform(matrix.translate(at.x, at.y).rotate(angle));
  ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = BASELINES[cs.dominantBaseline] ?? 'alphabetic';
  const alpha = ctx.globalAlpha;
  const fill = paintOf(ctx, root, cs.fill);
  const stroke = paintOf(ctx, root, cs.stroke);
  const drawStroke = () => {
    if (!stroke || !(Number.parseFloat(cs.strokeWidth) > 0)) return;
    setStroke(ctx, cs, stroke);
    ctx.globalAlpha = alpha * (Number(cs.strokeOpacity) || 0);
    ctx.strokeText(glyph, 0, 0);
  };
  // A halo (paint-order: stroke) goes under the letters.
  if (cs.paintOrder.startsWith('stroke')) drawStroke();
  if (fill) {
    ctx.fillStyle = fill;
    ctx.globalAlpha = alpha * (Number(cs.fillOpacity) || 0);
    ctx.fillText(glyph, 0, 0);
  }
  if (!cs.paintOrder.startsWith('stroke')) drawStroke();
  ctx.restore();
}

/** Paints every drawn element of `root` (laid out in the document) in document order, `scale` canvas pixels per unit. */
export function paintSvg(ctx: Ctx, root: SVGSVGElement, scale: number): void {
  const onCanvas = new DOMMatrix().scale(scale);
  const visit = (el: Element): void => {
    if (!(el instanceof SVGElement) || NOT_DRAWN.has(el.localName)) return;
    if (getComputedStyle(el).display === 'none') return;
    ctx.globalAlpha = opacityOf(el);
    if (SHAPES.has(el.localName)) paintShape(ctx, root, el, onCanvas.multiply(toRoot(root, el)));
    else if (el.localName === 'text') paintText(ctx, root, el as SVGTextElement, onCanvas.multiply(toRoot(root, el)));
    else for (const child of el.children) visit(child);
  };
  visit(root);
  ctx.globalAlpha = 1;
}

/**
 * Parses SVG text and lays it out, hidden, in the page so that the browser measures it; returns
 * the laid-out root and a function that takes it away again. Null when the text is no
 * well-formed SVG.
 */
export function layOut(svgText: string): { svg: SVGSVGElement; remove: () => void } | null {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  if (doc.querySelector('parsererror') || doc.documentElement.namespaceURI !== SVG_NS) return null;
  const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  for (const t of svg.querySelectorAll('text')) collapseText(t);
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  // CSSOM, not a style attribute: allowed under style-src 'self'.
  Object.assign(host.style, { position: 'fixed', left: '-100000px', top: '0', pointerEvents: 'none' });
  host.append(svg);
  document.body.append(host);
  return { svg, remove: () => host.remove() };
}
