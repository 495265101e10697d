/**
 * A small XML reader for the parts of an office file (OOXML is machine-written, namespaced and
 * well-formed). Runs the same in Node, the page and a worker, where DOMParser is not everywhere.
 * A DOCTYPE is never expanded (no entity declarations are read), so a part cannot grow itself;
 * only the five predefined entities and character references are decoded.
 */
import { OfficeError } from './officeError';

export interface XmlEl {
  /** The local name, without its namespace prefix (w:p → p): prefixes vary between producers. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlEl | string;

/**
 * Elements and text runs one part may hold. A 200-page plan's document.xml has a few hundred
 * thousand; each node costs ~40 bytes of heap, so a small compressible part of millions of
 * empty elements (12 MB of <b/> made a 511 MB heap) stops here instead of exhausting memory.
 */
export const MAX_NODES = 2_000_000;

/** Shared by every element without attributes or without children: the bulk of a large part. */
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/y;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const local = (qname: string) => qname.slice(qname.indexOf(':') + 1);

/** &amp; &#x3042; &#12354; → their characters; unknown references are kept as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function attrsOf(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) attrs[local(m[1])] = decodeEntities(m[2] ?? m[3]);
  return attrs;
}

/**
 * One part's text → its root element. Throws OfficeError('damaged') on text that is not XML,
 * OfficeError('tooLarge') past `maxNodes` elements and text runs.
 */
export function parseXml(text: string, maxNodes = MAX_NODES): XmlEl {
  const root: XmlEl = { name: '#document', attrs: {}, children: [] };
  const stack: XmlEl[] = [root];
  let nodes = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) throw new OfficeError('damaged', `XML の ${at} 文字目を読めません`);
    if (m[2] === undefined && ++nodes > maxNodes)
      throw new OfficeError('tooLarge', `XML の要素が ${maxNodes} を超えました`);
    const top = stack[stack.length - 1];
    if (m[1] !== undefined) top.children.push(m[1]);
    else if (m[2] !== undefined) {
      if (stack.length < 2 || top.name !== local(m[2]))
        throw new OfficeError('damaged', `閉じタグ ${m[2]} が合いません`);
      stack.pop();
    } else if (m[3] !== undefined) {
      const el: XmlEl = {
        name: local(m[3]),
        attrs: m[4] ? attrsOf(m[4]) : NO_ATTRS,
        children: m[5] ? NO_CHILDREN : [],
      };
      top.children.push(el);
      if (!m[5]) stack.push(el);
    } else if (m[6] !== undefined) top.children.push(decodeEntities(m[6]));
  }
  if (stack.length !== 1) throw new OfficeError('damaged', 'XML が途中で終わっています');
  const first = root.children.find((c): c is XmlEl => typeof c !== 'string');
  if (!first) throw new OfficeError('damaged', 'XML に要素がありません');
  return first;
}

/** The element children of `el` named `name` (local name), or all of them. */
export function kids(el: XmlEl | undefined, name?: string): XmlEl[] {
  if (!el) return [];
  return el.children.filter((c): c is XmlEl => typeof c !== 'string' && (name === undefined || c.name === name));
}

/** The first child named `name`, following a path of names (kid(p, 'pPr', 'pStyle')). */
export function kid(el: XmlEl | undefined, ...path: string[]): XmlEl | undefined {
  let at = el;
  for (const name of path) at = kids(at, name)[0];
  return at;
}

/**
 * Every descendant named `name`, in document order. A match is not searched further, nor is an
 * element named in `stopAt` (a table inside a cell, a text box inside a paragraph).
 */
export function descendants(el: XmlEl, name: string, stopAt: readonly string[] = []): XmlEl[] {
  const out: XmlEl[] = [];
  // An explicit stack, children pushed last-first so they come off in document order: the
  // nesting depth comes from the file, so no recursion.
  const todo: XmlEl[] = kids(el).reverse();
  while (todo.length) {
    const at = todo.pop()!;
    if (at.name === name) out.push(at);
    else if (!stopAt.includes(at.name)) todo.push(...kids(at).reverse());
  }
  return out;
}

/** The text directly under an element and its descendants, joined. */
export function textOf(el: XmlEl | undefined): string {
  if (!el) return '';
  let out = '';
  const todo: XmlNode[] = [el];
  while (todo.length) {
    const at = todo.pop()!;
    if (typeof at === 'string') out += at;
    else for (let i = at.children.length - 1; i >= 0; i--) todo.push(at.children[i]);
  }
  return out;
}
