import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { countByLevel } from '../../src/lib/plan/countByLevel';
import { walk } from '../../src/lib/plan/hierarchy';
import { validatePlan, type Plan } from '../../src/lib/plan/schema';

/** Office fixtures (LibreOffice output, tests/office/build.sh) and what a person reads in each, written by hand. */
const FIXTURES = 'tests/office';
interface Expected {
  layout: string;
  vision: string;
  levels: string[];
  nodes: [string, string][];
  pages?: Record<string, number>;
  unseen?: boolean;
}
const expected: Record<string, Expected> = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8'));
const files = Object.keys(expected).filter((f) => f !== '_');

const tsx = join('node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'office-cli-'));
const cli = (args: string[]) => spawnSync(tsx, ['src/cli/compile.ts', ...args], { encoding: 'utf8' });

function compile(path: string): Plan {
  const name = path
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '');
  const out = join(dir, `out-${name}`);
  const r = cli([path, '--out', out]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const plan = JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8'));
  expect(validatePlan(plan).ok).toBe(true);
  return plan;
}

function nodesOf(plan: Plan): [string, string][] {
  const out: [string, string][] = [];
  walk(plan.root, (n) => n !== plan.root && out.push([n.id, n.title]));
  return out;
}

function readsFaithfully(file: string) {
  const want = expected[file];
  const plan = compile(join(FIXTURES, file));
  expect(plan.vision).toBe(want.vision);
  expect(countByLevel(plan.root).map(({ level, count }) => `${level} ${count}`)).toEqual(want.levels);
  expect(nodesOf(plan)).toEqual(want.nodes);
  const pages: Record<string, number | undefined> = {};
  walk(plan.root, (n) => void (pages[n.id] = n.page));
  for (const [id, page] of Object.entries(want.pages ?? {})) expect(pages[id], id).toBe(page);
}

describe('npm run compile -- plan.docx|xlsx|pptx: each fixture read faithfully (counts, titles in tree order, vision)', () => {
  for (const file of files.filter((f) => !expected[f].unseen)) {
    it(`${file}: ${expected[file].layout}`, () => readsFaithfully(file), 30_000);
  }
});

describe('the unseen slice (kept aside while the readers were built)', () => {
  for (const file of files.filter((f) => expected[f].unseen)) {
    it(`${file}: ${expected[file].layout}`, () => readsFaithfully(file), 30_000);
  }
});

describe('npm run compile -- <office file>: --explain names where each line came from', () => {
  it('names the paragraph, the sheet row and the slide', () => {
    const docx = cli([join(FIXTURES, 'hoshi-headings.docx'), '--out', join(dir, 'explain'), '--explain']);
    expect(docx.stdout).toMatch(/\[1-1\] \(1\) 見守り活動の充実 {2}\(段落 \d+\)/);
    const xlsx = cli([join(FIXTURES, 'umi-merged.xlsx'), '--out', join(dir, 'explain'), '--explain']);
    expect(xlsx.stdout).toContain('シート「体系図」を読みました');
    expect(xlsx.stdout).toContain('(シート「体系図」の 9 行目)');
    const pptx = cli([join(FIXTURES, 'hara-goals.pptx'), '--out', join(dir, 'explain'), '--explain']);
    expect(pptx.stdout).toMatch(/\[2\] .*基本目標2 支え合いの仕組みをつくる {2}\(スライド 3\)/);
  }, 30_000);
});

describe('npm run compile -- <bad office file>: one Japanese line naming the file and what to do, nothing written', () => {
  const bad = (name: string, bytes?: Uint8Array) => {
    const path = bytes ? join(dir, name) : join(FIXTURES, 'bad', name);
    if (bytes) writeFileSync(path, bytes);
    const r = cli([path, '--out', join(dir, 'bad-out')]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`「${name}」`);
    return lines[0];
  };
  it('old binary .doc/.xls/.ppt: save as .docx/.xlsx/.pptx or PDF', () => {
    expect(bad('kawa-typed.doc')).toContain('Word で開き「名前を付けて保存」で .docx か PDF に');
    expect(bad('sora-tables.xls')).toContain('Excel で開き「名前を付けて保存」で .xlsx か PDF に');
    expect(bad('hara-goals.ppt')).toContain('PowerPoint で開き「名前を付けて保存」で .pptx か PDF に');
  }, 30_000);
  it('password-protected: take the password off', () => {
    expect(bad('password.docx')).toContain('パスワードで保護されている');
  }, 30_000);
  it('a damaged zip (cut short) and a zip bomb (bounded expansion)', () => {
    const whole = readFileSync(join(FIXTURES, 'mori-table.docx'));
    expect(bad('cut.docx', whole.subarray(0, Math.floor(whole.length / 2)))).toContain('壊れている');
    const bomb = zipSync(
      {
        '_rels/.rels': new TextEncoder().encode('<Relationships/>'),
        'word/document.xml': new Uint8Array(80 * 1024 * 1024).fill(0x20),
      },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(1_000_000);
    expect(bad('bomb.docx', bomb)).toContain('展開すると大きすぎる');
  }, 30_000);
});
