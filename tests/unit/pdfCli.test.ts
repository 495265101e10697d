import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countByLevel } from '../../src/lib/plan/countByLevel';
import { validatePlan, type Plan } from '../../src/lib/plan/schema';
import { walk } from '../../src/lib/plan/hierarchy';
import { manyPages } from '../pdf/layouts';
import { cmapPdf, encryptedPdf, launchForPdf, layoutPdfs, printPdf } from '../pdf/makePdf';

const tsx = join('node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'pdf-cli-'));
const cli = (args: string[]) => spawnSync(tsx, ['src/cli/compile.ts', ...args], { encoding: 'utf8' });

beforeAll(async () => {
  const browser = await launchForPdf();
  try {
    for (const [name, bytes] of Object.entries(await layoutPdfs(browser)))
      writeFileSync(join(dir, `${name}.pdf`), bytes);
    writeFileSync(
      join(dir, 'long.pdf'),
      await printPdf(browser, manyPages(12), { running: '第1次大町地域福祉活動計画' }),
    );
  } finally {
    await browser.close();
  }
  writeFileSync(join(dir, 'encrypted.pdf'), encryptedPdf());
  writeFileSync(
    join(dir, 'cmap.pdf'),
    cmapPdf(['基本理念', 'つながるまち', '基本目標1 ふれあう地域', '基本目標2 ささえあう地域']),
  );
  const whole = readFileSync(join(dir, 'twoPages.pdf'));
  writeFileSync(join(dir, 'damaged.pdf'), whole.subarray(0, Math.floor(whole.length * 0.4)));
  writeFileSync(join(dir, 'empty.pdf'), '');
}, 60_000);

function compile(name: string): Plan {
  const out = join(dir, `out-${name}`);
  const r = cli([join(dir, `${name}.pdf`), '--out', out]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const plan = JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8'));
  expect(validatePlan(plan).ok).toBe(true);
  return plan;
}
const levels = (p: Plan) => countByLevel(p.root).map(({ level, count }) => `${level} ${count}`);
const tops = (p: Plan) => p.root.children.map((n) => n.title);
const pages = (p: Plan) => {
  const out: Record<string, number | undefined> = {};
  walk(p.root, (n) => n !== p.root && (out[n.id] = n.page));
  return out;
};

describe('npm run compile -- plan.pdf', () => {
  it('reads a 体系図 table with merged cells: each merged cell once, its rows under it', () => {
    const p = compile('table');
    expect(levels(p)).toEqual(['基本目標 2', '施策 4', '取組 6']);
    expect(tops(p)).toEqual(['ふれあう地域', '支え合う地域']);
    expect(p.root.children[1].children.map((n) => n.title)).toEqual(['担い手の育成', '災害への備え']);
    expect(p.vision).toBe('だれもが安心して暮らせる南町');
    expect(Object.values(pages(p)).every((n) => n === 1)).toBe(true);
  }, 30_000);

  it('reads a plan over two pages, each node with its page', () => {
    const p = compile('twoPages');
    expect(levels(p)).toEqual(['基本目標 2', '施策 5']);
    expect(tops(p)).toEqual(['つながりのある地域をつくる', '安心して暮らせる仕組みをつくる']);
    expect(p.vision).toBe('ともに生き、ともに支える北町');
    expect(pages(p)).toEqual({ 1: 1, '1-1': 1, '1-2': 1, 2: 2, '2-1': 2, '2-2': 2, '2-3': 2 });
    expect(p.root.children[0].description).toBe(
      'つながりのある地域をつくるために、地域のみなさんと社会福祉協議会が力を合わせて取り組みます。住民一人ひとりが役割を持ち、支え合いの輪を広げていきます。',
    );
  }, 30_000);

  it('reads a two-column page left column first', () => {
    const p = compile('twoColumns');
    expect(levels(p)).toEqual(['基本目標 2', '施策 4']);
    expect(p.root.children.map((n) => n.children.map((c) => c.title))).toEqual([
      ['ボランティアの育成', '福祉教育の推進'],
      ['情報発信の強化', '交流の場の拡充'],
    ]);
    expect(p.vision).toBe('みんなでつくる笑顔のまち西町');
  }, 30_000);

  it('reads letter-spaced headings closed up', () => {
    const p = compile('spacedHeadings');
    expect(levels(p)).toEqual(['基本目標 2', '施策 3']);
    expect(tops(p)).toEqual(['ふれあう地域', '支え合う地域']);
    expect(p.vision).toBe('笑顔があふれる東町');
  }, 30_000);

  it('keeps the heading that starts every page of a long plan, without its running header or page numbers', () => {
    const p = compile('long');
    expect(levels(p)).toEqual(['基本目標 12', '施策 36']);
    expect(p.root.children.map((n) => n.page)).toEqual([...Array(12).keys()].map((i) => i + 1));
    expect(p.vision).toBe('ともに歩む大町');
  }, 30_000);

  it('reads a PDF whose Japanese font is not embedded, through pdf.js’s CMaps', () => {
    const p = compile('cmap');
    expect(tops(p)).toEqual(['ふれあう地域', 'ささえあう地域']);
    expect(p.vision).toBe('つながるまち');
  }, 30_000);

  it('reads a 体系図 drawn as boxes without a header row, each merged box once', () => {
    const p = compile('chart');
    expect(levels(p)).toEqual(['基本目標 2', '施策 4', '取組 4']);
    expect(p.root.children.map((n) => n.children.map((c) => c.title))).toEqual([
      ['交流の場づくり', '見守り活動'],
      ['担い手の育成', '災害への備え'],
    ]);
    expect(p.vision).toBe('支え合い、笑顔でつながる中町');
  }, 30_000);

  it.each([
    ['encrypted', 'パスワードで保護'],
    ['scanned', '文字の情報がありません'],
    ['damaged', '壊れているか'],
    ['empty', '空のファイル'],
  ])(
    'fails a %s PDF with one line naming the file, and writes nothing',
    (name, words) => {
      const out = join(dir, `bad-${name}`);
      const r = cli([join(dir, `${name}.pdf`), '--out', out]);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`「${name}.pdf」`);
      expect(r.stderr).toContain(words);
      expect(existsSync(out)).toBe(false);
    },
    30_000,
  );
});
