import { deflateSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { OfficeError } from './officeError';
import { crc32, inflateBounded, openZip } from './zip';

const enc = (s: string) => new TextEncoder().encode(s);
const problem = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof OfficeError ? e.problem : 'other';
  }
  return 'none';
};

describe('openZip', () => {
  it('reads deflated and stored parts by name, in UTF-8', () => {
    const zip = openZip(zipSync({ 'word/document.xml': enc('<d>計画</d>'), 'a.txt': [enc('stored'), { level: 0 }] }));
    expect(zip.names.sort()).toEqual(['a.txt', 'word/document.xml']);
    expect(zip.text('word/document.xml')).toBe('<d>計画</d>');
    expect(zip.text('a.txt')).toBe('stored');
    expect(zip.text('missing.xml')).toBeNull();
  });

  it('a zip cut short is damaged', () => {
    const noise = Array.from({ length: 4000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 5000))).join('');
    const whole = zipSync({ 'word/document.xml': enc(`<d>${noise}</d>`) });
    expect(problem(() => openZip(whole.subarray(0, whole.length - 30)))).toBe('damaged');
    expect(problem(() => openZip(whole.subarray(40)))).toBe('damaged');
    // The directory kept, a stretch of the part's data lost: its checksum no longer matches.
    const cut = new Uint8Array(whole);
    cut.fill(0, 200, 400);
    expect(problem(() => openZip(cut).text('word/document.xml'))).toBe('damaged');
  });

  it('a part with zip encryption is reported as password-protected', () => {
    const bytes = zipSync({ 'word/document.xml': enc('<d/>') });
    const view = new DataView(bytes.buffer);
    for (let i = bytes.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true);
    }
    expect(problem(() => openZip(bytes).text('word/document.xml'))).toBe('encrypted');
  });
});

describe('openZip: the shared budget', () => {
  it('a part read again costs nothing more (slides share a layout), other parts still read', () => {
    const part = new Uint8Array(4 * 1024 * 1024).fill(0x61);
    const zip = openZip(
      zipSync({ 'ppt/slideLayouts/slideLayout1.xml': part, 'ppt/slides/slide1.xml': enc('<p:sld/>') }),
    );
    // 41 × 4 MB is past the 160 MB all parts may expand to together.
    for (let i = 0; i < 41; i++) expect(zip.text('ppt/slideLayouts/slideLayout1.xml')).toHaveLength(part.length);
    expect(zip.text('ppt/slides/slide1.xml')).toBe('<p:sld/>');
  });
});

describe('crc32', () => {
  it('is the zip checksum', () =>
    expect(crc32(enc('The quick brown fox jumps over the lazy dog')).toString(16)).toBe('414fa339'));
});

describe('inflateBounded', () => {
  it('stops a zip bomb at the bound, whatever it claims', () => {
    const bomb = deflateSync(new Uint8Array(8 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    expect(problem(() => inflateBounded(bomb, 1024 * 1024))).toBe('tooLarge');
    expect(inflateBounded(bomb, 9 * 1024 * 1024).length).toBe(8 * 1024 * 1024);
  });
});
