// Evaluation sheets as a spreadsheet leaves them: fixtures made by tests/sheets/make.ts
// (the template filled in, opened and saved by LibreOffice Calc as Shift_JIS with CRLF).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanTree } from '../plan/hierarchy';
import type { Plan } from '../plan/schema';
import { decodeText } from '../text/decodeText';
import { excelIdCandidates } from './excelIds';
import { bareId, readProgress, titlesOf } from './readProgress';
import { datelikePlan, item } from '../../../tests/sheets/datelikePlan';

const fixture = (name: string) => readFileSync(`tests/sheets/${name}`);
/** The made-up plan of make.ts: 1-1 … 1-13, 2-1-1 … 2-3-4, 3-1 … 12-3. */
function datelike(): { ids: Set<string>; titles: Map<string, string[]> } {
  const nodes = new PlanTree(datelikePlan().root).inOrder().map((d) => d.data);
  return { ids: new Set(nodes.map((n) => n.id)), titles: titlesOf(nodes) };
}
/** The ids and symbols of the six rows make.ts fills in. */
const FILLED = [
  ['1-1', 'A'],
  ['1-2', 'B'],
  ['1-5', 'C'],
  ['1-13', 'A'],
  ['2-2-4', 'D'],
  ['4-3', 'B'],
];

describe('the template as a spreadsheet saves it', () => {
  it('keeps its No. ids through an open and save, in Shift_JIS with CRLF; blank rows are skipped and counted, not errors', () => {
    const decoded = decodeText(fixture('datelike-excel.csv'))!;
    expect(decoded.encoding).toBe('shift_jis');
    expect(decoded.text).toContain('\r\n');
    const template = decodeText(fixture('datelike-template.csv'))!.text;
    const ids = (t: string) =>
      t
        .trimEnd()
        .split(/\r\n/)
        .slice(1)
        .map((r) => r.split(',')[0]);
    expect(ids(decoded.text)).toEqual(ids(template));
    const { ids: known, titles } = datelike();
    const { sheet, problems, notices } = readProgress(decoded.text, known, { fileName: '評価.csv', titles });
    expect(problems).toEqual([]);
    expect(sheet!.evaluations.map((e) => [e.id, e.symbol])).toEqual(FILLED);
    expect(sheet!.evaluations[1].memo).toBe('-会場を変更');
    expect(notices).toEqual([expect.stringContaining('評価の書かれていない行(49 行)は読み飛ばしました')]);
  });

  it('reads back bare ids the spreadsheet turned into dates (Jan 01, 2002-01-01), saying so', () => {
    const { ids, titles } = datelike();
    const text = decodeText(fixture('datelike-plain-excel.csv'))!.text;
    expect(text).toContain('Jan 13,');
    expect(text).toContain('2002-02-04,');
    const { sheet, problems, notices } = readProgress(text, ids, { titles });
    expect(problems).toEqual([]);
    expect(sheet!.evaluations.map((e) => [e.id, e.symbol])).toEqual(FILLED);
    expect(notices[1]).toContain('Excel が日付や数値に変えた id を 6 行で元に戻しました(2 行目「Jan 01」→ 1-1 など)');
  });

  it("reads 笠間's sheet the same way, with and without the template's ids", () => {
    const kasama = JSON.parse(readFileSync('static/plans/kasama.json', 'utf8')) as Plan;
    const nodes = new PlanTree(kasama.root).inOrder().map((d) => d.data);
    const ids = new Set(nodes.map((n) => n.id));
    for (const name of ['kasama-excel.csv', 'kasama-plain-excel.csv']) {
      const { sheet, problems } = readProgress(decodeText(fixture(name))!.text, ids, { titles: titlesOf(nodes) });
      expect(problems, name).toEqual([]);
      expect(
        sheet!.evaluations.map((e) => e.id),
        name,
      ).toEqual(['1-1', '1-2', '2-2', 'x5-2']);
    }
  });
});

describe('ids a spreadsheet changed', () => {
  const ids = new Set(['1-1', '1-2', '1-13', '12-1', '1-1-1', '2-1-3', '1-45', '13-1']);
  it("reads the forms Excel and Calc write back into the plan's ids", () => {
    const cases: [string, string[]][] = [
      ['1月1日', ['1-1']],
      ['1/2', ['1-2']],
      ['2026/1/2', ['1-2']],
      ['1-Jan', ['1-1']],
      ['Jan 13', ['1-13']],
      ['12月1日', ['12-1']],
      ['44927', ['1-1']],
      ['2001/1/1', ['1-1-1']],
      ['2001年1月1日', ['1-1-1']],
      ['2002/1/3', ['2-1-3']],
      ['2002-01-03 0:00', ['2-1-3']],
      ['Jan-45', ['1-45']],
      ['2013/1/1', ['13-1']],
      ['１月２日', ['1-2']],
      ['見守り', []],
      ['2025', []],
    ];
    for (const [cell, want] of cases) expect(excelIdCandidates(cell, ids), cell).toEqual(want);
  });

  it('takes ids as the template writes them, and as a formula or with an apostrophe', () => {
    expect(['No.1-1', 'ｎｏ．1-1', 'No 1-1', '№1-1', '="1-1"', "'1-1", ' 1-1 '].map((s) => bareId(s))).toEqual(
      Array(7).fill('1-1'),
    );
    // Only a prefix: ids that start with the same letters stay whole.
    expect(bareId('north-1')).toBe('north-1');
    expect(bareId('no1', new Set(['no1']))).toBe('no1');
  });

  it('matches a row by its 項目 when the id is lost, and asks when a date fits two ids', () => {
    const nodes = [item('1-2', '見守り'), item('2-1-2', 'サロン')];
    const titles = titlesOf(nodes);
    const known = new Set(nodes.map((n) => n.id));
    const csv = 'id,年度,評価,項目\r\n???,2025,A,1-2 見守り\r\n2002/1/2,2025,B,\r\n2002/1/2,2025,C,サロン\r\n';
    const { sheet, problems, notices } = readProgress(csv, new Set([...known, '1-2-2']), { titles, fileName: 'a.csv' });
    expect(sheet!.evaluations.map((e) => [e.id, e.symbol])).toEqual([
      ['1-2', 'A'],
      ['2-1-2', 'C'],
    ]);
    expect(problems).toEqual([
      {
        line: 3,
        message: expect.stringMatching(
          /^「a\.csv」3 行目: id「2002\/1\/2」は Excel が日付に変えたもので、.*どちらか決められません/,
        ),
      },
    ]);
    expect(notices).toContain('id が読めなかった 2 行は、項目名で照合しました(2 行目「1-2 見守り」→ 1-2 など)。');
  });

  it('reports a row with a memo but no evaluation, naming the file and line, and skips rows with neither', () => {
    const { problems, notices } = readProgress(
      'id,年度,評価,メモ\r\n1-1,2025,,\r\n1-2,2025,,書いたメモ\r\n1-1,2025,A,\r\n',
      new Set(['1-1', '1-2']),
      { fileName: 'b.csv' },
    );
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('「b.csv」3 行目: 評価が空です')]);
    expect(notices).toEqual(['評価の書かれていない行(1 行)は読み飛ばしました。']);
  });
});

describe('a sheet of another plan', () => {
  const ours = [item('1-1', '見守り活動の充実'), item('1-2', 'サロンの運営'), item('2-1', '災害時の支え合い')];
  const context = { titles: titlesOf(ours), fileName: '評価.csv' };
  const known = new Set(ours.map((n) => n.id));

  it("is not loaded though its ids are this plan's: the message names the file, a row and both titles", () => {
    const csv =
      'id,年度,評価,項目\r\nNo.1-1,2025,A,1-1 子育て広場\r\nNo.1-2,2025,B,1-2 学習支援\r\nNo.2-1,2025,A,2-1 防災訓練\r\n';
    const { sheet, problems } = readProgress(csv, known, context);
    expect(sheet).toBeNull();
    expect(problems).toEqual([
      {
        line: 1,
        message: expect.stringContaining(
          '「評価.csv」は別の計画の評価シートのようです。項目名が 3 行のうち 3 行でこの計画と違います(2 行目 1-1「1-1 子育て広場」、この計画では「見守り活動の充実」)',
        ),
      },
    ]);
  });

  it("loads this plan's sheet with titles reworded a little, and says where one title differs", () => {
    const csv =
      'id,年度,評価,項目\r\nNo.1-1,2025,A,見守り活動を充実\r\nNo.1-2,2025,B,1-2 サロン運営\r\nNo.2-1,2025,A,子育て広場\r\n';
    const { sheet, problems, notices } = readProgress(csv, known, context);
    expect(problems).toEqual([]);
    expect(sheet!.evaluations.map((e) => e.id)).toEqual(['1-1', '1-2', '2-1']);
    expect(notices).toEqual([
      '1 行で、項目名がこの計画と違います(4 行目 2-1「子育て広場」、この計画では「災害時の支え合い」)。id が正しいか確かめてください。',
    ]);
  });

  it("loads a sheet whose 取組 column holds the council's own names for its activities", () => {
    const csv = 'id,年度,評価,取組\r\nNo.1-1,2025,A,子育て広場\r\nNo.1-2,2025,B,学習支援\r\nNo.2-1,2025,A,防災訓練\r\n';
    const { sheet, problems } = readProgress(csv, known, context);
    expect(problems).toEqual([]);
    expect(sheet!.evaluations).toHaveLength(3);
  });

  it('loads a sheet without a 項目 column as before', () => {
    const { sheet, problems } = readProgress('id,年度,評価\r\n1-1,2025,A\r\n1-2,2025,B\r\n', known, context);
    expect(problems).toEqual([]);
    expect(sheet!.evaluations).toHaveLength(2);
  });
});
