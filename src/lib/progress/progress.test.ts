import { describe, expect, it } from 'vitest';
import { PlanTree } from '../plan/hierarchy';
import type { PlanNode } from '../plan/schema';
import { fiscalYear, yearLabel } from './fiscalYear';
import { readProgress } from './readProgress';
import { rollup, rollupParts, statusesFor } from './rollup';
import { progressCsv, progressTemplate } from './progressCsv';
import { SCALES, scaleFor } from './scales';

const node = (id: string, children: PlanNode[] = []): PlanNode => ({
  id,
  level: 'x',
  code: id,
  title: `項目${id}`,
  description: '',
  tags: [],
  children,
  line: 1,
});
const root = node('root', [node('1', [node('1-1'), node('1-2')]), node('2', [node('2-1')])]);
const ids = new Set(['root', '1', '1-1', '1-2', '2', '2-1']);

describe('fiscalYear', () => {
  it('reads western years and Japanese eras as people write them', () => {
    expect(
      ['2025', '２０２５', '2025年度', '令和7年度', '令和７年度', 'R7', '令和元年度', '平成30年度'].map(fiscalYear),
    ).toEqual([2025, 2025, 2025, 2025, 2025, 2025, 2019, 2018]);
    expect(fiscalYear('来年')).toBeNull();
    expect(yearLabel(2025)).toBe('令和7年度');
  });
});

describe('readProgress', () => {
  it('reads a sheet with a BOM and CRLF, two years, and reports a bad row by its line', () => {
    const csv =
      '\uFEFFid,年度,評価,メモ\r\n1-1,2024,B,準備中\r\n1-1,令和7年度,A,予定どおり\r\n9-9-9,2025,A,\r\n1-2,2025,C,\r\n';
    const { sheet, problems } = readProgress(csv, ids);
    expect(sheet?.scale.id).toBe('abcd');
    expect(sheet?.years).toEqual([2025, 2024]);
    expect(sheet?.evaluations.map((e) => [e.id, e.year, e.symbol, e.line])).toEqual([
      ['1-1', 2024, 'B', 2],
      ['1-1', 2025, 'A', 3],
      ['1-2', 2025, 'C', 5],
    ]);
    expect(problems).toEqual([
      { line: 4, message: expect.stringContaining('4 行目: id 9-9-9 はこの計画にありません') },
    ]);
  });

  it('keeps quoted cells with commas and line breaks whole, and counts lines past them', () => {
    const csv =
      'id,年度,評価,メモ,指標,目標値,実績値\n1-1,2025,A,"会議を3回, 研修を1回\n開きました",参加者数,100,"1,200"\n2-1,2025,Z,\n';
    const { sheet, problems } = readProgress(csv, ids);
    expect(sheet?.evaluations[0]).toMatchObject({
      memo: '会議を3回, 研修を1回\n開きました',
      indicator: '参加者数',
      target: '100',
      actual: '1,200',
      line: 2,
    });
    expect(problems.map((p) => p.line)).toEqual([4]);
    expect(problems[0].message).toContain('評価「Z」');
  });

  it('recognises the other scales from the symbols used, in full or half width', () => {
    expect(
      readProgress('id,年度,評価\n1-1,2025,◎\n1-2,2025,〇\n2-1,2025,×\n', ids).sheet?.evaluations.map((e) => e.symbol),
    ).toEqual(['◎', '○', '×']);
    expect(readProgress('id,年度,評価\n1-1,2025,Ｓ\n1-2,2025,b\n', ids).sheet).toMatchObject({
      scale: { id: 'sabc' },
      evaluations: [{ symbol: 'S' }, { symbol: 'B' }],
    });
    expect(scaleFor(['A', 'B'], 'maru')).toBe(SCALES[2]);
  });

  it('names what is missing when the header is wrong, and what to do', () => {
    const { sheet, problems } = readProgress('番号,評価\n1-1,A\n', ids);
    expect(sheet).toBeNull();
    expect(problems[0].message).toContain('「年度」');
    expect(readProgress('', ids).problems[0].message).toContain('見出し');
  });
});

describe('rollup', () => {
  it('counts the statuses of evaluated items below each item, for one year', () => {
    const { sheet } = readProgress('id,年度,評価\n1-1,2025,A\n1-2,2025,C\n2-1,2025,A\n2-1,2024,D\n', ids);
    const r = rollup(new PlanTree(root), statusesFor(sheet!.evaluations, 2025));
    expect(Object.fromEntries(r.get('1')!)).toEqual({ A: 1, C: 1 });
    expect(Object.fromEntries(r.get('root')!)).toEqual({ A: 2, C: 1 });
    expect(r.has('1-1')).toBe(false);
    // As shares of a bar, in the scale's order.
    expect(rollupParts(r.get('root')!, sheet!.scale).map((p) => [p.grade.symbol, p.n, p.from, p.to])).toEqual([
      ['A', 2, 0, 2 / 3],
      ['C', 1, 2 / 3, 1],
    ]);
  });
});

describe('progress CSV out', () => {
  it('gives a template with one row per lowest item, which reads back once filled in', () => {
    const csv = progressTemplate({ id: 'p', root } as never, new PlanTree(root), 2025);
    expect(csv.startsWith('\uFEFFid,年度,評価,メモ,指標,目標値,実績値,項目\r\n')).toBe(true);
    // Ids as No.1-1, which no spreadsheet turns into a date.
    expect(
      csv
        .trimEnd()
        .split('\r\n')
        .slice(1)
        .map((r) => r.split(',')[0]),
    ).toEqual(['No.1-1', 'No.1-2', 'No.2-1']);
    const filled = csv.replace(/,2025,,/g, ',2025,B,');
    expect(readProgress(filled, ids).sheet?.evaluations.map((e) => e.symbol)).toEqual(['B', 'B', 'B']);
  });

  it('writes loaded evaluations back in the same format', () => {
    const { sheet } = readProgress('id,年度,評価,メモ\n1-1,2025,A,"a, b"\n', ids);
    const out = progressCsv(sheet!.evaluations);
    expect(readProgress(out, ids).sheet?.evaluations).toEqual(sheet!.evaluations);
  });
});
