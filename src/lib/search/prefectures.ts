import type { PlanSummary } from '../plan/schema';

/** The 47 prefectures in JIS X 0401 order (北海道 01 … 沖縄県 47): the order people expect a list of them in. */
export const PREFECTURES = [
  '北海道',
  '青森県',
  '岩手県',
  '宮城県',
  '秋田県',
  '山形県',
  '福島県',
  '茨城県',
  '栃木県',
  '群馬県',
  '埼玉県',
  '千葉県',
  '東京都',
  '神奈川県',
  '新潟県',
  '富山県',
  '石川県',
  '福井県',
  '山梨県',
  '長野県',
  '岐阜県',
  '静岡県',
  '愛知県',
  '三重県',
  '滋賀県',
  '京都府',
  '大阪府',
  '兵庫県',
  '奈良県',
  '和歌山県',
  '鳥取県',
  '島根県',
  '岡山県',
  '広島県',
  '山口県',
  '徳島県',
  '香川県',
  '愛媛県',
  '高知県',
  '福岡県',
  '佐賀県',
  '長崎県',
  '熊本県',
  '大分県',
  '宮崎県',
  '鹿児島県',
  '沖縄県',
] as const;

/**
 * The prefectures the plans come from, with how many plans each: JIS order first, then any
 * other name a plan gives (a typo or an 広域 body) in the order met, so no plan is unreachable.
 */
export function prefecturesOf(plans: readonly PlanSummary[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const p of plans) if (p.prefecture) counts.set(p.prefecture, (counts.get(p.prefecture) ?? 0) + 1);
  const known: string[] = PREFECTURES.filter((name) => counts.has(name));
  const other = [...counts.keys()].filter((name) => !known.includes(name));
  return [...known, ...other].map((name) => ({ name, count: counts.get(name)! }));
}
