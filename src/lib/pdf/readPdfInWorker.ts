import { PdfError, type PdfText } from './readPdf';
import type { PdfReply, PdfRequest } from './protocol';

export interface PdfJob {
  result: Promise<PdfText>;
  /** Stops at once (the worker is ended); result rejects with PdfError('cancelled'). */
  cancel: () => void;
}

const REPLIES: unknown[] = ['progress', 'done', 'error'] satisfies PdfReply['type'][];

/** The app serves pdf.js's CMaps and standard fonts under pdfjs/ (vite.config.ts), beside index.html. */
const assetUrl = (dir: string) => new URL(`pdfjs/${dir}/`, document.baseURI).href;

/**
 * Reads a PDF in a Web Worker, loaded only now (pdf.js stays out of the first page's JS).
 * Progress is reported after each page.
 */
export function readPdfInWorker(file: Blob, onPage: (done: number, total: number) => void): PdfJob {
  const worker = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' });
  let fail: (e: PdfError) => void = () => {};
  const result = new Promise<PdfText>((resolve, reject) => {
    fail = reject;
    worker.onmessage = (e: MessageEvent<PdfReply>) => {
      const m = e.data;
      // pdf.js's parser module announces itself on the worker's port too ("ready"): not ours.
      if (!REPLIES.includes(m?.type)) return;
      if (m.type === 'progress') return onPage(m.done, m.total);
      worker.terminate();
      if (m.type === 'done') resolve({ text: m.text, pages: m.pages, notes: m.notes });
      else reject(new PdfError(m.problem));
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new PdfError('damaged'));
    };
    file.arrayBuffer().then(
      (data) => {
        const request: PdfRequest = {
          data,
          cMapUrl: assetUrl('cmaps'),
          standardFontDataUrl: assetUrl('standard_fonts'),
        };
        worker.postMessage(request, [data]);
      },
      () => fail(new PdfError('damaged')),
    );
  });
  return {
    result,
    cancel: () => {
      worker.terminate();
      fail(new PdfError('cancelled'));
    },
  };
}
