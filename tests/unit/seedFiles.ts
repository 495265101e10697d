import { readFileSync } from 'node:fs';
import type { PlanMeta } from '../../src/lib/plan/compile';

/** The seed plans by id, and their text and metadata, for the tests that compile them. */
export const SEEDS = {
  kisarazu: '000_f56fa3646b8e5852',
  chiba: '001_bf93486489920642',
  okegawa: '002_a629d125a7c41f92',
  kasama: '003_366e3d3a1ad16d77',
  tsurugashima: '004_6f16b3fbde35ee8d',
} as const;
export type SeedId = keyof typeof SEEDS;

export const seedText = (id: SeedId) => readFileSync(`seeds/${SEEDS[id]}.txt`, 'utf8');
export const seedMeta = (id: SeedId): PlanMeta => JSON.parse(readFileSync(`seeds/${SEEDS[id]}.meta.json`, 'utf8'));
