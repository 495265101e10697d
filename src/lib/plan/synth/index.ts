/**
 * The plan synthesizer: a seed → a random hierarchy rendered in random surface forms, with the
 * tree a person would read from it. The property "the compiler reads the generated tree" runs
 * over fixed seeds in CI (synth.test.ts) and over thousands in `npm run corpus -- --synth N`.
 */
import { randomHierarchy, type SynthNode } from './hierarchy';
import { renderPlan } from './render';
import { rng } from './random';

export type { SynthNode } from './hierarchy';

export interface SynthPlan {
  seed: number;
  text: string;
  vision: string | null;
  top: SynthNode[];
  features: string[];
}

export function synthPlan(seed: number): SynthPlan {
  const r = rng(seed);
  const { levels, top } = randomHierarchy(r);
  const { text, vision, features } = renderPlan(r, top, levels);
  return { seed, text, vision, top, features };
}
