import { existsSync, readFileSync } from 'node:fs';
import type { Plan } from '../lib/plan/schema';
import { PlanTree } from '../lib/plan/hierarchy';
import Papa from 'papaparse';
import { readProgress, titlesOf } from '../lib/progress/readProgress';
import { csvText } from '../lib/export/csvText';
import { decodeText } from '../lib/text/decodeText';

/**
 * A council's own progress sheet beside its seed (`seeds/<name>.progress.csv`) is published
 * with the plan: checked against the plan's items (bad rows reported by line and left out),
 * then written beside the plan JSON, which names it so the site shows it to everyone.
 */
export function publishProgress(
  seedFile: string,
  plan: Plan,
  report: { errors: string[]; notes: string[] },
): { name: string; csv: string } | null {
  const path = seedFile.replace(/\.[^.]+$/, '.progress.csv');
  if (!existsSync(path)) return null;
  const decoded = decodeText(readFileSync(path));
  if (!decoded) {
    report.errors.push(`${path}: エラー: 文字のファイルとして読めません。Excel で「CSV UTF-8」として保存してください`);
    return null;
  }
  const nodes = new PlanTree(plan.root).inOrder().map((d) => d.data);
  const { sheet, problems, notices } = readProgress(decoded.text, new Set(nodes.map((n) => n.id)), {
    titles: titlesOf(nodes),
  });
  for (const p of problems) report.notes.push(`${path}:${p.line}: 注意: ${p.message}`);
  for (const n of notices) report.notes.push(`${path}: 注意: ${n}`);
  if (!sheet) {
    report.errors.push(`${path}: エラー: 読める評価が 1 件もありません`);
    return null;
  }
  plan.progressSheet = `${plan.id}.progress.csv`;
  // Written again as every CSV the site offers: with a BOM, and no cell a spreadsheet would run as a formula.
  const rows = Papa.parse<string[]>(decoded.text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;
  return { name: plan.progressSheet, csv: csvText(rows) };
}
