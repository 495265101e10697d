import type * as Pdfjs from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { pageDrawing, type Ops } from './drawing';
import { layoutPages } from './layoutText';
import { sideBySide } from './pageParts';
import { runTags, structureTags, usefulTags, type MarkedItem, type StructNode } from './structure';
import type { PageRuns, Tag } from './types';

/** What can be wrong with a PDF, each with its own advice (pdfMessage.ts). */
export type PdfProblem = 'encrypted' | 'scanned' | 'damaged' | 'empty' | 'cancelled';

export class PdfError extends Error {
  constructor(readonly problem: PdfProblem) {
    super(problem);
  }
}

export interface PdfText {
  text: string;
  pages: number;
  /** What the reader left out or changed, one line each for the person importing (page skipped, characters dropped). */
  notes: string[];
}

export interface ReadPdfOptions {
  /** Where pdf.js finds its CMaps and standard fonts: the app's own copies, never a CDN. */
  cMapUrl: string;
  standardFontDataUrl: string;
  /**
   * The parser fetches CMaps and fonts itself: true in a Web Worker, where pdf.js's page-side
   * loaders would reach for `document`; Node leaves it to pdf.js's file readers.
   */
  useWorkerFetch?: boolean;
  onPage?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * Characters a text layer gives for glyphs it cannot map (an emoji without a Unicode entry
 * comes out as U+0000), and other control characters: never text, and a form feed would be
 * read as a page break.
 */
// eslint-disable-next-line no-control-regex -- the control characters a PDF leaves for glyphs it cannot map
const UNREADABLE_RE = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/gu;

/** pdf.js's text items → runs in top-down page coordinates, with how many unreadable characters were dropped. */
function runsOf(
  items: TextItem[],
  top: number,
  vertical: (font: string) => boolean,
): { runs: PageRuns['runs']; dropped: number } {
  let dropped = 0;
  const runs = items.map((it) => {
    const [, , c, d, e, f] = it.transform;
    const text = it.str.replace(UNREADABLE_RE, () => (dropped++, ''));
    return {
      text,
      x: e,
      y: top - f,
      width: it.width,
      size: Math.hypot(c, d) || it.height || 1,
      vertical: vertical(it.fontName),
    };
  });
  return { runs, dropped };
}

/**
 * A page's structure, where the document is tagged: marked-content id → element. Null for a
 * page whose tags name no heading, list item or table cell: it reads exactly as an untagged one.
 */
async function pageTags(page: Pdfjs.PDFPageProxy, tagged: boolean): Promise<Map<string, Tag> | null> {
  if (!tagged) return null;
  // A structure tree pdf.js cannot follow is no reason to refuse the page: it reads by position.
  const tree = await page.getStructTree().catch(() => null);
  const tags = structureTags(tree as StructNode | null);
  return usefulTags(tags) ? tags : null;
}

/** A page's text runs (each with its element where the page is tagged), and its drawing where text stands side by side. */
async function readPage(
  pdfjs: typeof Pdfjs,
  page: Pdfjs.PDFPageProxy,
  n: number,
  tagged: boolean,
): Promise<{ page: PageRuns; dropped: number }> {
  const [, , width, top] = page.view;
  const tags = await pageTags(page, tagged);
  const content = await page.getTextContent(tags ? { includeMarkedContent: true } : undefined);
  const styles = content.styles as Record<string, { vertical?: boolean }>;
  const read = runsOf(
    content.items.filter((i): i is TextItem => 'str' in i),
    top,
    (font) => !!styles[font]?.vertical,
  );
  const marks = tags && runTags(content.items as MarkedItem[], tags);
  // Artifacts (running headers, page numbers) are marked as not part of the text.
  const runs = marks
    ? read.runs.map((r, i) => ({ ...r, tag: marks[i].tag })).filter((_, i) => !marks[i].artifact)
    : read.runs;
  const dropped = read.dropped;
  // The drawing costs as much again to read, and only changes the reading where text stands side by side.
  if (!sideBySide(runs, top)) return { page: { page: n, width, height: top, runs }, dropped };
  const ops = await page.getOperatorList();
  const drawing = pageDrawing(ops.fnArray, ops.argsArray, pdfjs.OPS as unknown as Ops, top);
  return { page: { page: n, width, height: top, runs, drawing }, dropped };
}

function problemOf(e: unknown): PdfProblem {
  const name = (e as { name?: string })?.name;
  if (e instanceof PdfError) return e.problem;
  if (name === 'PasswordException') return 'encrypted';
  return 'damaged';
}

/**
 * A PDF's bytes → its text in reading order, page by page (progress after each page; the
 * signal stops between pages). Takes the pdf.js module so the browser's worker and Node's
 * CLI each pass the build that suits them. Throws PdfError naming what is wrong.
 */
export async function readPdf(pdfjs: typeof Pdfjs, data: Uint8Array, options: ReadPdfOptions): Promise<PdfText> {
  if (!data.length) throw new PdfError('empty');
  const task = pdfjs.getDocument({
    data,
    cMapUrl: options.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: options.standardFontDataUrl,
    useWorkerFetch: options.useWorkerFetch,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages: PageRuns[] = [];
    // Only a document that says it is tagged is asked for its structure (an untagged one reads as it always has).
    const tagged = (await doc.getMarkInfo().catch(() => null))?.Marked === true;
    const unreadable: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      if (options.signal?.aborted) throw new PdfError('cancelled');
      const page = await doc.getPage(p);
      const read = await readPage(pdfjs, page, p, tagged);
      pages.push(read.page);
      if (read.dropped) unreadable.push(`${p} ページ ${read.dropped} 文字`);
      page.cleanup();
      options.onPage?.(p, doc.numPages);
    }
    if (!pages.some((p) => p.runs.some((r) => r.text.trim()))) throw new PdfError('scanned');
    const { text, notes } = layoutPages(pages);
    if (unreadable.length)
      notes.push(
        `PDF に文字として読めない記号(絵文字など)があり、除きました(${unreadable.join('、')})。原本と見くらべてください。`,
      );
    return { text, pages: doc.numPages, notes };
  } catch (e) {
    throw new PdfError(problemOf(e));
  } finally {
    await task.destroy();
  }
}
