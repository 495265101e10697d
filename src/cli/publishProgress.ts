import { existsSync, readFileSync } from 'node:fs';
import type { Plan } from '../lib/plan/schema';
import { PlanTree } from '../lib/plan/hierarchy';
import { readProgress } from '../lib/progress/readProgress';
import { decodeText } from '../lib/text/decodeText';

/**
 * A council's own progress sheet beside its seed (`seeds/<name>.progress.csv`) is published
 * with the plan: checked against the plan's items (bad rows reported by line and left out),
 * then written beside the plan JSON, which names it so the site shows it to everyone.
 */
export function publishProgress(seedFile: string, plan: Plan, report: { errors: string[]; notes: string[] }): { name: string; csv: string } | null {
  const path = seedFile.replace(/\.[^.]+$/, '.progress.csv');
  if (!existsSync(path)) return null;
  const decoded = decodeText(readFileSync(path));
  if (!decoded) {
    report.errors.push(`${path}: エラー: 文字のファイルとして読めません。Excel で「CSV UTF-8」として保存してください`);
    return null;
  }
  const ids = new Set(new PlanTree(plan.root).inOrder().map((d) => d.data.id));
  const { sheet, problems } = readProgress(decoded.text, ids);
  for (const p of problems) report.notes.push(`${path}:${p.line}: 注意: ${p.message}`);
  if (!sheet) {
    report.errors.push(`${path}: エラー: 読める評価が 1 件もありません`);
    return null;
  }
  plan.progressSheet = `${plan.id}.progress.csv`;
  // With a BOM, as Excel reads UTF-8 Japanese.
  return { name: plan.progressSheet, csv: `\uFEFF${decoded.text}` };
}
