/**
 * Tagged PDFs read through their structure tree, through the CLI: a 体系図 whose layout would
 * mislead a reader going by position (a borderless table whose cells touch) reads right only
 * through its tags, from LibreOffice and from Chromium alike; and a tagged Chromium print reads
 * the same plan as the untagged one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/lib/plan/compile';
import type { Plan } from '../../src/lib/plan/schema';
import { readPdfFile } from '../../src/lib/pdf/readPdfFile';
import { softBreaks, unruled } from '../pdf/layouts';
import { launchForPdf, layoutPdfs, printPdf } from '../pdf/makePdf';
import { expected, got } from '../pdf/office/expect';
import { FIXTURES } from '../pdf/office/fixtures';

const tsx = join('node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'pdf-tagged-'));
const LAYOUTS = ['table', 'twoPages', 'twoColumns', 'spacedHeadings', 'chart'] as const;

function compile(file: string): Plan {
  const out = join(dir, `out-${file.replace(/\W/g, '_')}`);
  const r = spawnSync(tsx, ['src/cli/compile.ts', file, '--out', out], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const name = file.replace(/^.*\//, '').replace(/\.pdf$/, '');
  return JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8'));
}

/** The same reading in this process (faster than the CLI where only the comparison matters). */
async function read(file: string): Promise<Plan> {
  const r = compilePlan((await readPdfFile(file)).text, {}, file);
  expect(r.plan).not.toBeNull();
  return r.plan!;
}

/** The tree as "title" lines indented by depth, and the 基本理念. */
const shape = (p: Plan) => ({ titles: got(p).titles, vision: p.vision });

beforeAll(async () => {
  const browser = await launchForPdf();
  try {
    writeFileSync(join(dir, 'mori-tagged.pdf'), await printPdf(browser, unruled, { tagged: true }));
    writeFileSync(join(dir, 'mori-untagged.pdf'), await printPdf(browser, unruled));
    writeFileSync(join(dir, 'suzuran-tagged.pdf'), await printPdf(browser, softBreaks, { tagged: true }));
    const [plain, tagged] = [await layoutPdfs(browser), await layoutPdfs(browser, true)];
    for (const name of LAYOUTS) {
      writeFileSync(join(dir, `${name}-untagged.pdf`), plain[name]);
      writeFileSync(join(dir, `${name}-tagged.pdf`), tagged[name]);
    }
  } finally {
    await browser.close();
  }
}, 90_000);

describe('npm run compile -- a tagged PDF whose layout misleads', () => {
  it('reads a borderless 体系図 with touching cells (LibreOffice) right through its tags, and not without them', async () => {
    const f = FIXTURES.find((x) => x.name === 'writer-unruled')!;
    const e = expected(f);
    const tagged = got(compile('tests/pdf/office/writer-unruled.pdf'));
    expect(tagged.titles).toEqual(e.titles);
    expect(tagged.levels).toEqual(e.levels);
    // The same pages without their structure: by position the cells of each row run together.
    expect(got(await read('tests/pdf/office/writer-unruled-untagged.pdf')).titles).not.toEqual(e.titles);
  }, 60_000);

  it('reads the same kind of table printed by Chromium right through its tags, and not without them', async () => {
    const titles = [
      '木かげで集う',
      '  居場所の運営',
      '    森のサロン',
      '    親子の広場',
      '  見守りの輪',
      '    声かけ訪問',
      '森で支え合う',
      '  担い手の育成',
      '    福祉講座',
      '  災害への備え',
      '    避難の訓練',
    ];
    expect(shape(compile(join(dir, 'mori-tagged.pdf')))).toEqual({ titles, vision: '木もれ日のように やさしいまち' });
    expect(shape(await read(join(dir, 'mori-untagged.pdf'))).titles).not.toEqual(titles);
  }, 60_000);
});

describe('npm run compile -- a line break inside a tagged list item', () => {
  const shapeWithNotes = (p: Plan) =>
    p.root.children.flatMap((g) => [g.title, ...g.children.map((c) => `  ${c.title} / ${c.description ?? ''}`)]);

  it("keeps the item's title apart from what follows its line break (Chromium print), and a wrapped title whole", async () => {
    expect(shapeWithNotes(compile(join(dir, 'suzuran-tagged.pdf')))).toEqual([
      '顔の見える関係をつくる',
      '  あいさつ運動 / 朝の通学時間に、自治会と学校が一緒に声をかけます。',
      '  地区ごとに住民が気軽に立ち寄れる茶話会と健康相談を兼ねた居場所を公民館や空き店舗で毎月開く取り組み / 開催の案内は回覧板と広報紙で知らせます。',
      '困りごとを支え合う',
      '  買い物支援 / 移動販売車の巡回を地区の要望にあわせて広げます。',
      '  除雪ボランティア / 冬の朝、高齢者世帯の玄関先を中学生と一緒に除雪します。',
      '  地区の見守り活動の記録を共有する仕組みとして CommunityBasedIntegratedCareNetworkPlatform を試行 / ',
    ]);
  }, 60_000);

  it('the same from Writer (Shift+Enter in a nested list): tagged and untagged read alike', async () => {
    const f = FIXTURES.find((x) => x.name === 'writer-soft-breaks')!;
    const tagged = got(compile('tests/pdf/office/writer-soft-breaks.pdf'));
    expect(tagged.titles).toEqual(expected(f).titles);
    expect(got(await read('tests/pdf/office/writer-soft-breaks-untagged.pdf')).titles).toEqual(expected(f).titles);
  }, 60_000);
});

describe('npm run compile -- tagged Chromium prints', () => {
  it.each(LAYOUTS)(
    'reads %s the same tagged as untagged',
    async (name) => {
      const plain = await read(join(dir, `${name}-untagged.pdf`));
      expect(plain.root.children.length).toBeGreaterThan(0);
      expect(shape(await read(join(dir, `${name}-tagged.pdf`)))).toEqual(shape(plain));
    },
    60_000,
  );
});
