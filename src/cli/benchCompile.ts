/**
 * Compile half of npm run bench: how long the compiler takes in Node for long plan texts
 * (2,500 to 20,000 lines) of three shapes, and for deeply nested outlines. The best of a few
 * runs after a warm-up, wall clock and CPU time (CPU time is steadier on a shared machine).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { compilePlan } from '../lib/plan/compile';
import { deepBullets, levelWordPlan, numberedPlan, seedsPlan } from './bigPlans';

const LINES = [2500, 5000, 10000, 20000];
const DEPTHS = [1000, 3000, 10000];
const RUNS = 3;

function best(text: string): { wallMs: number; cpuMs: number; nodes: number } {
  let [wallMs, cpuMs, nodes] = [Infinity, Infinity, 0];
  for (let i = 0; i < RUNS; i++) {
    const [c0, t0] = [process.cpuUsage(), performance.now()];
    const r = compilePlan(text);
    wallMs = Math.min(wallMs, performance.now() - t0);
    cpuMs = Math.min(cpuMs, process.cpuUsage(c0).user / 1000);
    nodes = r.plan ? JSON.stringify(r.plan).split('"id":').length - 2 : 0;
  }
  return { wallMs, cpuMs, nodes };
}

export function benchCompile() {
  const seeds = readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(`seeds/${f}`, 'utf8'));
  const shapes: [string, (n: number) => string][] = [
    ['seed plans one after another', (n) => seedsPlan(seeds, n)],
    ['基本目標 / 施策 g-s / bullets', levelWordPlan],
    ['1 / (1) / ① restarting', numberedPlan],
  ];
  compilePlan(levelWordPlan(2000));
  const rows: { shape: string; lines: number; wallMs: number; cpuMs: number; nodes: number }[] = [];
  console.log('\n## compile in Node (best of 3 after a warm-up)');
  console.log('| text | lines | wall ms | CPU ms | nodes |');
  console.log('|---|---|---|---|---|');
  const row = (shape: string, lines: number, text: string) => {
    const r = { shape, lines, ...best(text) };
    rows.push(r);
    console.log(
      `| ${shape} | ${lines.toLocaleString()} | ${r.wallMs.toFixed(0)} | ${r.cpuMs.toFixed(0)} | ${r.nodes.toLocaleString()} |`,
    );
  };
  for (const [shape, make] of shapes) for (const n of LINES) row(shape, n, make(n));
  for (const d of DEPTHS) row(`outline nested ${d.toLocaleString()} deep`, d + 5, deepBullets(d));
  return rows;
}
