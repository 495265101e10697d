import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BENCH_TOOLS, benchToolsFor, installArgs } from './benchTools';

describe('bench tools, installed on demand', () => {
  it('asks for the tools a run uses: none for the compiler alone, Pagefind unless skipped, Lighthouse and sunburst-chart for a full run', () => {
    expect(benchToolsFor({ BENCH_ONLY: 'compile' })).toEqual([]);
    expect(benchToolsFor({ BENCH_ONLY: 'search' })).toEqual(['pagefind']);
    expect(benchToolsFor({ BENCH_ONLY: 'search', BENCH_PAGEFIND: '0' })).toEqual([]);
    expect(benchToolsFor({})).toEqual(['lighthouse', 'sunburst-chart', 'pagefind']);
  });

  it('installs without saving, pinned, and names the tools already there so npm does not remove them', () => {
    const args = installArgs(['lighthouse'], (tool) => tool === 'pagefind');
    expect(args).toEqual([
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      `lighthouse@${BENCH_TOOLS.lighthouse}`,
      `pagefind@${BENCH_TOOLS.pagefind}`,
    ]);
  });
});

describe('package.json', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<
    'dependencies' | 'devDependencies',
    Record<string, string>
  >;
  it('does not make npm ci fetch the bench-only tools', () => {
    for (const tool of Object.keys(BENCH_TOOLS))
      expect({ ...pkg.dependencies, ...pkg.devDependencies }, tool).not.toHaveProperty(tool);
  });
  it('keeps type packages out of the app dependencies', () => {
    expect(Object.keys(pkg.dependencies).filter((name) => name.startsWith('@types/'))).toEqual([]);
  });
});
