import { describe, expect, it } from 'vitest';
import { isVerticalPage, withoutContents } from './notPlan';
import { pageLines } from './pageLines';
import type { Run } from './types';

const run = (text: string, x: number, y: number, size = 10): Run => ({
  text,
  x,
  y,
  width: size * [...text].length,
  size,
});
const text = (lines: ReturnType<typeof pageLines> | null) => lines?.map((l) => l.frags.map((f) => f.text).join('|'));

describe('withoutContents', () => {
  it('drops a table of contents (dot leaders or a page number at the right) and its title', () => {
    const lines = pageLines([
      run('目次', 50, 50),
      run('第１章 計画の策定にあたって………………3', 50, 80),
      run('基本目標１ つながる', 70, 100),
      run('5', 500, 100),
      run('第２章 地域の現状', 50, 120),
      run('9', 500, 120),
      run('資料', 50, 140),
      run('30', 500, 140),
    ]);
    expect(text(withoutContents(lines))).toEqual([]);
  });

  it('leaves a page of plan text alone, numbers and all', () => {
    const lines = pageLines([
      run('基本目標１ つながる', 50, 80),
      run('(1) 見守り', 50, 100),
      run('毎月 2 回の訪問を 12', 50, 120),
      run('本文です。', 50, 140),
    ]);
    expect(withoutContents(lines)).toBeNull();
  });
});

describe('isVerticalPage', () => {
  const column = (s: string, x: number) => [...s].map((ch, i) => run(ch, x, 100 + i * 12, 12));
  it('knows a page of letters set one under the other (縦書き)', () => {
    expect(
      isVerticalPage([...column('ごあいさつ地域のみなさまへ', 500), ...column('社会福祉協議会がお届けします', 480)]),
    ).toBe(true);
  });
  it('does not take a page of lines across for one', () => {
    expect(
      isVerticalPage([
        run('ごあいさつ地域のみなさまへ', 50, 100),
        run('社会福祉協議会がお届けします', 50, 120),
        run('基本目標', 50, 140),
      ]),
    ).toBe(false);
  });
});
