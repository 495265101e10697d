import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/lib/plan/compile';
import { walk } from '../../src/lib/plan/hierarchy';
import { RULES } from '../../src/lib/plan/rules';
import { SEEDS, seedMeta, seedText, type SeedId } from './seedFiles';

/**
 * Meaning-preserving edits of the seed texts must not move the hierarchy: same levels, same
 * titles (compared after NFKC and without spaces, as the corpus compares them), same nesting.
 */
function shape(id: SeedId, text: string): string[] {
  const r = compilePlan(text, seedMeta(id), `${id}.txt`);
  expect(r.errors).toEqual([]);
  const out: string[] = [];
  walk(
    r.plan!.root,
    (n, depth) => depth > 0 && out.push(`${depth}:${n.level}:${n.title.normalize('NFKC').replace(/\s+/g, '')}`),
  );
  return out;
}

const toFullWidthDigits = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const LEFTOVERS = '\n\n- 12 -\nhttps://example.jp/plan/keikaku.pdf\nTEL 0120-000-000\n';

const EVERY_SEED: [string, (s: string) => string][] = [
  ['CRLF line ends', (s) => s.replace(/\n/g, '\r\n')],
  ['full-width digits', toFullWidthDigits],
  ['leftovers after the plan (page number, URL, phone)', (s) => s + LEFTOVERS],
  ['every line indented by a space', (s) => s.replace(/\n/g, '\n ')],
  ['wider blank gaps', (s) => s.replace(/\n\n/g, '\n\n\n')],
  ['ideographic spaces for spaces', (s) => s.replace(/ /g, '\u3000')],
  [
    'full-width ASCII everywhere (＃, －, ＊＊重点＊＊)',
    (s) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  ],
  ['a web page header before the plan', (s) => `ホーム > 計画\n更新日:2024年4月1日\n\n${s}`],
];

describe.each(Object.keys(SEEDS) as SeedId[])('seed %s keeps its hierarchy', (id) => {
  const base = shape(id, seedText(id));
  it.each(EVERY_SEED)('with %s', (_name, edit) => {
    expect(shape(id, edit(seedText(id)))).toEqual(base);
  });
});

describe('variants of one seed', () => {
  it('鶴ヶ島: other wording in the actors’ prose (求められます for 期待されます)', () => {
    const text = seedText('tsurugashima');
    expect(shape('tsurugashima', text.replace(/期待されます/g, '求められます'))).toEqual(shape('tsurugashima', text));
  });

  it('桶川: a renamed residents’ list header keeps the list off the tree', () => {
    const text = seedText('okegawa');
    const renamed = text.replace(/地域住民のみなさんや団体は/g, '住民・団体にできること');
    expect(shape('okegawa', renamed)).toEqual(shape('okegawa', text));
    const r = compilePlan(renamed, seedMeta('okegawa'));
    expect(r.plan!.root.children[0].children[0].residents).toHaveLength(3);
  });

  it('桶川: the 体系図 table with runs of spaces instead of tabs', () => {
    const text = seedText('okegawa');
    expect(shape('okegawa', text.replace(/\t/g, '   '))).toEqual(shape('okegawa', text));
  });

  it('桶川: 【現状と課題】 for <現状と課題>', () => {
    const text = seedText('okegawa');
    expect(shape('okegawa', text.replace(/[<＜]現状と課題[>＞]/g, '【現状と課題】'))).toEqual(shape('okegawa', text));
  });

  it('鶴ヶ島: 《実現に向けての取り組み》 for 【実現に向けての取り組み】', () => {
    const text = seedText('tsurugashima');
    expect(shape('tsurugashima', text.replace(/【実現に向けての取り組み】/g, '《実現に向けての取り組み》'))).toEqual(
      shape('tsurugashima', text),
    );
  });
});

describe('explanations of the seeds', () => {
  it.each(Object.keys(SEEDS) as SeedId[])('%s: every non-blank line is explained by a row of the rules table', (id) => {
    const text = seedText(id);
    const r = compilePlan(text, seedMeta(id), `${id}.txt`);
    const lines = text
      .split('\n')
      .map((l, i) => [i + 1, l.trim()] as const)
      .filter(([, l]) => l)
      .map(([n]) => n);
    expect(r.explain?.map((e) => e.line)).toEqual(lines);
    for (const e of r.explain!) expect(Object.keys(RULES)).toContain(e.rule);
    const nodes = new Set<string>();
    walk(r.plan!.root, (n) => nodes.add(n.id));
    for (const e of r.explain!.filter((x) => x.role === 'item')) expect(nodes.has(e.nodeId!)).toBe(true);
  });
});
