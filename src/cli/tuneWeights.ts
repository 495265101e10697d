/**
 * `npm run corpus -- --synth N --tune [--from S]`: how well the weights of the evidence
 * (weigh.ts CLAIM_WEIGHT) rank the candidate trees of N synthesized plans. Prints how many
 * plans the ranking reads faithfully, the ceiling (plans where some candidate is faithful), and
 * a coordinate search over each claim's weight. Keep a slice of seeds out of the search and
 * check the weights found on it.
 */
import { allReadings } from '../lib/plan/compile';
import type { Built } from '../lib/plan/build';
import { rankTrees } from '../lib/plan/build';
import { CLAIM_WEIGHT, scoreOf } from '../lib/plan/weigh';
import type { Claim } from '../lib/plan/evidence';
import { checkSynth } from '../lib/plan/synth/check';
import { synthPlan } from '../lib/plan/synth/index';

interface Case {
  built: Built;
  faithful: Set<string>;
}

const TRIED = [0, 0.5, 1, 2, 3, 5, 8];
const ROUNDS = 3;

function readCases(count: number, from: number): Case[] {
  const out: Case[] = [];
  for (let seed = from; seed < from + count; seed++) {
    const s = synthPlan(seed);
    const { built, plans } = allReadings(s.text, { id: 'synth', title: '地域福祉活動計画' });
    out.push({ built, faithful: new Set([...plans].filter(([, p]) => !checkSynth(p, s)).map(([way]) => way)) });
  }
  return out;
}

/** Plans whose first-ranked tree is faithful under weights `w`. */
function faithfulUnder(cases: Case[], w: Record<Claim, number>): number {
  Object.assign(CLAIM_WEIGHT, w);
  let n = 0;
  for (const c of cases) {
    for (const k of c.built.candidates) k.score = scoreOf(k.tally);
    if (c.faithful.has(rankTrees(c.built).order[0].way)) n++;
  }
  return n;
}

export function tuneWeights(count: number, from: number): void {
  const cases = readCases(count, from);
  const start = { ...CLAIM_WEIGHT } as Record<Claim, number>;
  const ceiling = cases.filter((c) => c.faithful.size > 0).length;
  let best = { w: start, n: faithfulUnder(cases, start) };
  console.log(`seeds ${from}–${from + count - 1}: ranked faithful ${best.n}, ceiling ${ceiling} (some tree faithful)`);
  for (let round = 0; round < ROUNDS; round++)
    for (const claim of Object.keys(start) as Claim[]) {
      if (claim === 'item') continue; // compared first, on its own (build.ts rankTrees)
      for (const v of TRIED) {
        const w = { ...best.w, [claim]: v };
        const n = faithfulUnder(cases, w);
        if (n > best.n) best = { w, n };
      }
    }
  Object.assign(CLAIM_WEIGHT, start);
  console.log(`best found ${best.n}: ${JSON.stringify(best.w)}`);
}
