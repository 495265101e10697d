/**
 * Plans of ordinary shapes that broad reading rules once misread (a second cold review's
 * probes, rewritten here): each rule reads its case and leaves these alone.
 */
import { describe, expect, it } from 'vitest';
import { compilePlan } from './compile';
import { titleTree as tree } from '../../../tests/unit/harness/titleTree';

const read = (lines: string[]) => compilePlan(lines.join('\n'), { id: 'x' });
const top = (r: ReturnType<typeof compilePlan>) => r.plan!.root.children.map(tree);

describe('broken titles and wrapped cells: only a word cut in two runs on', () => {
  it('keeps two table rows whose cells end in る apart', () => {
    const r = read([
      '基本目標\t施策\t主な取組',
      '人と人をつなげる\t声かけの輪を広げる\t訪問活動',
      '\t集いの場をふやす\tサロン',
      '暮らしを守る\t相談の窓口を広げる\t総合相談',
    ]);
    expect(top(r)).toEqual([
      { 人と人をつなげる: [{ 声かけの輪を広げる: ['訪問活動'] }, { 集いの場をふやす: ['サロン'] }] },
      { 暮らしを守る: [{ 相談の窓口を広げる: ['総合相談'] }] },
    ]);
  });

  it('does not join a line that starts a word of its own (お…, ひと…, a kana word) to the title above', () => {
    const r = read([
      '基本目標1 見守り体制',
      '(1) 訪問活動の推進',
      'ひとり暮らしの方への訪問',
      '(2) 集いの場',
      'なかま',
      '基本目標2 相談',
    ]);
    const first = r.plan!.root.children[0];
    expect(first.children.map((c) => c.title)).toEqual(['訪問活動の推進', '集いの場']);
  });
});

describe('headings, lead-ins and inline lists stay in their place', () => {
  it('keeps numbered goals above ● activities with ・ notes', () => {
    const r = read([
      '1 顔の見える地域',
      'あいさつから始めます。',
      '●ふれあい喫茶',
      '・毎月第2水曜日',
      '●見守り隊',
      '・登下校の時間に',
      '2 頼り合える地域',
      '困りごとに早く気づきます。',
      '●よろず相談',
      '・公民館で開催',
    ]);
    expect(r.plan!.root.children.map((c) => c.title)).toEqual(['顔の見える地域', '頼り合える地域']);
  });

  it('does not lift a bullet list under a sentence that mentions 体系, nor read a count of fields in prose as goals', () => {
    const r = read([
      '高齢者、障がいのある人、子育て世帯の3つの分野で相談が増えています。',
      '相談の体系を見直し、次の事業を行います。',
      '・ひきこもり相談',
      '・就労の相談',
      '',
      '1 つながる地域',
      '(1) 見守り',
      '(2) サロン',
      '2 支え合う地域',
      '(1) 相談',
    ]);
    expect(top(r)).toEqual([{ つながる地域: ['見守り', 'サロン'] }, { 支え合う地域: ['相談'] }]);
  });

  it('reads quoted pillars closed by a count (「a」、「b」の2つを柱に)', () => {
    const r = read(['この計画は、「顔の見える関係づくり」、「頼り合える仕組みづくり」の2つを柱に進めます。']);
    expect(top(r)).toEqual(['顔の見える関係づくり', '頼り合える仕組みづくり']);
  });
});

describe('descriptions, page references and who does what', () => {
  it('reads a …ます line under a title as its description in a Word export with blank lines between paragraphs', () => {
    const r = read([
      '基本目標1 つながる地域',
      '',
      '(1) 見守りの推進',
      '',
      '近所で声をかけ合います',
      '',
      '(2) サロンの充実',
      '',
      '集いの場をつくります',
    ]);
    expect(r.plan!.root.children[0].children.map((c) => c.description)).toEqual([
      '近所で声をかけ合います',
      '集いの場をつくります',
    ]);
  });

  it('keeps items listed with leaders and page numbers on a 体系 page, without the page numbers', () => {
    const r = read([
      '計画の体系',
      '基本目標1 つながる地域',
      '　(1) 見守りの推進 ………………… 24',
      '　(2) サロンの充実 ………………… 26',
      '基本目標2 支え合う地域',
      '　(1) 相談の充実 …………………… 28',
    ]);
    expect(top(r)).toEqual([{ つながる地域: ['見守りの推進', 'サロンの充実'] }, { 支え合う地域: ['相談の充実'] }]);
  });

  it('keeps a description that names a phone number, and reads 「社協ができること」 as the council’s activities', () => {
    const r = read([
      '基本目標1 つながる地域',
      '(1) 相談の充実',
      'ボランティアセンター(電話 0000-11-2222)では、登録を受け付けています。',
      '(2) サロンの充実',
      '社協ができること',
      '・立ち上げの支援',
      '基本目標2 支え合う地域',
    ]);
    const [first, second] = r.plan!.root.children[0].children;
    expect(first.description).toContain('電話 0000-11-2222');
    expect(second.children.map((c) => c.title)).toEqual(['立ち上げの支援']);
    expect(second.residents ?? []).toEqual([]);
  });
});
