import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { shellOf } from './serviceWorker';

const asset = (fileName: string, source: string) =>
  ({ type: 'asset', fileName, source }) as unknown as Rolldown.OutputAsset;
const chunk = (fileName: string, code: string) =>
  ({ type: 'chunk', fileName, code }) as unknown as Rolldown.OutputChunk;

function publicDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'static-'));
  mkdirSync(join(dir, 'icons'));
  writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
  writeFileSync(join(dir, 'manifest.webmanifest'), '{}');
  writeFileSync(join(dir, 'icons', 'icon-192.png'), 'png');
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', 'a.json'), '{}');
  return dir;
}

describe('shellOf', () => {
  const dir = publicDir();
  const bundle = (app: string): Rolldown.OutputBundle => ({
    'index.html': asset('index.html', '<html>'),
    'assets/index-a.js': chunk('assets/index-a.js', app),
    'assets/index-a.css': asset('assets/index-a.css', 'body{}'),
    'assets/pdf.worker-b.js': chunk('assets/pdf.worker-b.js', 'pdf'),
    'pdfjs/cmaps/x.bcmap': asset('pdfjs/cmaps/x.bcmap', 'cmap'),
    'one-file.html': asset('one-file.html', '<html>'),
  });

  it('is the page, the build and the icons; not the PDF reader, nor data', () => {
    expect(shellOf(bundle('app'), dir).files).toEqual([
      'assets/index-a.css',
      'assets/index-a.js',
      'favicon.svg',
      'icons/icon-192.png',
      'index.html',
      'manifest.webmanifest',
      'one-file.html',
    ]);
  });
  it('gets a new version when any file of the shell changes, and only then', () => {
    expect(shellOf(bundle('app'), dir).version).toBe(shellOf(bundle('app'), dir).version);
    expect(shellOf(bundle('app 2'), dir).version).not.toBe(shellOf(bundle('app'), dir).version);
  });
});
