/**
 * A Vite plugin (build only): index.html gets a small external boot script (src/boot.ts) that
 * starts a shared link's page code, styles and plans beside the app's own code. The build
 * knows each page's chunk file names; it hands them to the script in a data attribute, so
 * the script itself stays the same from build to build (and cacheable), and nothing is inline.
 */
import { join, resolve } from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { PAGE_NAMES, pageModule, type PageName } from '../pages/routeNeeds';
import type { BootTable } from './bootTable';
import { classicScript, indexHtmlPlugin, publishedIds } from './indexHtmlPlugin';

/** The module behind each page, from the route table. */
const PAGE_MODULES = Object.fromEntries(PAGE_NAMES.map((name) => [name, pageModule(name)])) as Record<PageName, string>;

/**
 * Modules loaded apart from the pages that show them, after the first paint: the diagrams, and
 * the compare page's panels. Each keeps its own chunk.
 */
const DIAGRAM_MODULE = 'src/lib/components/diagram/PlanDiagram.svelte';
const COMPARE_PANELS = 'src/lib/components/compare/ComparePanels.svelte';

/**
 * Parts only ever loaded after another part: code they share with it goes with it (it is there
 * already when they load), not into a chunk that would make the other wait.
 */
const LOADS_AFTER: Record<string, string> = { comparePanels: 'compare' };

type ModuleInfo = { importedIds: readonly string[] };

/** A module and all it imports statically. */
function staticClosure(id: string, info: (id: string) => ModuleInfo | null, seen = new Set<string>()): Set<string> {
  if (seen.has(id)) return seen;
  seen.add(id);
  for (const dep of info(id)?.importedIds ?? []) staticClosure(dep, info, seen);
  return seen;
}

/**
 * One chunk each for the plan page, the compare page, its panels and the diagrams (what a shared
 * link opens): everything each imports statically that the app does not already have. Code that
 * several share goes with the plan page, which the diagrams and the panels import anyway; code
 * the compare page shares only with its panels stays with the compare page, so its first view
 * (heading, picker, theme matrix) waits for no plan-page code. Left to itself the bundler cuts
 * the shared code into a dozen chunks of 1 KB; over HTTP/1.1 (six connections) on a slow line
 * each costs a round trip before a shared link can show. The other pages import from these and
 * keep the bundler's own split; so does what the gallery (the first page) shares with them.
 */
export function pageChunks(root: string) {
  let groupOf: Map<string, string> | null = null;
  const parts = {
    plan: PAGE_MODULES.plan,
    compare: PAGE_MODULES.compare,
    comparePanels: COMPARE_PANELS,
    diagram: DIAGRAM_MODULE,
  };
  return (id: string, ctx: { getModuleInfo(id: string): ModuleInfo | null }): string | null => {
    if (!groupOf) {
      groupOf = new Map();
      const info = (m: string) => ctx.getModuleInfo(m);
      const app = staticClosure(resolve(root, 'src/main.ts'), info);
      // What the gallery shares with the other pages (its cards, messages, prefectures) stays out of
      // their chunks: the first page would otherwise wait for the plan and compare pages' code.
      const gallery = staticClosure(resolve(root, PAGE_MODULES.gallery), info);
      const reach = Object.entries(parts).map(
        ([name, source]) => [name, staticClosure(resolve(root, source), info)] as const,
      );
      // The other pages (search, import, presentation) take what they share with these from them,
      // but not from the compare panels (which would bring the compare and plan pages along): what
      // they share with the panels (folding, readings, the search index) is one chunk of its own.
      const others = (['search', 'import', 'present'] as const).map((p) =>
        staticClosure(resolve(root, PAGE_MODULES[p]), info),
      );
      for (const [, modules] of reach) {
        for (const m of modules) {
          if (app.has(m) || gallery.has(m)) continue;
          const reachedBy = reach.filter(([, r]) => r.has(m)).map(([name]) => name);
          const owners = reachedBy.filter((name) => !reachedBy.includes(LOADS_AFTER[name]));
          // Shared with the compare page's first view: the bundler's own small chunk, so that view waits for no plan-page code.
          if (owners.length > 1 && owners.includes('compare')) continue;
          if (owners[0] === 'comparePanels' && others.some((o) => o.has(m))) groupOf.set(m, 'text');
          else groupOf.set(m, owners.length > 1 ? 'plan' : owners[0]);
        }
      }
    }
    return groupOf.get(id) ?? null;
  };
}

type Chunk = Rolldown.OutputChunk & { viteMetadata?: { importedCss: Set<string> } };

/** A chunk and everything it imports statically (what must arrive before it runs). */
function closure(bundle: Rolldown.OutputBundle, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const chunk = bundle[file];
  if (chunk?.type === 'chunk') for (const dep of chunk.imports) closure(bundle, dep, seen);
  return seen;
}

/** Each page's chunks and styles beyond the app's own, in the order they are needed. */
export function pageFiles(bundle: Rolldown.OutputBundle, root: string): BootTable['pages'] {
  const chunks = Object.values(bundle).filter((c): c is Chunk => c.type === 'chunk');
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('bootScript: the build has no entry chunk');
  const app = closure(bundle, entry.fileName);
  const pages: BootTable['pages'] = {};
  for (const [name, source] of Object.entries(PAGE_MODULES) as [PageName, string][]) {
    const id = resolve(root, source);
    const chunk = chunks.find((c) => c.moduleIds.includes(id));
    if (!chunk) throw new Error(`bootScript: ${source} is in no chunk (was it renamed? see PAGE_MODULES)`);
    const own = [...closure(bundle, chunk.fileName)].filter((f) => !app.has(f));
    const css = own.flatMap((f) => [...((bundle[f] as Chunk).viteMetadata?.importedCss ?? [])]);
    // Code first, largest first: the longest downloads start first (six connections at most).
    const size = (f: string) => (bundle[f] as Chunk).code.length;
    pages[name] = [...new Set([...own.toSorted((a, b) => size(b) - size(a)), ...css])];
  }
  return pages;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/'/g, '&#39;');

export function bootScript(): Plugin {
  return indexHtmlPlugin(
    'boot-script',
    async function (bundle, html, { root, publicDir }) {
      const table: BootTable = {
        pages: pageFiles(bundle, root),
        plans: publicDir ? publishedIds(join(publicDir, 'plans')) : [],
      };
      // A classic script: it must run before the app, without imports.
      const ref = this.emitFile({
        type: 'asset',
        name: 'boot.js',
        source: await classicScript(root, 'src/boot.ts', 'welfarePlanBoot'),
      });
      const tag = `<script src="./${this.getFileName(ref)}" data-routes='${escapeAttr(JSON.stringify(table))}'></script>`;
      // First in <head>'s scripts: it runs while the app's module (found by the preload scanner) downloads.
      html.source = String(html.source).replace(/(\s*)(<script type="module")/, `$1${tag}$1$2`);
    },
    {
      config: (config) => ({
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                includeDependenciesRecursively: false,
                groups: [{ name: pageChunks(config.root ?? process.cwd()), debugName: 'pages' }],
              },
            },
          },
        },
      }),
    },
  );
}
