import { describe, expect, it } from 'vitest';
import { readPdf } from './readPdf';

describe('readPdf asks pdf.js for text only', () => {
  it('opens the PDF with eval off and no scripting, fonts or rendering (GHSA-hq66-cqwq-w95j, CVE-2024-4367)', async () => {
    let params: Record<string, unknown> = {};
    const fake = {
      getDocument: (p: Record<string, unknown>) => {
        params = p;
        return { promise: Promise.reject(new Error('stop')), destroy: async () => {} };
      },
    };
    await expect(
      readPdf(fake as never, new Uint8Array([1]), { cMapUrl: '/c/', standardFontDataUrl: '/f/' }),
    ).rejects.toThrow();
    expect(params).toMatchObject({ isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
    expect(params.enableScripting ?? false).toBe(false);
  });
});
