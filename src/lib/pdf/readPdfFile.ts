/** Node (the CLI): a PDF file → its text, with pdf.js's legacy build and the package's own CMaps and fonts. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readPdf, type PdfText } from './readPdf';

export async function readPdfFile(path: string): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return readPdf(pdfjs as never, new Uint8Array(readFileSync(path)), {
    cMapUrl: `${join(root, 'cmaps')}/`,
    standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
  });
}
