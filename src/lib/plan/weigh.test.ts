/** Whole trees weighed by the evidence they honour (weigh.ts), and the ranking compile.ts makes of them (choose.evidence). */
import { describe, expect, it } from 'vitest';
import { compilePlan } from './compile';
import { attach, newDraft } from './draft';
import { proposeEvidence } from './evidence';
import { modelLines } from './lineModel';
import { scoreOf, weigh } from './weigh';

const top = (r: ReturnType<typeof compilePlan>) => r.plan!.root.children.map((c) => `${c.level} ${c.code}`);

describe('weigh: the evidence a tree honours', () => {
  const text = ['1 計画の期間', '2 計画の位置づけ', '', '1. 見守り', '2. 居場所', '- 3 -'].join('\n');
  const lines = modelLines(text);
  const evidence = proposeEvidence(lines, []);
  const tree = (...at: number[]) => {
    const root = newDraft({ id: 'root', level: '基本理念', line: 0, path: [] }, null);
    for (const line of at) attach(root, newDraft({ level: '基本目標', title: `${line}`, line }, root));
    return root;
  };

  it('counts the numbered lines a tree places, the page sections and furniture it keeps out', () => {
    const items = weigh(tree(4, 5), evidence);
    expect(items.item).toMatchObject({ honoured: 2, of: 2 });
    expect(items.section).toMatchObject({ honoured: 2, of: 2 });
    expect(items.furniture).toMatchObject({ honoured: 1, of: 1 });
    const sections = weigh(tree(1, 2, 6), evidence);
    expect(sections.item.honoured).toBe(0);
    expect(sections.section.honoured).toBe(0);
    expect(sections.furniture.honoured).toBe(0);
    expect(scoreOf(items)).toBeGreaterThan(scoreOf(sections));
  });
});

describe('the trees ranked by their evidence (choose.evidence)', () => {
  // A table of contents numbered 第1章 … as many as the goals, before goals numbered (1) with 1-1 under them.
  it('keeps a table of contents out of the tree when both trees place the same numbered lines', () => {
    const r = compilePlan(
      [
        'もくじ',
        '第1章 計画について',
        '第2章 取り組み',
        '',
        '基本理念',
        'ともに生きる 笑顔のまち',
        '',
        '(1) 見守る仕組みをつくる',
        '1-1 見守り活動の推進',
        '・高齢者への訪問',
        '1-2 防災の備え',
        '・要支援者の把握',
        '(2) 参加できる場をつくる',
        '2-1 居場所づくり',
        '・ふれあいサロンの運営',
        '2-2 世代間交流',
        '・子どもと高齢者の交流会',
      ].join('\n'),
      { id: 'x' },
    );
    expect(top(r)).toEqual(['基本目標 (1)', '基本目標 (2)']);
    expect(r.plan!.root.children.map((c) => c.children.length)).toEqual([2, 2]);
  });

  it('does the same for another table of contents and plan of that shape', () => {
    const r = compilePlan(
      [
        '地域福祉活動計画',
        '目次',
        '第1章 計画のあらまし',
        '第2章 地域の現状',
        '第3章 計画の考え方',
        '≪基本理念≫みんなで支え合う あたたかなまち',
        '【施策の体系】',
        '(1) 支え合う地域づくり',
        '(つながりを深める)',
        '1-1 見守りの輪を広げる',
        '・見守り訪問の充実',
        '・声かけ運動の推進',
        '1-2 居場所を増やす',
        '・サロンの開設支援',
        '(2) 安心して暮らせる仕組みづくり',
        '2-1 相談体制の充実',
        '・総合相談窓口の周知',
        '2-2 権利擁護の推進',
        '・成年後見制度の利用支援',
        '(3) 担い手を育てる',
        '3-1 ボランティアの育成',
        '・ボランティア講座の開催',
      ].join('\n'),
      { id: 'x' },
    );
    expect(top(r)).toEqual(['基本目標 (1)', '基本目標 (2)', '基本目標 (3)']);
    expect(r.plan!.root.children[0].subtitle).toBe('つながりを深める');
    // The chapters' reading is the runner-up: it makes the three chapter lines nodes (only もくじ stays out).
    expect(r.alternative?.summary).toMatch(/^章 3/);
    expect(r.evidence).toMatch(/ページの飾り 4\/4/);
    expect(r.alternative?.evidence).toMatch(/ページの飾り 1\/4/);
  });
});
