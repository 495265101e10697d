import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';

const PLAN = '基本理念\n誰もが安心して暮らせるまち\n基本目標1 ささえあう地域 ①見守り活動の推進～サロン\n';
/** The bytes another program would save: iconv writes Shift_JIS (CP932) as Windows does. */
const iconv = (to: string) => new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', to], { input: PLAN }));

describe('decodeText', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeText(new TextEncoder().encode(PLAN))).toEqual({ text: PLAN, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(PLAN)]))).toEqual({
      text: PLAN,
      encoding: 'utf-8',
    });
  });

  it('reads Shift_JIS (CP932) as Excel and Windows tools save it, ① and ～ included', () => {
    expect(decodeText(iconv('CP932'))).toEqual({ text: PLAN, encoding: 'shift_jis' });
  });

  it('reads UTF-16 with a BOM and without one, either byte order', () => {
    expect(decodeText(iconv('UTF-16'))?.text).toBe(PLAN);
    expect(decodeText(iconv('UTF-16LE'))).toEqual({ text: PLAN, encoding: 'utf-16le' });
    expect(decodeText(iconv('UTF-16BE'))).toEqual({ text: PLAN, encoding: 'utf-16be' });
  });

  it('gives null for bytes that are no text (a PNG, a PDF stream)', () => {
    expect(
      decodeText(
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      ),
    ).toBeNull();
    expect(decodeText(new Uint8Array(Array.from({ length: 64 }, (_, i) => (i * 37 + 128) % 256)))).toBeNull();
  });
});
