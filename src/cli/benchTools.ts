/**
 * Tools only `npm run bench` uses, kept out of package.json so that `npm ci` (every developer,
 * every CI run) does not fetch them: Lighthouse alone is 22 MB. The bench installs the ones a
 * run needs when they are missing, with `npm install --no-save` (package.json and the lock file
 * stay as they are), and loads them with benchTool().
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Pinned: the figures in docs/benchmark.md were measured with these versions. */
export const BENCH_TOOLS = { lighthouse: '12.8.0', 'sunburst-chart': '1.21.4', pagefind: '1.6.0' } as const;
export type BenchTool = keyof typeof BENCH_TOOLS;

/** Which tools a run of the bench uses, from its environment (BENCH_ONLY, BENCH_PAGEFIND). */
export function benchToolsFor(env: Record<string, string | undefined>): BenchTool[] {
  const pagefind: BenchTool[] = env.BENCH_PAGEFIND === '0' ? [] : ['pagefind'];
  if (env.BENCH_ONLY === 'compile') return [];
  if (env.BENCH_ONLY === 'search') return pagefind;
  return ['lighthouse', 'sunburst-chart', ...pagefind];
}

const installed = (tool: BenchTool) => existsSync(join('node_modules', tool, 'package.json'));

/** The `npm install` arguments that add `missing` and keep the bench tools already there. */
export function installArgs(missing: BenchTool[], present: (tool: BenchTool) => boolean): string[] {
  // npm install removes packages the lock file does not list, so name every tool to keep.
  const keep = (Object.keys(BENCH_TOOLS) as BenchTool[]).filter((tool) => missing.includes(tool) || present(tool));
  return ['install', '--no-save', '--no-audit', '--no-fund', ...keep.map((tool) => `${tool}@${BENCH_TOOLS[tool]}`)];
}

/** Installs the tools that are missing (a fresh `npm ci` has none of them). */
export function ensureBenchTools(tools: BenchTool[]): void {
  const missing = tools.filter((tool) => !installed(tool));
  if (!missing.length) return;
  const args = installArgs(missing, installed);
  console.log(`bench: ${missing.join(', ')} はアプリの依存ではないので、計測のために入れます: npm ${args.join(' ')}`);
  try {
    execFileSync('npm', args, { stdio: 'inherit' });
  } catch {
    throw new Error(
      `計測の道具を入れられませんでした。手で入れてから、もう一度実行してください: npm ${args.join(' ')}`,
    );
  }
}

/** Loads a bench tool by name (a variable, so that type-checking does not need it installed). */
export async function benchTool<T>(tool: BenchTool): Promise<T> {
  return (await import(/* @vite-ignore */ tool).catch((e: Error) => {
    throw new Error(`${tool} を読み込めません (npm ${installArgs([tool], installed).join(' ')}): ${e.message}`);
  })) as T;
}
