import { describe, expect, it } from 'vitest';
import { compilePlan } from './compile';
import type { PlanNode } from './schema';

const tree = (n: PlanNode): unknown => (n.children.length ? { [`${n.code} ${n.title}`.trim()]: n.children.map(tree) } : `${n.code} ${n.title}`.trim());
const compile = (text: string, meta = {}) => compilePlan(text, { id: 't', ...meta }, 'test.txt');

describe('compilePlan patterns', () => {
  it('nests level words by rank and bullets under the nearest heading', () => {
    const r = compile(['基本理念', '', 'みんなの福祉', '', '基本目標1 つながる', '', '- ・見守り', '- ・声かけ', '', '基本目標2 ささえる', '', '- ・相談'].join('\n'));
    expect(r.errors).toEqual([]);
    expect(r.plan?.vision).toBe('みんなの福祉');
    expect(r.plan!.root.children.map(tree)).toEqual([{ '1 つながる': ['見守り', '声かけ'] }, { '2 ささえる': ['相談'] }]);
  });

  it('puts a compound code under the node its prefix names, even after other items', () => {
    const r = compile(['基本計画(1) あ', '(1)－1 い', '(1)－2 う', '基本計画(2) え', '(2)－1 お'].join('\n'));
    expect(r.plan!.root.children.map(tree)).toEqual([{ '(1) あ': ['(1)－1 い', '(1)－2 う'] }, { '(2) え': ['(2)－1 お'] }]);
  });

  it('reads a 1-1-1 numbered layout into three levels', () => {
    const r = compile(['1 取り組み', '', '1. 地域', '1-1 交流', '1-1-1 サロン', '1-1-2 食事会', '1-2 見守り', '2. 相談', '2-1 窓口'].join('\n'));
    expect(r.plan!.root.children.map(tree)).toEqual([{ '1. 地域': [{ '1-1 交流': ['1-1-1 サロン', '1-1-2 食事会'] }, '1-2 見守り'] }, { '2. 相談': ['2-1 窓口'] }]);
  });

  it('restarting numbers move to the next declared goal (goals listed first, items later)', () => {
    const text = ['基本目標 1', 'あ', '基本目標 2', 'い', '', '最初の目標の説明です。', '1. 一', '2. 二', '', '区切り', '', '次の目標の説明です。', '1. 三'].join('\n');
    const r = compile(text.replace('区切り', '取り組みのキーワード') + '\n\n取り組みのキーワード\n');
    expect(r.plan!.root.children.map(tree)).toEqual([{ '1 あ': ['1. 一', '2. 二'] }, { '2 い': ['1. 三'] }]);
    expect(r.plan!.root.children[1].description).toBe('次の目標の説明です。');
  });

  it('warns about a numbering gap (⑥ ⑦ ⑨) and keeps every item', () => {
    const r = compile(['基本方針Ⅰ. あ', '- ⑥ 一', '- ⑦ 二', '- ⑨ 三'].join('\n'));
    expect(r.plan!.root.children[0].children.map((c) => c.code)).toEqual(['⑥', '⑦', '⑨']);
    expect(r.warnings.map((w) => w.message).join()).toContain('番号が飛んでいます: ⑨');
  });

  it('takes the ids from the numbering, so they survive edits elsewhere', () => {
    const r = compile(['基本目標3 あ', '- ㉑ い'].join('\n'));
    expect(r.plan!.root.children[0].id).toBe('3');
    expect(r.plan!.root.children[0].children[0].id).toBe('3-21');
  });
});

describe('compilePlan errors', () => {
  it('rejects an empty file with line 1 and a Japanese message', () => {
    const r = compile('  \n\n');
    expect(r.plan).toBeNull();
    expect(r.errors).toEqual([{ line: 1, message: expect.stringContaining('ファイルが空です') }]);
  });

  it('rejects binary data, naming the line of the first NUL', () => {
    const r = compile('一行目\n二行目\u0000\u0001\u0002');
    expect(r.plan).toBeNull();
    expect(r.errors[0]).toMatchObject({ line: 2, message: expect.stringContaining('バイナリ') });
  });

  it('says what it looked for when text has no hierarchy', () => {
    const r = compile('これはただの文章です。\n番号のある項目はありません。');
    expect(r.plan).toBeNull();
    expect(r.errors[0].message).toContain('計画の体系が見つかりません');
    expect(r.errors[0].message).toContain('test.txt');
  });

  it('names the missing parent of a compound code instead of dropping the item', () => {
    const r = compile(['基本計画(1) あ', '(3)－1 い'].join('\n'));
    expect(r.warnings.some((w) => w.line === 2 && w.message.includes('(3)－1'))).toBe(true);
    expect(JSON.stringify(r.plan)).toContain('"(3)－1"');
  });

  it('never throws on hostile input', () => {
    for (const s of ['\t\t\t', '①', '(1)－1', '#'.repeat(9000), '基本目標', '<script>alert(1)</script>\n基本目標1 <b>x</b>', '\uFEFF\r\n\r\n']) {
      expect(() => compile(s)).not.toThrow();
    }
    const r = compile('<script>alert(1)</script>\n基本目標1 <img src=x onerror=alert(1)>');
    expect(r.plan?.root.children[0].title).toBe('<img src=x onerror=alert(1)>');
  });
});
