/** Real PDFs made in the tests: the layouts printed by Chromium (src/cli/printPdf.ts), and PDFs written by hand. */
import type { Browser } from 'playwright-core';
import * as layouts from './layouts';
import { launchForPdf, printPdf, type PrintOptions } from '../../src/cli/printPdf';

export { launchForPdf, printPdf, type PrintOptions };

/** The layouts the tests read, as PDF bytes. */
export async function layoutPdfs(browser: Browser, tagged = false) {
  return {
    table: await printPdf(browser, layouts.table, { tagged }),
    twoPages: await printPdf(browser, layouts.twoPages, { running: '第2次北町地域福祉活動計画', tagged }),
    twoColumns: await printPdf(browser, layouts.twoColumns, { tagged }),
    spacedHeadings: await printPdf(browser, layouts.spacedHeadings, { tagged }),
    chart: await printPdf(browser, layouts.chart, { tagged }),
    scanned: await printPdf(browser, layouts.scanned, { tagged }),
    emoji: await printPdf(browser, layouts.emoji, { tagged }),
  };
}

/**
 * A PDF that needs a password to open, made by hand (no qpdf needed): the standard security
 * handler with a user-password check (/U) that the empty password does not pass.
 */
export function encryptedPdf(): Buffer {
  const hex = (seed: number) =>
    Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 255).toString(16).padStart(2, '0')).join('');
  return handPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
      `<< /Filter /Standard /V 1 /R 2 /O <${hex(1)}> /U <${hex(2)}> /P -4 >>`,
    ],
    `/Encrypt 4 0 R /ID [<${hex(3).slice(0, 32)}> <${hex(3).slice(0, 32)}>] `,
  );
}

/** Writes a PDF by hand from its objects (1-based numbers in order), with a correct xref. */
function handPdf(objects: string[], trailer = ''): Buffer {
  let body = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = Buffer.byteLength(body, 'latin1');
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * A PDF as older Japanese word processors write it: a font that is not embedded, text coded
 * through a predefined CMap (UniJIS-UCS2-H) and no ToUnicode map. Reading it needs pdf.js's
 * CMaps, so it shows they are served.
 */
export function cmapPdf(lines: string[]): Buffer {
  const ucs2 = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const content = `BT /F1 12 Tf 14 TL 56 760 Td ${lines.map((l) => `<${ucs2(l)}> Tj T* T*`).join(' ')} ET`;
  return handPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  ]);
}

/**
 * A plan PDF that carries code (as a hostile PDF would): a JavaScript open action, a page
 * action, a document-level script, and a font whose FontMatrix is built to break out into code
 * where a font program is compiled with eval (CVE-2024-4367's shape). Each would set
 * globalThis.pwned. Its text is the same small plan as cmapPdf's.
 */
export function scriptedPdf(): Buffer {
  const js =
    '(globalThis.pwned = 1; try { postMessage({ type: "done", text: "pwned", pages: 1, notes: [] }); } catch (e) {} app.alert(1);)';
  const ucs2 = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const lines = ['基本理念', 'つながるまち', '基本目標1 ふれあう地域', '基本目標2 支え合う地域'];
  const content = `BT /F1 12 Tf 14 TL 56 760 Td ${lines.map((l) => `<${ucs2(l)}> Tj T* T*`).join(' ')} ET BT /F2 10 Tf 56 100 Td (x) Tj ET`;
  return handPdf([
    `<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS ${js} >> /Names << /JavaScript << /Names [(a) << /S /JavaScript /JS ${js} >>] >> >> >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 8 0 R >> >> /Contents 4 0 R /AA << /O << /S /JavaScript /JS ${js} >> >> >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FontMatrix [0.001 0 0 0.001 0 (0\\); globalThis.pwned = 1; //)] >>',
  ]);
}
