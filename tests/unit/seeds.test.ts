import { describe, expect, it } from 'vitest';
import { compilePlan, type CompileResult } from '../../src/lib/plan/compile';
import { countByLevel } from '../../src/lib/plan/countByLevel';
import { validatePlan, type PlanNode } from '../../src/lib/plan/schema';
import { walk } from '../../src/lib/plan/hierarchy';
import { SEEDS, seedMeta, seedText } from './seedFiles';

function compileSeed(id: keyof typeof SEEDS): CompileResult & { nodes: PlanNode[]; byId: Map<string, PlanNode> } {
  const r = compilePlan(seedText(id), seedMeta(id), `seeds/${SEEDS[id]}.txt`);
  const nodes: PlanNode[] = [];
  if (r.plan) walk(r.plan.root, (n) => nodes.push(n));
  return { ...r, nodes, byId: new Map(nodes.map((n) => [n.id, n])) };
}

const counts = (root: PlanNode) => countByLevel(root).map(({ depth, level, count }) => `${depth}:${level}:${count}`);
const titles = (n: PlanNode) => n.children.map((c) => c.title);

describe.each(Object.keys(SEEDS) as (keyof typeof SEEDS)[])('seed %s', (id) => {
  it('compiles without errors into a plan the schema accepts, with its id', () => {
    const r = compileSeed(id);
    expect(r.errors).toEqual([]);
    expect(r.plan?.id).toBe(id);
    expect(validatePlan(r.plan).ok).toBe(true);
  });

  it('gives every node a unique URL-safe id, a clean title and its source line', () => {
    const { nodes } = compileSeed(id);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    for (const n of nodes.slice(1)) {
      expect(n.id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(n.title).not.toMatch(/^(\*\*|[-・○✓]|\(?\d+\)?[.．]?\s)|\*\*|✓/);
      expect(n.title.trim()).toBe(n.title);
      expect(n.line).toBeGreaterThan(0);
    }
  });
});

describe('木更津 (Markdown headings of inconsistent depth)', () => {
  const r = compileSeed('kisarazu');
  it('finds 4 基本計画, 11 施策 and 34 取組 whatever the heading depth', () => {
    expect(counts(r.plan!.root)).toEqual(['0:基本計画:4', '1:施策:11', '2:取組:34']);
  });
  it('keeps the numbering as written and nests (3)－4 under 基本計画(3)', () => {
    expect(r.byId.get('3')?.code).toBe('(3)');
    expect(r.byId.get('3-4')?.code).toBe('(3)－4');
    expect(r.byId.get('3-4')?.title).toBe('地域貢献に向けた社会福祉法人等との連携');
    expect(r.byId.get('3')?.children.map((c) => c.code)).toEqual(['(3)－1', '(3)－2', '(3)－3', '(3)－4']);
  });
  it("puts each 基本計画's closing summary line in its description", () => {
    expect(r.byId.get('2')?.description).toBe(
      '気軽に相談できる対象者横断のワンストップ一括相談・支援体制を整備します。',
    );
    expect(r.byId.get('4')?.description).toBe('福祉ニーズや課題に応じた必要なサービスを提供します。');
  });
  it('tags the (再掲) item, strips the marker and links it to the original', () => {
    const repeat = r.nodes.filter((n) => n.tags.includes('再掲'));
    expect(repeat.map((n) => [n.id, n.title, n.repeatOf])).toEqual([['4-1-2', '新たなサービスの開発と提供', '2-2-2']]);
  });
  it('reads the 基本理念 without its quotes', () => {
    expect(r.plan?.vision).toBe('ともに考え、ともに語り、ともに支え合う地域の福祉');
  });
});

describe('千葉市 (three flat lists, nesting from hints and blank lines)', () => {
  const r = compileSeed('chiba');
  it('builds 3 基本目標 → 5 施策の方向性 → 21 取組項目', () => {
    expect(counts(r.plan!.root)).toEqual(['0:基本目標:3', '1:施策の方向性:5', '2:取組項目:21']);
  });
  it('nests 施策の方向性 by the metadata hint and says so', () => {
    expect(r.nodes.filter((n) => n.level === '施策の方向性').map((n) => n.id)).toEqual([
      '1-1',
      '2-2',
      '2-3',
      '3-4',
      '3-5',
    ]);
    expect(r.plan?.hintsUsed?.join('\n')).toContain('hints.parentOf');
  });
  it('groups 取組項目 by blank lines: 1–5, 6–8, 9–13, 14–15, 16–21', () => {
    const groups = r.nodes.filter((n) => n.level === '施策の方向性').map((n) => n.children.map((c) => Number(c.code)));
    expect(groups).toEqual([
      [1, 2, 3, 4, 5],
      [6, 7, 8],
      [9, 10, 11, 12, 13],
      [14, 15],
      [16, 17, 18, 19, 20, 21],
    ]);
  });
  it('reads **重点** and **新規** markers into tags', () => {
    const tagged = (t: string) => r.nodes.filter((n) => n.tags.includes(t as never)).map((n) => Number(n.code));
    expect(tagged('重点')).toEqual([6, 7, 9, 14, 18, 21]);
    expect(tagged('新規')).toEqual([13, 16, 19]);
    expect(r.byId.get('2-2-6')?.title).toBe('見守り活動の促進');
  });
  it('takes each 基本目標 title from the line below and its prose as description', () => {
    expect(r.byId.get('1')?.title).toBe('地域を支える環境づくり');
    expect(r.byId.get('3')?.description).toMatch(/^本会の生活支援を担う部署間で連携し/);
    expect(r.plan?.vision).toBe('共に手を携える地域社会の実現に向けて');
  });
});

describe('桶川 (tab table plus detailed 実施計画)', () => {
  const r = compileSeed('okegawa');
  it('builds 4 基本計画 → 8 重点目標 → 15 活動方針 → 具体的な取組', () => {
    expect(counts(r.plan!.root)).toEqual(['0:基本計画:4', '1:重点目標:8', '2:活動方針:15', '3:具体的な取組:50']);
  });
  it('splits two 活動方針 per table cell and merges the detail into them', () => {
    expect(titles(r.byId.get('1-1')!)).toEqual(['地域住民との地域づくりを進めます', '交流・参加の場づくりを進めます']);
    expect(r.byId.get('1-1-1')?.children).toHaveLength(3);
    expect(r.byId.get('4-2-1')?.children).toHaveLength(5);
  });
  it('keeps <現状と課題> (half- and full-width brackets) as the 重点目標 description', () => {
    expect(r.byId.get('1-1')?.description).toMatch(/^自治会や地区社会福祉協議会/);
    expect(r.byId.get('2-1')?.description).toMatch(/^人口減少や高齢社会等により/);
    expect(r.byId.get('1-2')?.description.split('\n')).toHaveLength(2);
  });
  it("keeps the residents' list on each 重点目標, including the ○ bullet", () => {
    expect(r.nodes.filter((n) => n.level === '重点目標').map((n) => n.residents?.length)).toEqual([
      3, 3, 3, 3, 3, 3, 2, 3,
    ]);
    expect(r.byId.get('4-2')?.residents?.[2]).toBe('社協だよりやホームページを見て、市社協のことをもっと知ろう。');
  });
  it('uses the table spelling and keeps the other one, with a warning', () => {
    expect(r.byId.get('2-2-1')?.title).toBe('地域の福祉情報を発信します');
    expect(r.byId.get('2-2-1')?.altTitle).toBe('地域に福祉情報を発信します');
    expect(r.warnings.some((w) => w.message.includes('地域に福祉情報を発信します'))).toBe(true);
  });
  it('reads the slogan as the vision', () => {
    expect(r.plan?.vision).toBe('みんなでたすけあい 笑顔でつながるまちづくり');
  });
});

describe('笠間 (goals first, then ✓ items block by block)', () => {
  const r = compileSeed('kasama');
  it('gives each 基本目標 its own block of items and the promotion its own branch', () => {
    expect(r.plan!.root.children.map((c) => `${c.level}:${c.children.length}`)).toEqual([
      '基本目標:3',
      '基本目標:3',
      '基本目標:2',
      '基本目標:3',
      '計画の推進:3',
    ]);
    expect(titles(r.byId.get('x5')!)).toEqual([
      '住民・福祉関係団体・行政との連携強化',
      '新たな団体や企業との連携強化',
      '活動の推進と見直し',
    ]);
  });
  it('reads goal 3 whose items have no ✓', () => {
    expect(titles(r.byId.get('3')!)).toEqual([
      '地域で安心して暮らすための相談支援の充実',
      '福祉サービスの充実と自立支援',
    ]);
  });
  it('gives goals their subtitle and their block’s lead paragraph', () => {
    expect(r.byId.get('1')?.subtitle).toBe('みんなで支えあう地域共生社会の推進');
    expect(r.byId.get('1')?.description).toMatch(/^関係機関や地域住民との連携・協力のもと/);
    expect(r.byId.get('2')?.description).toMatch(/^子どもから高齢者まで/);
    expect(r.byId.get('4')?.description.split('\n')).toHaveLength(2);
    expect(r.byId.get('1-1')?.description).toMatch(/^「向こう三軒両隣」/);
  });
  it('reads the unlabelled slogan above its ～subtitle～ as the vision, the subtitle kept apart, without a hint', () => {
    expect(r.plan?.vision).toBe('誰もが安心して暮らせる地域社会');
    expect(r.plan?.visionSubtitle).toBe('みんなで作る福祉のまち');
    expect(r.plan?.hintsUsed?.some((h) => h.startsWith('hints.vision'))).toBe(false);
    expect(r.plan?.root.description).toMatch(/^地域福祉を推進するには/);
  });
  it('keeps the photo captions as notes instead of dropping them', () => {
    expect(r.byId.get('3-2')?.notes).toEqual([
      '障害者就労継続支援B型事業 (たけのこ)',
      '在宅福祉サービス事業 (移送サービス)',
    ]);
  });
});

describe('鶴ヶ島 (重点施策, Roman 基本方針, circled numbers across the plan)', () => {
  const r = compileSeed('tsurugashima');
  it('puts ⑥–㊲ under nine 基本施策 and ①–⑤ under the 重点施策', () => {
    expect(counts(r.plan!.root)).toEqual([
      '0:重点施策:1',
      '0:基本方針:3',
      '1:実現に向けての取り組み:5',
      '1:基本施策:9',
      '2:実現に向けての取り組み:32',
    ]);
    const items = r.nodes.filter((n) => n.level === '実現に向けての取り組み').map((n) => n.code);
    expect(items.join('')).toBe('①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲');
    expect(r.byId.get('3-3')?.children.map((c) => c.code)).toEqual(['㊱', '㊲']);
  });
  it('marks the 重点施策 as 重点 and keeps Roman codes', () => {
    expect(r.plan!.root.children[0].tags).toEqual(['重点']);
    expect(r.byId.get('2-3')?.code).toBe('Ⅱ-3');
    expect(r.byId.get('2')?.subtitle).toBe('参加支援');
  });
  it('merges the diagram preview (I. …) into 基本方針 instead of duplicating it', () => {
    expect(r.nodes.filter((n) => n.title === '人と人がつながる地域づくり')).toHaveLength(1);
    expect(r.byId.get('1')?.description).toBe(
      '別々の活動やコミュニティが重なり合う部分（人や場など）をつなぎ合わせていく',
    );
  });
  it('joins words a PDF split with a space', () => {
    expect(r.byId.get('3')?.title).toBe('安心して暮らせるまちの地域包括支援体制づくり');
    expect(r.byId.get('1-1-6')?.title).toBe('意欲のある人材の地域福祉活動への参加促進、継続および定着を図ります。');
  });
  it('lists the actors and their roles', () => {
    expect(r.plan?.actors?.map((a) => a.name)).toEqual([
      '市民',
      '自治会などの地縁型コミュニティ',
      '市民活動団体',
      '市',
      '社会福祉協議会',
      '民生委員・児童委員',
      '民間事業者',
      '社会福祉法人',
    ]);
    expect(r.plan?.actors?.[5].role).toMatch(/期待されます。$/);
  });
});
