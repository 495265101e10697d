import { describe, expect, it } from 'vitest';
import { compilePlan } from './compile';

const explain = (lines: string[]) => {
  const r = compilePlan(lines.join('\n'), { id: 't', title: 'テスト計画' });
  return (n: number) => {
    const e = r.explain!.find((x) => x.line === n)!;
    return { role: e.role, rule: e.rule, nodeId: e.nodeId };
  };
};

describe('the explanation is the decision recorded as each line was read', () => {
  it('names the subtitle line, the list header and the residents under it as the reader took them', () => {
    const at = explain([
      '基本理念',
      'ともに生きるまち',
      '',
      '基本目標1 地域でつながる',
      '～顔の見える関係～',
      '施策1 見守りを広げる',
      '地域住民のみなさんは',
      '・あいさつをする',
      '・声をかける',
      '',
      '基本目標2 安心して暮らす',
      '施策1 相談の場をつくる',
    ]);
    expect(at(2)).toMatchObject({ role: 'vision', rule: 'vision.label' });
    expect(at(4)).toEqual({ role: 'item', rule: 'heading.level-word', nodeId: '1' });
    expect(at(5)).toEqual({ role: 'title', rule: 'title.subtitle-next', nodeId: '1' });
    expect(at(7)).toEqual({ role: 'label', rule: 'list-header.residents', nodeId: '1-1' });
    expect(at(8)).toEqual({ role: 'residents', rule: 'list-header.residents', nodeId: '1-1' });
  });

  it('explains a heading that restates a node of the 体系図 table as that node, and the rows as the table', () => {
    const at = explain([
      '基本目標\t施策',
      '1 つながる\t(1) 見守り',
      '2 ささえる\t(1) 相談',
      '',
      '基本目標1 つながる',
      '見守りの輪を広げます。',
      '基本目標2 ささえる',
      '相談の場をつくります。',
    ]);
    expect(at(1)).toMatchObject({ role: 'label', rule: 'table.hierarchy' });
    expect(at(5)).toEqual({ role: 'item', rule: 'family.repeat', nodeId: '1' });
    expect(at(6)).toEqual({ role: 'description', rule: 'prose.description', nodeId: '1' });
  });
});
