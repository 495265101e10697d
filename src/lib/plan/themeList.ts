/**
 * The welfare themes that community welfare plans share, with the words plans use for them, and
 * what the pages read of a plan's themes (tagged by the compiler, themes.ts). Apart from the
 * matching, which folds text: the compare page's theme matrix shows without the text code.
 */
import type { PlanNode } from './schema';

export interface Theme {
  id: string;
  name: string;
  keywords: string[];
}

export const THEMES: readonly Theme[] = [
  {
    id: 'volunteer',
    name: 'ボランティア・担い手',
    keywords: [
      'ボランティア',
      '担い手',
      '人材',
      '市民活動',
      '養成',
      'サポーター',
      '参加促進',
      '育成',
      'ボラネット',
      '参加提案',
      '参加方法',
      '参加へのきっかけ',
      '活動参加',
    ],
  },
  {
    id: 'education',
    name: '福祉教育',
    keywords: ['福祉教育', '福祉の心', '福祉の芽', '学習', '学び', '学校', '講座', '体験', '研修'],
  },
  {
    id: 'consult',
    name: '相談支援',
    keywords: [
      '相談',
      '窓口',
      '伴走',
      'アウトリーチ',
      'ソーシャルワーク',
      'ソーシャルワーカー',
      '包括的な支援',
      '地域ケア会議',
      '課題の発見',
      '課題の解決',
      '課題解決',
      '生活課題',
    ],
  },
  {
    id: 'service',
    name: '福祉サービス・健康',
    keywords: ['サービス', '移送', '介護', '家事援助', '在宅', '健康', 'フレイル', 'ニーズ', '障害', '障がい'],
  },
  {
    id: 'rights',
    name: '権利擁護・成年後見',
    keywords: ['権利擁護', '成年後見', '後見', '日常生活自立支援', '虐待', 'あんしんサポート', '権利'],
  },
  {
    id: 'poverty',
    name: '生活困窮',
    keywords: ['困窮', '貸付', 'フードパントリー', '食糧', 'セーフティネット', '自立', '就労', '困りごと'],
  },
  {
    id: 'place',
    name: '居場所・サロン',
    keywords: [
      '居場所',
      'サロン',
      '集い',
      '交流',
      '通いの場',
      '子ども食堂',
      'こども食堂',
      '多世代',
      'ふれあい',
      '拠点',
      '散歩クラブ',
      '食事サービス',
    ],
  },
  {
    id: 'watch',
    name: '見守り・支え合い',
    keywords: [
      '見守り',
      '支え合い',
      '支えあい',
      '支え合う',
      '支えあう',
      'たすけあい',
      '助け合い',
      '助けあい',
      '助け合う',
      '声かけ',
      '生活支援',
      '地域包括ケア',
      'つながり',
      'つながる',
      '繋がる',
      'ネットワーク',
    ],
  },
  { id: 'disaster', name: '災害', keywords: ['災害', '防災', '緊急時'] },
  {
    id: 'info',
    name: '情報発信',
    keywords: ['情報', '広報', '発信', 'ホームページ', 'SNS', '周知', '社協だより', 'PR'],
  },
  {
    id: 'partner',
    name: '社会福祉法人・企業連携',
    keywords: [
      '社会福祉法人',
      '企業',
      '法人',
      'NPO',
      '大学',
      '多者協働',
      '協働',
      '事業者',
      '地域貢献',
      '関係団体',
      '連携',
    ],
  },
  {
    id: 'finance',
    name: '財源・組織基盤',
    keywords: [
      '財源',
      '会費',
      '募金',
      '寄附',
      '寄付',
      '組織',
      '基盤',
      '職員',
      '役員',
      '委員会',
      '評価',
      '進行管理',
      '推進体制',
      '見直し',
      '計画の推進',
      '庁内',
      '部課',
    ],
  },
  {
    id: 'local',
    name: '地区社協・住民組織',
    keywords: [
      '地区社協',
      '地区社会福祉協議会',
      '自治会',
      '地区部会',
      '民生委員',
      '住民主体',
      '地域懇談会',
      '話し合い',
      '支え合い協議会',
      '住民同士',
      '地域住民',
      '地域づくり',
      'まちづくり',
      '地縁',
    ],
  },
];

export const themeName = (id: string) => THEMES.find((t) => t.id === id)?.name ?? id;

/** Theme id → ids of the plan's nodes tagged with it (the root excluded). */
export function nodesByTheme(root: PlanNode): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  // A plain walk over the plan (no d3 tree): the compare page's theme matrix shows before the
  // diagrams' code. In reading order, with a stack: an imported plan may nest deeper than the call stack allows.
  const todo = [...root.children].reverse();
  while (todo.length) {
    const c = todo.pop()!;
    for (const t of c.themes ?? []) (out.get(t) ?? out.set(t, new Set()).get(t)!).add(c.id);
    for (let i = c.children.length - 1; i >= 0; i--) todo.push(c.children[i]);
  }
  return out;
}
