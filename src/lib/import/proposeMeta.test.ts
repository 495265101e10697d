import { describe, expect, it } from 'vitest';
import { proposeMeta } from './proposeMeta';

describe('proposeMeta', () => {
  it('reads a cover page: title, council and a period in the Japanese era', () => {
    expect(
      proposeMeta('第4次大町市地域福祉活動計画\n令和6年度～令和9年度\n\n社会福祉法人　大町市社会福祉協議会\n'),
    ).toEqual({
      title: '第4次大町市地域福祉活動計画',
      council: '大町市社会福祉協議会',
      municipality: '大町市',
      period: '令和6年度～令和9年度',
    });
  });

  it('reads other wordings: spaces in the title, western years, full-width digits, から, a prefecture before the town', () => {
    expect(proposeMeta('第 ５ 期　みどり町 地域福祉活動計画\n計画期間：２０２４年度〜２０２８年度')).toEqual({
      title: '第5期みどり町地域福祉活動計画',
      period: '2024年度～2028年度',
    });
    expect(proposeMeta('計画の期間は令和7年度から11年度までの5年間です。\n長野県松川村社会福祉協議会')).toEqual({
      period: '令和7年度～令和11年度',
      council: '長野県松川村社会福祉協議会',
      municipality: '松川村',
    });
    expect(proposeMeta('みなと区地域福祉計画・地域福祉活動計画【概要版】')).toEqual({
      title: 'みなと区地域福祉計画・地域福祉活動計画',
    });
    expect(proposeMeta('平成30年度 ― 令和4年度')).toEqual({ period: '平成30年度～令和4年度' });
    // The period in brackets after the title, as covers and Word titles often write it.
    expect(proposeMeta('第3次 新町地域福祉活動計画（令和8年度～令和12年度）')).toEqual({
      title: '第3次新町地域福祉活動計画',
      period: '令和8年度～令和12年度',
    });
    expect(proposeMeta('さくら市地域福祉活動計画(2025年度-2029年度)')).toEqual({
      title: 'さくら市地域福祉活動計画',
      period: '2025年度～2029年度',
    });
  });

  it('proposes nothing from a text that does not state it, nor from a sentence that mentions a plan', () => {
    expect(proposeMeta('基本理念\nみんなのまち\n1 つながる')).toEqual({});
    expect(
      proposeMeta('この計画は、市の地域福祉計画と一体となって、住民の皆さんの活動を支えていくために策定したものです。'),
    ).toEqual({});
  });

  it('reads only the top of the text', () => {
    expect(proposeMeta(`${'本文\n'.repeat(50)}大町市社会福祉協議会`)).toEqual({});
  });

  it('reads a council named in a colophon without its label (発行, 編集・発行)', () => {
    expect(proposeMeta('みなみ野町 地域福祉活動計画\n発行 みなみ野町社会福祉協議会')).toMatchObject({
      council: 'みなみ野町社会福祉協議会',
      municipality: 'みなみ野町',
    });
    expect(proposeMeta('編集・発行:北山村社会福祉協議会').council).toBe('北山村社会福祉協議会');
  });
});
