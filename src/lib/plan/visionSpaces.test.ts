import { describe, expect, it } from 'vitest';
import { compilePlan } from './compile';
import { readVision } from './vision';
import { lineFeatures } from './lineModel';

/** Lines as the line model sees them: blank lines left out, their line numbers kept. */
const vision = (...t: string[]) =>
  readVision(t.flatMap((text, i) => (text ? [lineFeatures({ line: i + 1, text })] : [])));
const GOALS = [
  '基本目標1 地域でつながる',
  '施策1 見守りを広げる',
  '基本目標2 安心して暮らす',
  '施策1 相談の場をつくる',
];

describe('a vision written with spaces between its phrases', () => {
  it('keeps its spaces and runs over the lines right under the label, up to a blank line', () => {
    expect(vision('基本理念', 'みんなで　ささえあい', '笑顔で　つながる　まち', '', 'はじめに')?.text).toBe(
      'みんなで　ささえあい 笑顔で　つながる　まち',
    );
    expect(vision('【理念】', 'だれもが 安心して', '暮らせる まち', '', 'あ')?.text).toBe(
      'だれもが 安心して 暮らせる まち',
    );
  });

  it('ends at the next label even without a blank line', () => {
    expect(vision('基本理念', 'ともに 生きる まち', '計画の目標', '1 つながり')?.text).toBe('ともに 生きる まち');
    expect(vision('スローガン', 'ひとりひとりが 主役', '【施策の柱】', 'あ')?.text).toBe('ひとりひとりが 主役');
  });

  it('joins lines without spaces as one line wrapped (a PDF), and leaves a sentence after it alone', () => {
    expect(vision('基本理念', 'みんなでたすけあい', '笑顔でつながるまち')?.text).toBe(
      'みんなでたすけあい笑顔でつながるまち',
    );
    expect(vision('基本理念', 'ささえあうまち', 'この理念のもと、計画を進めます。')?.text).toBe('ささえあうまち');
  });

  it('compiles to the vision as written, the goals kept as goals', () => {
    for (const [lines, want] of [
      [
        ['基本理念', 'みんなで　ささえあい', '笑顔で　つながる　まち', ...GOALS],
        'みんなで　ささえあい 笑顔で　つながる　まち',
      ],
      [['基本理念', '', 'だれもが 安心して', '暮らせる まち', '', ...GOALS], 'だれもが 安心して 暮らせる まち'],
      [['基本理念', 'ともに　生きる', '計画の目標', ...GOALS], 'ともに　生きる'],
    ] as const) {
      const plan = compilePlan(lines.join('\n')).plan!;
      expect(plan.vision).toBe(want);
      expect(plan.root.children.map((c) => c.title)).toEqual(['地域でつながる', '安心して暮らす']);
    }
  });
});
