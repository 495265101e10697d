import type * as Pdfjs from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { layoutText } from './layoutText';
import type { PageRuns } from './types';

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

/** pdf.js's text items → runs in top-down page coordinates. */
function runsOf(items: TextItem[], top: number): PageRuns['runs'] {
  return items.map((it) => {
    const [, , c, d, e, f] = it.transform;
    return { text: it.str, x: e, y: top - f, width: it.width, size: Math.hypot(c, d) || it.height || 1 };
  });
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
    data, cMapUrl: options.cMapUrl, cMapPacked: true, standardFontDataUrl: options.standardFontDataUrl,
    useWorkerFetch: options.useWorkerFetch, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages: PageRuns[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      if (options.signal?.aborted) throw new PdfError('cancelled');
      const page = await doc.getPage(p);
      const [, , width, top] = page.view;
      const content = await page.getTextContent();
      pages.push({ page: p, width, height: top, runs: runsOf(content.items.filter((i): i is TextItem => 'str' in i), top) });
      page.cleanup();
      options.onPage?.(p, doc.numPages);
    }
    if (!pages.some((p) => p.runs.some((r) => r.text.trim()))) throw new PdfError('scanned');
    return { text: layoutText(pages), pages: doc.numPages };
  } catch (e) {
    throw new PdfError(problemOf(e));
  } finally {
    await task.destroy();
  }
}
