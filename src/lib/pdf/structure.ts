/**
 * A tagged PDF's structure tree (pdf.js `page.getStructTree()`), joined with the marked
 * content of the page's text (`getTextContent({ includeMarkedContent: true })`): for each text
 * item, the element it belongs to. Headings (H, H1–H6), list items (LI) and table cells (TH/TD
 * in TR in Table) are what the reader takes from it; everything else is read by position.
 */
import type { Tag } from './types';

/** pdf.js's serialised structure tree: elements with a role, and content leaves with a marked-content id. */
export interface StructNode {
  role?: string;
  children?: StructNode[];
  type?: string;
  id?: string;
}

/** One item of getTextContent with marked content: a text run, or a marker opening or closing a section. */
export type MarkedItem = { str: string } | { type: string; id?: string | null; tag?: string | null };

/** Elements that only style or link the text inside a block: the block around them is what counts. */
const INLINE = new Set([
  'Span',
  'Link',
  'Quote',
  'Em',
  'Strong',
  'Reference',
  'Note',
  'Code',
  'Lbl',
  'LBody',
  'Annot',
  'Ruby',
  'RB',
  'RT',
  'RP',
  'Warichu',
  'WT',
  'WP',
  'BibEntry',
]);
/** Elements that group blocks: their children are the blocks. */
const CONTAINERS = new Set([
  'Root',
  'Document',
  'Part',
  'Art',
  'Sect',
  'Div',
  'NonStruct',
  'Private',
  'TOC',
  'BlockQuote',
  'Figure',
  'Form',
  'Index',
]);
const HEADING_RE = /^H([1-6])?$/;
const CELLS = new Set(['TH', 'TD']);

interface Walk {
  tags: Map<string, Tag>;
  blocks: number;
  tables: number;
}

interface Context {
  block: Tag | null;
  listDepth: number;
  /** The table and row being walked, with how many cells the row has had so far. */
  row: { table: number; row: number; cells: number; tags: Tag[] } | null;
  /** Rows seen in each table so far. */
  rows: Map<number, number>;
  table: number | null;
}

/** The block an element opens, or null for an element that is inline or a container. */
function blockOf(node: StructNode, ctx: Context, w: Walk): Tag | null {
  const role = node.role ?? '';
  const h = role.match(HEADING_RE);
  if (h) return { block: w.blocks++, kind: 'heading', rank: h[1] ? Number(h[1]) : 1 };
  if (role === 'LI') return { block: w.blocks++, kind: 'item', depth: ctx.listDepth };
  if (CELLS.has(role) && ctx.row) {
    const tag: Tag = {
      block: w.blocks++,
      kind: 'cell',
      table: ctx.row.table,
      row: ctx.row.row,
      cell: ctx.row.cells++,
      header: role === 'TH',
    };
    ctx.row.tags.push(tag);
    return tag;
  }
  if (
    INLINE.has(role) ||
    CONTAINERS.has(role) ||
    role === 'L' ||
    role === 'TR' ||
    role === 'Table' ||
    role === 'THead' ||
    role === 'TBody' ||
    role === 'TFoot'
  )
    return null;
  return { block: w.blocks++, kind: 'text' };
}

function walkNode(node: StructNode, ctx: Context, w: Walk): void {
  if (node.type) {
    if (node.id && ctx.block) w.tags.set(node.id, ctx.block);
    return;
  }
  const role = node.role ?? '';
  let next = ctx;
  // A list or table inside a block (a nested list in an item) opens blocks of its own.
  if (role === 'Table') next = { ...ctx, block: null, table: w.tables++, rows: new Map(), row: null };
  else if (role === 'TR' && ctx.table !== null) {
    const row = ctx.rows.get(ctx.table) ?? 0;
    ctx.rows.set(ctx.table, row + 1);
    next = { ...ctx, row: { table: ctx.table, row, cells: 0, tags: [] } };
  } else if (role === 'L') next = { ...ctx, block: null, listDepth: ctx.listDepth + 1 };
  // A cell, heading or list item keeps everything inside it (its paragraphs, its label) as one block.
  const keeps = next.block && next.block.kind !== 'text';
  if (!keeps) {
    const block = blockOf(node, next, w);
    if (block) next = { ...next, block };
  }
  for (const kid of node.children ?? []) walkNode(kid, next, w);
  // Only now is the row's length known (empty cells included): a shorter row continues merged cells from above.
  if (role === 'TR' && next.row) for (const t of next.row.tags) t.rowCells = next.row.cells;
}

/** Marked-content id → the block element it belongs to, for one page's structure tree. */
export function structureTags(root: StructNode | null | undefined): Map<string, Tag> {
  const w: Walk = { tags: new Map(), blocks: 0, tables: 0 };
  if (root) walkNode(root, { block: null, listDepth: 0, row: null, rows: new Map(), table: null }, w);
  return w.tags;
}

/** Whether a page's tags carry anything the reader uses: a heading, a list item or a table cell. */
export const usefulTags = (tags: Map<string, Tag>) => [...tags.values()].some((t) => t.kind !== 'text');

/**
 * Each text run's tag (undefined outside any element) and whether it is an artifact (running
 * header, page number: marked as not part of the document), in the order of the runs.
 */
export function runTags(items: MarkedItem[], tags: Map<string, Tag>): { tag?: Tag; artifact: boolean }[] {
  const open: { id: string | null; artifact: boolean }[] = [];
  const out: { tag?: Tag; artifact: boolean }[] = [];
  for (const it of items) {
    if ('str' in it) {
      const id = [...open].reverse().find((o) => o.id)?.id;
      out.push({ tag: id ? tags.get(id) : undefined, artifact: open.some((o) => o.artifact) });
    } else if (it.type === 'endMarkedContent') open.pop();
    else open.push({ id: it.id ?? null, artifact: it.tag === 'Artifact' });
  }
  return out;
}
