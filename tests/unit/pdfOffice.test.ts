/**
 * Plan PDFs made with an office suite (LibreOffice's own export: Writer, Calc, Impress), read
 * through the CLI: counts per level, every title in tree order, the 基本理念 and each node's
 * page, against what was written by hand for each fixture (tests/pdf/office/fixtures.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/lib/plan/schema';
import { launchForPdf, layoutPdfs } from '../pdf/makePdf';
import { expected, got } from '../pdf/office/expect';
import { FIXTURES } from '../pdf/office/fixtures';

const tsx = join('node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'pdf-office-'));
const cli = (file: string, out: string) =>
  spawnSync(tsx, ['src/cli/compile.ts', file, '--out', out], { encoding: 'utf8' });

function compile(file: string, name: string): { plan: Plan; stdout: string } {
  const out = join(dir, `out-${name}`);
  const r = cli(file, out);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return { plan: JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8')), stdout: r.stdout };
}

describe('npm run compile -- plan.pdf made in an office suite', () => {
  it.each(FIXTURES.map((f) => [f.name, f] as const))(
    'reads %s faithfully',
    (name, f) => {
      const { plan } = compile(join('tests/pdf/office', `${name}.pdf`), name);
      const [e, g] = [expected(f), got(plan)];
      expect(g.levels).toEqual(e.levels);
      expect(g.titles).toEqual(e.titles);
      expect(g.vision).toBe(e.vision);
      expect(g.pages).toEqual(e.pages);
    },
    30_000,
  );

  it('says which pages it skipped: the 目次 and a 縦書き greeting', () => {
    expect(compile('tests/pdf/office/writer-toc-40.pdf', 'writer-toc-40').stdout).toContain(
      '2 ページは目次として読み飛ばしました',
    );
    expect(compile('tests/pdf/office/writer-vertical.pdf', 'writer-vertical').stdout).toContain(
      '1 ページは縦書きのため読み飛ばしました',
    );
  }, 60_000);
});

describe('npm run compile -- a PDF with emoji', () => {
  beforeAll(async () => {
    const browser = await launchForPdf();
    try {
      writeFileSync(join(dir, 'emoji.pdf'), (await layoutPdfs(browser)).emoji);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('reads the plan, drops the glyphs it cannot read (never a NUL) and says so; a letter outside the BMP stays', () => {
    const { plan, stdout } = compile(join(dir, 'emoji.pdf'), 'emoji');
    expect(JSON.stringify(plan)).not.toContain('\\u0000');
    expect(plan.root.children.map((n) => n.title)).toEqual(['ふれあう地域', '支え合う地域']);
    expect(plan.root.children[0].children.map((n) => n.title)).toEqual(['交流の場 😀']); // this one the font maps: kept
    expect(plan.vision).toBe('ひらめきと笑顔のまち');
    expect(plan.root.children[1].children.map((n) => n.title)).toEqual(['𠮷野地区の見守り']);
    expect(stdout).toMatch(/絵文字など.*1 ページ 2 文字/);
  }, 60_000);
});
