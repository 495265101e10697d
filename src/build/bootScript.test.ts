import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { pageChunks, pageFiles } from './bootScript';

const ROOT = '/app';
const at = (p: string) => `${ROOT}/${p}`;

/** A module graph as the bundler sees it: each module's static imports. */
function graph(edges: Record<string, string[]>) {
  return { getModuleInfo: (id: string) => ({ importedIds: edges[id] ?? [] }) };
}

describe('pageChunks', () => {
  const edges = {
    [at('src/main.ts')]: [at('src/App.svelte')],
    [at('src/App.svelte')]: [at('src/lib/state/parseRoute.ts')],
    [at('src/pages/PlanPage.svelte')]: [
      at('src/lib/components/PlanView.svelte'),
      at('src/lib/state/parseRoute.ts'),
      at('src/lib/state/viewer.svelte.ts'),
    ],
    [at('src/pages/ComparePage.svelte')]: [
      at('src/lib/components/compare/ThemeMatrix.svelte'),
      at('src/lib/components/compare/ThemeMatrix.svelte?svelte&type=style&lang.css'),
      at('src/lib/plan/themes.ts'),
      at('src/lib/layout/contrast.ts'),
    ],
    [at('src/lib/components/compare/ComparePanels.svelte')]: [
      at('src/lib/plan/themes.ts'),
      at('src/lib/state/viewer.svelte.ts'),
      at('src/lib/search/similar.ts'),
    ],
    [at('src/lib/search/similar.ts')]: [at('src/lib/text/fold.ts')],
    [at('src/pages/SearchPage.svelte')]: [at('src/lib/text/fold.ts')],
    [at('src/lib/components/diagram/PlanDiagram.svelte')]: [
      at('src/lib/layout/branchColor.ts'),
      at('src/lib/layout/contrast.ts'),
      at('node_modules/d3-zoom/index.js'),
    ],
    [at('src/lib/components/PlanView.svelte')]: [
      at('src/lib/layout/branchColor.ts'),
      at('src/lib/components/Message.svelte'),
    ],
    [at('src/pages/Gallery.svelte')]: [at('src/lib/components/Message.svelte')],
  };
  const name = pageChunks(ROOT);
  const ctx = graph(edges);

  it('leaves what the app already has to the app', () => {
    expect(name(at('src/lib/state/parseRoute.ts'), ctx)).toBeNull();
  });
  it('puts each page, the compare panels and the diagrams in one chunk of their own', () => {
    expect(name(at('src/lib/components/PlanView.svelte'), ctx)).toBe('plan');
    expect(name(at('src/lib/components/compare/ThemeMatrix.svelte'), ctx)).toBe('compare');
    expect(name(at('src/lib/search/similar.ts'), ctx)).toBe('comparePanels');
    expect(name(at('node_modules/d3-zoom/index.js'), ctx)).toBe('diagram');
  });
  it('keeps the compare page’s styles with its code, so its first view needs no plan-page file', () => {
    expect(name(at('src/lib/components/compare/ThemeMatrix.svelte?svelte&type=style&lang.css'), ctx)).toBe('compare');
  });
  it('keeps what the gallery shares with them out of their chunks (the first page needs none of them)', () => {
    expect(name(at('src/lib/components/Message.svelte'), ctx)).toBeNull();
  });
  it('gives code the plan page shares with the diagrams or the compare panels to the plan page', () => {
    expect(name(at('src/lib/layout/branchColor.ts'), ctx)).toBe('plan');
    expect(name(at('src/lib/state/viewer.svelte.ts'), ctx)).toBe('plan');
  });
  it('keeps code the compare page shares only with its panels (loaded after it) in the compare chunk', () => {
    expect(name(at('src/lib/plan/themes.ts'), ctx)).toBe('compare');
  });
  it('gives what the compare panels share with the search page a chunk of its own (the search page needs no compare code)', () => {
    expect(name(at('src/lib/text/fold.ts'), ctx)).toBe('text');
  });
  it('leaves code the compare page’s first view shares with the other pages to a small chunk of its own', () => {
    expect(name(at('src/lib/layout/contrast.ts'), ctx)).toBeNull();
  });
});

describe('pageFiles', () => {
  const chunk = (
    fileName: string,
    moduleIds: string[],
    imports: string[],
    css: string[] = [],
    size = 100,
    isEntry = false,
  ) =>
    ({
      type: 'chunk',
      fileName,
      moduleIds,
      imports,
      isEntry,
      code: 'x'.repeat(size),
      viteMetadata: { importedCss: new Set(css) },
    }) as unknown as Rolldown.OutputChunk;
  const bundle = Object.fromEntries(
    [
      chunk('assets/index.js', [at('src/main.ts')], [], ['assets/index.css'], 900, true),
      chunk(
        'assets/plan.js',
        [at('src/pages/PlanPage.svelte')],
        ['assets/index.js', 'assets/runtime.js'],
        ['assets/plan.css'],
        300,
      ),
      chunk('assets/runtime.js', [], [], [], 10),
      chunk('assets/compare.js', [at('src/pages/ComparePage.svelte')], ['assets/plan.js', 'assets/index.js']),
      chunk('assets/present.js', [at('src/pages/PresentPage.svelte')], ['assets/plan.js']),
      chunk('assets/search.js', [at('src/pages/SearchPage.svelte')], []),
      chunk('assets/import.js', [at('src/pages/ImportPage.svelte')], []),
      chunk('assets/gallery.js', [at('src/pages/Gallery.svelte')], []),
    ].map((c) => [c.fileName, c]),
  ) as Rolldown.OutputBundle;

  it('lists a page’s chunks and styles beyond the app’s: code first, the largest first', () => {
    const pages = pageFiles(bundle, ROOT);
    expect(pages.plan).toEqual(['assets/plan.js', 'assets/runtime.js', 'assets/plan.css']);
    expect(pages.compare).toEqual(['assets/plan.js', 'assets/compare.js', 'assets/runtime.js', 'assets/plan.css']);
  });
  it('stops the build when a page is in no chunk (renamed without telling the plugin)', () => {
    const { ['assets/search.js']: _, ...without } = bundle;
    expect(() => pageFiles(without as Rolldown.OutputBundle, ROOT)).toThrow(/SearchPage\.svelte is in no chunk/);
  });
});
