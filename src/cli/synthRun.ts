/**
 * `npm run corpus -- --synth N [--from S]`: compiles N synthesized plans (seeds S … S+N-1) and
 * prints the share read faithfully, a failure table by surface feature, and the first failing
 * seeds to replay (`npm run corpus -- --synth 1 --from <seed> --show`).
 */
import { compilePlan } from '../lib/plan/compile';
import { checkSynth } from '../lib/plan/synth/check';
import { synthPlan } from '../lib/plan/synth/index';

const SHOWN_FAILURES = Number(process.env.SYNTH_SHOW ?? 15);

interface Tally {
  n: number;
  fail: number;
}

export function runSynth(count: number, from: number, show: boolean): void {
  const byFeature = new Map<string, Tally>();
  const failures: string[] = [];
  let ok = 0;
  for (let seed = from; seed < from + count; seed++) {
    const s = synthPlan(seed);
    const miss = checkSynth(compilePlan(s.text, { id: 'synth', title: '地域福祉活動計画' }).plan, s);
    if (!miss) ok++;
    else failures.push(`seed ${seed}: ${miss}  [${s.features.join(' ')}]`);
    for (const f of s.features) {
      const t = byFeature.get(f) ?? { n: 0, fail: 0 };
      t.n++;
      if (miss) t.fail++;
      byFeature.set(f, t);
    }
    if (show) console.log(`--- seed ${seed}\n${s.text}\n--- ${miss || 'ok'}`);
  }
  const rows = [...byFeature].sort((a, b) => b[1].fail / b[1].n - a[1].fail / a[1].n);
  console.log('feature'.padEnd(24), 'plans'.padStart(6), 'failed'.padStart(7), 'faithful'.padStart(9));
  for (const [f, t] of rows)
    console.log(
      f.padEnd(24),
      String(t.n).padStart(6),
      String(t.fail).padStart(7),
      `${(100 * (1 - t.fail / t.n)).toFixed(1)}%`.padStart(9),
    );
  console.log(failures.slice(0, SHOWN_FAILURES).join('\n'));
  console.log(
    `\nsynth: faithful ${ok}/${count} (${((100 * ok) / count).toFixed(1)}%) · seeds ${from}–${from + count - 1}`,
  );
}
