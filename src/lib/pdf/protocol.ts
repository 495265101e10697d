import type { PdfProblem, PdfText } from './readPdf';

/** The page → worker message: the file's bytes (transferred) and where the app serves pdf.js's data. */
export interface PdfRequest {
  data: ArrayBuffer;
  cMapUrl: string;
  standardFontDataUrl: string;
}

export type PdfReply =
  | { type: 'progress'; done: number; total: number }
  | ({ type: 'done' } & PdfText)
  | { type: 'error'; problem: PdfProblem };
