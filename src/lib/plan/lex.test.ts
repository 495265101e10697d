import { describe, expect, it } from 'vitest';
import { cleanText, splitCell, takeMarkers } from './lex';
import { lexLine } from './lineModel';

const head = (line: string) => {
  const t = lexLine(line, 1);
  if (t.kind !== 'heading') throw new Error(`not a heading: ${line} → ${t.kind}`);
  return { level: t.level, scheme: t.scheme, parts: t.parts, code: t.code, title: t.title, tags: t.tags };
};

describe('lexLine numbering schemes', () => {
  it.each([
    [
      '#### (1)－1 情報につながる',
      { level: null, scheme: 'paren-dash', parts: [1, 1], code: '(1)－1', title: '情報につながる' },
    ],
    [
      '重点目標 1 –(1) 地域でのつながりを深めよう',
      {
        level: '重点目標',
        scheme: 'num-dash-paren',
        parts: [1, 1],
        code: '1–(1)',
        title: '地域でのつながりを深めよう',
      },
    ],
    [
      '基本施策Ⅱ-3. 地域福祉ネットワークの強化',
      { level: '基本施策', scheme: 'roman-dash', parts: [2, 3], code: 'Ⅱ-3', title: '地域福祉ネットワークの強化' },
    ],
    [
      '基本方針Ⅲ. 安心して暮らせるまち',
      { level: '基本方針', scheme: 'roman', parts: [3], code: 'Ⅲ', title: '安心して暮らせるまち' },
    ],
    [
      '- ㉑ 自治会の取り組みを支援します。',
      { level: null, scheme: 'circled', parts: [21], code: '㉑', title: '自治会の取り組みを支援します。' },
    ],
    ['✓ 2. 組織体制の強化', { level: null, scheme: 'dot', parts: [2], code: '2.', title: '組織体制の強化' }],
    ['基本目標 4', { level: '基本目標', scheme: 'num', parts: [4], code: '4', title: '' }],
    ['施策の方向性3', { level: '施策の方向性', scheme: 'num', parts: [3], code: '3', title: '' }],
    [
      '### 基本計画(2)包括的・総合的な相談支援体制を確立するために',
      {
        level: '基本計画',
        scheme: 'paren',
        parts: [2],
        code: '(2)',
        title: '包括的・総合的な相談支援体制を確立するために',
      },
    ],
    [
      '- 14 **重点** コミュニティソーシャルワーク機能の強化',
      { level: null, scheme: 'num', parts: [14], code: '14', title: 'コミュニティソーシャルワーク機能の強化' },
    ],
    ['（２）全角の番号', { level: null, scheme: 'paren', parts: [2], code: '（２）', title: '全角の番号' }],
    ['1-2-3 三段の番号', { level: null, scheme: 'num-dash', parts: [1, 2, 3], code: '1-2-3', title: '三段の番号' }],
    ['第2章 計画の内容', { level: '章', scheme: 'chapter', parts: [2], code: '第2章', title: '計画の内容' }],
    ['ウ　買い物の手伝い', { level: null, scheme: 'kana', parts: [3], code: 'ウ', title: '買い物の手伝い' }],
    ['（エ）草取りの会', { level: null, scheme: 'kana-paren', parts: [4], code: '（エ）', title: '草取りの会' }],
  ])('%s', (line, expected) => {
    expect(head(line)).toMatchObject(expected);
  });

  it('does not read a katakana word as ア/イ numbering (numbering.kana)', () => {
    expect(lexLine('アイデア募集の会', 1).kind).not.toBe('heading');
    expect(lexLine('イベントの開催', 1).kind).not.toBe('heading');
  });

  it('reads a bare number only as a list item, never in running text', () => {
    expect(lexLine('1 第6期活動計画の体系図', 1).kind).toBe('text');
    expect(lexLine('- 1 ボランティア活動等の推進', 1).kind).toBe('heading');
  });

  it('does not take prose that starts with a level word for a heading', () => {
    expect(lexLine('基本目標を「安心して住み続けることのできるまちを目指して」と定め', 1).kind).toBe('text');
    expect(lexLine('具体的な取り組みは、重点施策、基本方針Ⅰ・Ⅱ・Ⅲです。', 1).kind).toBe('text');
  });

  it('treats ※ lines as footnotes even when they start with a circled number', () => {
    expect(lexLine('※⑥～⑰の数字は、実現に向けての取り組みです。', 1).kind).toBe('text');
  });

  it('recognises list headers in their bracket variants', () => {
    for (const l of [
      '<現状と課題>',
      '＜現状と課題＞',
      '【実現に向けての取り組み】',
      '具体的な取組',
      '地域住民のみなさんや団体は',
    ]) {
      expect(lexLine(l, 1).kind).toBe('header');
    }
  });

  it('strips bullets - ・ ○ ✓ and keeps plain bullets as bullets', () => {
    expect(lexLine('- ・地域懇談会の開催', 1)).toMatchObject({ kind: 'bullet', text: '地域懇談会の開催' });
    expect(lexLine('○社協だよりを見よう。', 1)).toMatchObject({ kind: 'bullet', text: '社協だよりを見よう。' });
  });

  it('sees a tab line as a table row', () => {
    expect(lexLine('基本計画\t重点目標\t活動方針', 1)).toMatchObject({
      kind: 'table',
      cells: ['基本計画', '重点目標', '活動方針'],
    });
  });
});

describe('markers and cleaning', () => {
  it('turns 重点, 新規 and 再掲 markers into tags, whatever their brackets', () => {
    expect(takeMarkers('**重点** 見守り活動の促進')).toEqual({ text: '見守り活動の促進', tags: ['重点'] });
    expect(takeMarkers('新たなサービスの開発と提供(再掲)')).toEqual({
      text: '新たなサービスの開発と提供',
      tags: ['再掲'],
    });
    expect(takeMarkers('【新規】【重点】権利擁護')).toEqual({ text: '権利擁護', tags: ['重点', '新規'] });
  });
  it('joins CJK words split by a PDF space but keeps Latin spacing', () => {
    expect(cleanText('継続 および定着')).toBe('継続および定着');
    expect(cleanText('SNS 等による発信')).toBe('SNS 等による発信');
  });
  it('splits a table cell with several circled items', () => {
    expect(splitCell('①地域福祉の担い手を増やします ②市民活動を応援します')).toEqual([
      '①地域福祉の担い手を増やします',
      '②市民活動を応援します',
    ]);
  });
});
