import { describe, expect, it } from 'vitest';
import { compilePlan } from '../plan/compile';
import type { Plan, PlanNode } from '../plan/schema';
import { applyEdit, REMOVED_HEADING } from './applyEdit';
import { anchorOf } from './findAnchor';
import { sourceLines, type EditOp } from './ops';
import { replayEdits } from './replayEdits';
import { toOutline } from './toOutline';

const FLAT = [
  '基本理念',
  'みんなでささえあうまち',
  '',
  '基本目標',
  '1 地域でつながる',
  '2 見守りを広げる',
  '3 担い手を育てる',
  '4 相談できる場所をつくる',
  '',
  'みんなで取り組みます。',
].join('\n');
const NESTED = [
  '---',
  '形式: アウトライン',
  'id: minami',
  '団体: 南町社会福祉協議会',
  '---',
  '# 基本理念: ささえあいの南町',
  '',
  '## 基本目標 1 つながる地域 【重点】',
  '地域で孤立する人をなくします。',
  '### 施策 1-1 見守りを広げる',
  '- 取組 声かけ活動 【新規】',
  '- 取組 サロンの運営',
  '',
  '## 基本目標 2 安心して暮らせる地域',
  '### 施策 2-1 相談窓口の充実',
].join('\n');

const compiled = (text: string) => compilePlan(text, { id: 'edit-test' }).plan!;
type Shape = { level: string; code: string; title: string; tags: string[]; description: string; children: Shape[] };
const shape = (n: PlanNode): Shape => ({
  level: n.level,
  code: n.code,
  title: n.title,
  tags: [...n.tags].sort(),
  description: n.description,
  children: n.children.map(shape),
});
const titles = (n: PlanNode): unknown[] => n.children.map((c) => (c.children.length ? [c.title, titles(c)] : c.title));

/** Applies an edit anchored to the item with this title, and checks the Markdown export compiles back to the same hierarchy. */
function edit(text: string, op: (at: ReturnType<typeof anchorOf>) => EditOp, title: string): Plan {
  const lines = sourceLines(text);
  const plan = compiled(text);
  const node = [...walkAll(plan.root)].find((n) => n.title === title)!;
  const out = applyEdit(plan, op(anchorOf(node, lines)), lines);
  expect(out).not.toBeNull();
  const back = compilePlan(toOutline(out!), {}).plan!;
  expect(shape(back.root)).toEqual(shape(out!.root));
  expect(back.vision).toBe(out!.vision);
  return out!;
}
function* walkAll(n: PlanNode): Generator<PlanNode> {
  yield n;
  for (const c of n.children) yield* walkAll(c);
}

describe('edits to a compiled plan, each exported as a Markdown outline that compiles back to the same hierarchy', () => {
  it('exports an unedited plan that compiles back to itself', () => {
    for (const text of [FLAT, NESTED])
      expect(shape(compilePlan(toOutline(compiled(text)), {}).plan!.root)).toEqual(shape(compiled(text).root));
  });

  it('indent puts an item under its previous sibling, with the level name of that depth', () => {
    const p = edit(FLAT, (at) => ({ kind: 'indent', at }), '見守りを広げる');
    expect(titles(p.root)).toEqual([
      ['地域でつながる', ['見守りを広げる']],
      '担い手を育てる',
      '相談できる場所をつくる',
    ]);
    expect(p.root.children[0].children[0].level).toBe('施策');
  });

  it('outdent puts an item after its parent', () => {
    const p = edit(NESTED, (at) => ({ kind: 'outdent', at }), 'サロンの運営');
    expect(titles(p.root)[0]).toEqual(['つながる地域', [['見守りを広げる', ['声かけ活動']], 'サロンの運営']]);
  });

  it('up and down move an item among its siblings', () => {
    expect(titles(edit(FLAT, (at) => ({ kind: 'up', at }), '担い手を育てる').root)).toEqual([
      '地域でつながる',
      '担い手を育てる',
      '見守りを広げる',
      '相談できる場所をつくる',
    ]);
    expect(titles(edit(FLAT, (at) => ({ kind: 'down', at }), '地域でつながる').root)).toEqual([
      '見守りを広げる',
      '地域でつながる',
      '担い手を育てる',
      '相談できる場所をつくる',
    ]);
  });

  it('rename changes the title', () => {
    expect(
      titles(edit(NESTED, (at) => ({ kind: 'rename', at, title: '見守り活動を広げる' }), '見守りを広げる').root)[0],
    ).toEqual(['つながる地域', [['見守り活動を広げる', ['声かけ活動', 'サロンの運営']]]]);
  });

  it('remove takes an item out, its children taking its place and its text kept with the plan', () => {
    const p = edit(NESTED, (at) => ({ kind: 'remove', at }), '見守りを広げる');
    expect(titles(p.root)[0]).toEqual(['つながる地域', ['声かけ活動', 'サロンの運営']]);
    expect(p.sections?.at(-1)).toMatchObject({ heading: REMOVED_HEADING, text: '1-1 見守りを広げる' });
  });

  it('tag toggles 重点・新規・再掲', () => {
    expect(edit(FLAT, (at) => ({ kind: 'tag', at, tag: '重点' }), '地域でつながる').root.children[0].tags).toEqual([
      '重点',
    ]);
    expect(edit(NESTED, (at) => ({ kind: 'tag', at, tag: '重点' }), 'つながる地域').root.children[0].tags).toEqual([]);
  });

  it('level names every item at that depth', () => {
    const p = edit(NESTED, (at) => ({ kind: 'level', at, level: '推進項目' }), '声かけ活動');
    expect(p.root.children[0].children[0].children.map((n) => n.level)).toEqual(['推進項目', '推進項目']);
  });

  it('join adds the next line to a title broken over two lines', () => {
    // Broken between two words: the compiler cannot tell it from a title and a note (title.broken joins
    // after 、 or a particle, or inside a word).
    const text = FLAT.replace('4 相談できる場所をつくる', '4 相談できる場所\nづくりを進める');
    expect(titles(edit(text, (at) => ({ kind: 'join', at }), '相談できる場所').root).at(-1)).toBe(
      '相談できる場所づくりを進める',
    );
  });

  it('item makes a line of text an item after the item before it', () => {
    const lines = sourceLines(FLAT);
    const p = applyEdit(compiled(FLAT), { kind: 'item', at: { line: 10, text: 'みんなで取り組みます。' } }, lines)!;
    expect(titles(p.root).at(-1)).toBe('みんなで取り組みます。');
    expect(shape(compilePlan(toOutline(p), {}).plan!.root)).toEqual(shape(p.root));
  });

  it('vision marks a line as the 基本理念 and takes it out of the items', () => {
    const lines = sourceLines(FLAT);
    const p = applyEdit(compiled(FLAT), { kind: 'vision', at: { line: 5, text: '1 地域でつながる' } }, lines)!;
    expect(p.vision).toBe('1 地域でつながる');
    expect(titles(p.root)).toEqual(['見守りを広げる', '担い手を育てる', '相談できる場所をつくる']);
    const back = compilePlan(toOutline(p), {}).plan!;
    expect([back.vision, shape(back.root)]).toEqual([p.vision, shape(p.root)]);
  });

  it('refuses edits that cannot apply: indenting a first item, outdenting a top item', () => {
    const lines = sourceLines(FLAT);
    const plan = compiled(FLAT);
    const first = anchorOf(plan.root.children[0], lines);
    expect(applyEdit(plan, { kind: 'indent', at: first }, lines)).toBeNull();
    expect(applyEdit(plan, { kind: 'outdent', at: first }, lines)).toBeNull();
  });
});

describe('replaying edits after the text changes', () => {
  it('finds items by their line text when lines move, and lists edits whose line is gone', () => {
    const lines = sourceLines(FLAT);
    const plan = compiled(FLAT);
    const ops: EditOp[] = [
      { kind: 'indent', at: anchorOf(plan.root.children[1], lines) },
      { kind: 'rename', at: anchorOf(plan.root.children[3], lines), title: '相談の場所' },
    ];
    const changed = FLAT.replace('基本目標\n', 'はじめに\n\n基本目標\n').replace(
      '4 相談できる場所をつくる',
      '4 相談窓口',
    );
    const { plan: out, failed } = replayEdits(compiled(changed), ops, sourceLines(changed));
    expect(titles(out.root)).toEqual([['地域でつながる', ['見守りを広げる']], '担い手を育てる', '相談窓口']);
    expect(failed).toEqual([ops[1]]);
  });
});
