import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/lib/plan/compile';
import { frontMatter, parsePeriod } from '../../src/lib/plan/frontMatter';
import { validatePlan, type PlanNode } from '../../src/lib/plan/schema';
import { walk } from '../../src/lib/plan/hierarchy';

const compileFixture = (name: string) => compilePlan(readFileSync(`tests/fixtures/${name}`, 'utf8'), {}, name);
const outline = (n: PlanNode): string[] => {
  const out: string[] = [];
  walk(
    n,
    (x, d) =>
      d > 0 &&
      out.push(`${'  '.repeat(d - 1)}${x.level}|${x.code}|${x.title}${x.tags.length ? `|${x.tags.join(',')}` : ''}`),
  );
  return out;
};

describe('layouts unlike the seeds', () => {
  it('第1章/第2節 chapters with (1) items', () => {
    const r = compileFixture('chapters-kita.txt');
    expect(r.errors).toEqual([]);
    expect(outline(r.plan!.root)).toEqual([
      '章|第1章|みんなで支え合う地域づくり',
      '  節|第1節|見守りのネットワーク',
      '    取組|（1）|高齢者の見守り活動の推進',
      '    取組|（2）|見守り協力事業者の拡大|新規',
      '  節|第2節|居場所づくり',
      '    取組|（1）|ふれあいサロンの充実|重点',
      '    取組|（2）|多世代交流の場づくり',
      '章|第2章|安心して暮らせる仕組みづくり',
      '  節|第1節|相談支援',
      '    取組|（1）|総合相談窓口の充実',
      '    取組|（2）|アウトリーチの強化',
      '  節|第2節|権利擁護',
      '    取組|（1）|成年後見制度の利用促進',
      '    取組|（3）|日常生活自立支援事業の推進',
    ]);
    expect(r.plan!.root.children[0].description).toBe('地域の支え合いを広げ、孤立を防ぎます。');
    expect(r.warnings.map((w) => `${w.line}: ${w.message}`)).toContain('31: 番号が飛んでいます: （3） の前は 1 です。');
  });

  it('a table whose merged cells were flattened to empty tab cells', () => {
    const r = compileFixture('table-higashi.txt');
    expect(r.errors).toEqual([]);
    expect(outline(r.plan!.root)).toEqual([
      '基本目標|1|ふれあう地域',
      '  施策|(1)|交流の場',
      '    取組|①|サロンの運営',
      '    取組|②|子ども食堂の支援',
      '  施策|(2)|見守り',
      '    取組|①|声かけ運動',
      '基本目標|2|支え合う地域',
      '  施策|(1)|担い手の育成',
      '    取組|①|ボランティア講座',
      '    取組|②|福祉教育|重点',
      '  施策|(2)|災害への備え',
      '    取組|①|避難行動要支援者の把握',
    ]);
    expect(r.plan!.vision).toBe('笑顔があふれる東町');
  });

  it('1 / 1-1 / 1-1-1 numbering with bare top-level numbers', () => {
    const r = compileFixture('numbered-nishi.txt');
    expect(r.errors).toEqual([]);
    const o = outline(r.plan!.root);
    expect(o.filter((l) => !l.startsWith(' ')).map((l) => l.split('|')[2])).toEqual([
      '地域のつながりを育てる',
      '暮らしを支える',
    ]);
    expect(o).toContain('    取組|2-1-2|ひきこもり相談の実施|新規');
    expect(r.plan!.root.children[1].children.map((c) => c.code)).toEqual(['2-1', '2-2']);
  });
});

describe('authoring format (Markdown outline)', () => {
  const r = compileFixture('outline-minami.md');
  it('reads metadata from the front matter', () => {
    expect(r.errors).toEqual([]);
    expect(r.plan).toMatchObject({
      id: 'minami',
      council: '南町社会福祉協議会',
      prefecture: '静岡県',
      vision: 'みんなでつくる、ささえあいの南町',
      period: { start: 2025, end: 2029 },
    });
    expect(validatePlan(r.plan).ok).toBe(true);
  });
  it('takes depth from headings and list indentation, with codes, tags and descriptions', () => {
    expect(outline(r.plan!.root)).toEqual([
      '基本目標|1|だれもがつながる地域|重点',
      '  施策|1-1|見守りを広げる',
      '    取組||声かけ活動|新規',
      '    取組||サロンの運営',
      '      項目||出前サロン',
      '  施策|1-2|居場所をつくる',
      '    取組||子ども食堂への支援|再掲',
      '基本目標|2|安心して暮らせる地域',
      '  施策|2-1|相談窓口の充実',
      '    取組||総合相談窓口の周知',
    ]);
    expect(r.plan!.root.children[0].description).toBe('地域で孤立する人をなくします。');
    expect(r.plan!.root.children[0].children[0].line).toBe(14);
  });
  it('parses periods written in 令和 or in Western years', () => {
    expect(parsePeriod('令和7年度～令和11年度')).toEqual({ start: 2025, end: 2029, label: '令和7年度～令和11年度' });
    expect(parsePeriod('2024-2027')).toMatchObject({ start: 2024, end: 2027 });
    expect(frontMatter('本文だけ').format).toBe('text');
  });
});
