import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../lib/plan/schema';
import { PlanTree } from '../lib/plan/hierarchy';
import { readProgress } from '../lib/progress/readProgress';
import { publishProgress } from './publishProgress';

describe('the published progress sheet', () => {
  it('is written with no cell a spreadsheet would run as a formula, and reads the same in the app', () => {
    const dir = mkdtempSync(join(tmpdir(), 'publish-'));
    writeFileSync(
      join(dir, 'kasama.progress.csv'),
      'id,年度,評価,メモ\r\n1-1,2025,A,"=HYPERLINK(""http://x.example"",""詳しく"")"\r\n1-2,2025,B,@予定\r\n',
    );
    const plan = JSON.parse(readFileSync('static/plans/kasama.json', 'utf8')) as Plan;
    const report = { errors: [] as string[], notes: [] as string[] };
    const out = publishProgress(join(dir, 'kasama.txt'), plan, report)!;
    expect(report.errors).toEqual([]);
    expect(out.csv).toContain(`'=HYPERLINK`);
    expect(out.csv).toContain(`,'@予定`);
    expect(out.csv).not.toMatch(/(^|[,\n])[=+\-@]/);
    const ids = new Set(new PlanTree(plan.root).inOrder().map((d) => d.data.id));
    expect(readProgress(out.csv, ids).sheet!.evaluations.map((e) => e.memo)).toEqual([
      '=HYPERLINK("http://x.example","詳しく")',
      '@予定',
    ]);
  });
});
