import type { Period } from './schema';
import type { PlanMeta } from './types';

/** Front-matter keys a council may write in Japanese or English. */
const KEYS: Record<string, keyof PlanMeta | 'format' | 'vision'> = {
  形式: 'format',
  format: 'format',
  id: 'id',
  ID: 'id',
  団体: 'council',
  社協: 'council',
  council: 'council',
  市町村: 'municipality',
  municipality: 'municipality',
  都道府県: 'prefecture',
  prefecture: 'prefecture',
  計画名: 'title',
  title: 'title',
  期間: 'period',
  period: 'period',
  基本理念: 'vision',
  vision: 'vision',
};

const ERA: Record<string, number> = { 令和: 2018, 平成: 1988 };

/** 令和4年度～令和8年度 or 2022-2026 → { start, end, label }. */
export function parsePeriod(label: string): Period | null {
  const years = [...label.matchAll(/(令和|平成)?\s*(\d{1,4}|元)\s*年?/g)]
    .map((m) => {
      const n = m[2] === '元' ? 1 : Number(m[2]);
      return m[1] ? ERA[m[1]] + n : n;
    })
    .filter((y) => y > 1900 && y < 2200);
  if (years.length < 2) return null;
  return { start: years[0], end: years[1], label: label.trim() };
}

export interface FrontMatter {
  meta: PlanMeta;
  format: 'outline' | 'text';
  vision: string | null;
  /** Lines the front matter took, so the body keeps its own line numbers. */
  lines: number;
}

/**
 * Reads an optional front-matter block at the top of a plan file:
 *   ---
 *   形式: アウトライン
 *   団体: 〇〇市社会福祉協議会
 *   期間: 令和7年度～令和11年度
 *   ---
 */
export function frontMatter(text: string): FrontMatter {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const none: FrontMatter = { meta: {}, format: 'text', vision: null, lines: 0 };
  if (lines[0]?.trim() !== '---') return none;
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0 || end > 40) return none;
  const meta: PlanMeta = {};
  let format: FrontMatter['format'] = 'text';
  let vision: string | null = null;
  for (const l of lines.slice(1, end)) {
    const m = l.match(/^\s*([^:：]+?)\s*[:：]\s*(.*)$/);
    const key = m && KEYS[m[1]];
    if (!m || !key) continue;
    const v = m[2].trim();
    if (key === 'format') format = /アウトライン|outline/i.test(v) ? 'outline' : 'text';
    else if (key === 'vision') vision = v;
    else if (key === 'period') meta.period = parsePeriod(v);
    else (meta as Record<string, string>)[key] = v;
  }
  return { meta, format, vision, lines: end + 1 };
}
