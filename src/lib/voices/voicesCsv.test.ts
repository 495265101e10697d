import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { PlanTree } from '../plan/hierarchy';
import { voicesCsv, readVoicesCsv, isoDate, HEADER } from './voicesCsv';
import { mergeBooks } from './mergeBooks';
import { opinion, smallPlan } from './testPlan';
import { emptyBook } from './types';

const tree = new PlanTree(smallPlan());
const meetings = [{ id: 'm1', date: '2026-12-05', place: '中央公民館', district: '北地区' }];
const book = {
  meetings,
  opinions: [
    opinion('1-1-1', { kind: '提案', district: '北地区', age: '70代', text: 'サロンを夜にも' }),
    opinion('2', { text: '=HYPERLINK("http://x")' }),
  ],
};

describe('voicesCsv', () => {
  it('writes one row an opinion with its item id and title, meeting, BOM and CRLF, as Excel opens it', () => {
    const csv = voicesCsv(tree, book);
    expect(csv.startsWith(`\uFEFF${HEADER.join(',')}\r\n`)).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trimEnd()).data;
    expect(rows[1]).toEqual([
      book.opinions[0].id,
      'm1',
      'No.1-1-1',
      'サロンを夜にも',
      '2026-12-05',
      '中央公民館',
      '北地区',
      '1-1-1 サロンの開催',
      '提案',
      '北地区',
      '70代',
      book.opinions[0].at,
    ]);
    expect(rows[2][7]).toBe('2 担い手を育てる');
  });

  it('neutralises a cell a spreadsheet would run as a formula, and reads it back as typed', () => {
    const csv = voicesCsv(tree, book);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(readVoicesCsv(csv, tree).opinions.map((o) => o.text)).toEqual(['サロンを夜にも', '=HYPERLINK("http://x")']);
  });

  it('reads back what it wrote, so another browser can merge it without duplicates', () => {
    const read = readVoicesCsv(voicesCsv(tree, book), tree);
    expect(read.problems).toEqual([]);
    expect(read.meetings).toEqual(meetings);
    expect(read.opinions).toEqual(book.opinions);
    const once = mergeBooks(emptyBook(), read).book;
    expect(mergeBooks(once, readVoicesCsv(voicesCsv(tree, once), tree)).added).toBe(0);
  });

  it('reads a file Excel saved again: an id it made a date of, dates with slashes', () => {
    // 1-1 as Excel shows it after turning it into 1 January.
    const csv = `${HEADER.join(',')}\r\nv1,m9,1月1日,声,2026/12/5,公民館,南地区,,意見,,,\r\n`;
    const read = readVoicesCsv(csv, tree);
    expect(read.opinions[0]).toMatchObject({ id: 'v1', nodeId: '1-1', kind: '意見', text: '声' });
    expect(read.meetings[0].date).toBe('2026-12-05');
  });

  it('reports rows it cannot read by line and reads the rest', () => {
    const csv = `${HEADER.join(',')}\nv1,m1,No.9-9,声\nv2,m1,No.1,\nv3,m1,No.1,よい\n`;
    const read = readVoicesCsv(csv, tree);
    expect(read.opinions.map((o) => o.id)).toEqual(['v3']);
    expect(read.problems.map((p) => p.line)).toEqual([2, 3]);
    expect(read.problems[0].message).toContain('9-9');
  });

  it('says which columns are missing when the file is another kind of CSV', () => {
    const read = readVoicesCsv('id,年度,評価,メモ\r\n1,2025,A,\r\n', tree);
    expect(read.opinions).toEqual([]);
    expect(read.problems[0].message).toContain('意見ID');
  });

  it('isoDate keeps a date it cannot read as it is', () => {
    expect(isoDate('2026/1/9')).toBe('2026-01-09');
    expect(isoDate('12月5日')).toBe('12月5日');
  });
});
