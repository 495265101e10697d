/**
 * Corpus scorer: compiles every plan in the real-plan corpus (default ../shared/corpus, or
 * CORPUS_DIR, or the first argument) with metadata only and compares it with its expect.json.
 * A report, not a gate: it always exits 0.
 *   npm run corpus [-- <folder>]
 *   npm run corpus -- --synth 5000 [--from <seed>] [--show]   synthesized plans instead (synthRun.ts)
 *   npm run corpus -- --synth 5000 --tune [--from <seed>]   the evidence weights searched (tuneWeights.ts)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compilePlan, type PlanMeta } from '../lib/plan/compile';
import { scorePlan, type Expected } from './scorePlan';
import { runSynth } from './synthRun';
import { tuneWeights } from './tuneWeights';

const args = process.argv.slice(2);
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dir = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? process.env.CORPUS_DIR ?? '../shared/corpus';

function main(): void {
  if (!existsSync(dir)) {
    console.log(`corpus: ${dir} がないため採点を省きました。`);
    return;
  }
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith('.expect.json'))
    .map((f) => f.replace(/\.expect\.json$/, ''))
    .sort();
  const rows: string[][] = [['plan', 'faithful', 'counts exp/got', 'top', 'vision', 'ms', 'first mismatch']];
  let faithful = 0;
  let topOk = 0;
  let visionOk = 0;
  let countsOk = 0;
  for (const id of ids) {
    const exp = JSON.parse(readFileSync(join(dir, `${id}.expect.json`), 'utf8')) as Expected & PlanMeta;
    const text = readFileSync(join(dir, `${id}.txt`), 'utf8')
      .split('\n')
      .filter((l, i) => !(i < 2 && l.startsWith('# ')))
      .join('\n');
    const meta: PlanMeta = {
      id: exp.id,
      council: exp.council,
      municipality: exp.municipality ?? undefined,
      prefecture: exp.prefecture,
      title: exp.title,
      period: exp.period,
    };
    const t = performance.now();
    const r = compilePlan(text, meta, `${id}.txt`);
    const ms = performance.now() - t;
    const s = scorePlan(r.plan, exp);
    faithful += +s.faithful;
    topOk += +s.topOk;
    visionOk += +s.visionOk;
    countsOk += +s.counts.ok;
    rows.push([
      id,
      s.faithful ? 'yes' : 'NO',
      `${s.counts.expected.join('/')} / ${s.counts.got.join('/') || '-'}`,
      s.topOk ? 'ok' : 'x',
      s.visionOk ? 'ok' : 'x',
      ms.toFixed(1),
      s.firstMismatch || (r.errors[0]?.message ?? ''),
    ]);
  }
  const width = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
  for (const r of rows)
    console.log(r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(width[i] - [...c].length))).join('  '));
  console.log(
    `\nfaithful ${faithful}/${ids.length} · counts ${countsOk}/${ids.length} · top titles ${topOk}/${ids.length} · vision ${visionOk}/${ids.length}`,
  );
}

if (flag('--synth') && args.includes('--tune')) tuneWeights(Number(flag('--synth')), Number(flag('--from') ?? 1));
else if (flag('--synth')) runSynth(Number(flag('--synth')), Number(flag('--from') ?? 1), args.includes('--show'));
else main();
