/**
 * Web Worker entry: reads a PDF off the main thread, posting progress after each page. pdf.js
 * runs inside this worker on its own "fake worker" (its parser module set on globalThis), so
 * no second worker or blob URL is made; nothing is evaluated from strings (CSP script-src 'self').
 */
import * as pdfjs from 'pdfjs-dist';
import * as parser from 'pdfjs-dist/build/pdf.worker.mjs';
import { PdfError, readPdf } from './readPdf';
import type { PdfReply, PdfRequest } from './protocol';

(globalThis as unknown as { pdfjsWorker: unknown }).pdfjsWorker = parser;

const post = (m: PdfReply) => postMessage(m);

onmessage = async (e: MessageEvent<PdfRequest>) => {
  const { data, cMapUrl, standardFontDataUrl } = e.data;
  try {
    const r = await readPdf(pdfjs, new Uint8Array(data), {
      cMapUrl,
      standardFontDataUrl,
      useWorkerFetch: true,
      onPage: (done, total) => post({ type: 'progress', done, total }),
    });
    post({ type: 'done', ...r });
  } catch (err) {
    post({ type: 'error', problem: err instanceof PdfError ? err.problem : 'damaged' });
  }
};
