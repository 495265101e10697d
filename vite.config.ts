import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { execFileSync } from 'node:child_process';
import { bootScript } from './src/build/bootScript.ts';
import { serviceWorker } from './src/build/serviceWorker.ts';
import { singleFile } from './src/build/singleFile.ts';
import { planPages } from './src/build/planPages.ts';

/** Debian's Chromium: no browser is downloaded for the tests (see README). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const budoux = (file: string) => fileURLToPath(new URL(`node_modules/budoux/module/${file}`, import.meta.url));

const alias = [
  { find: /^budoux\/parser$/, replacement: budoux('parser.js') },
  { find: /^budoux\/ja$/, replacement: budoux('data/models/ja.js') },
];

// `vite build --mode element`: the <welfare-plan> custom element, a single ES module in dist/.
const element = defineConfig({
  plugins: [svelte({ compilerOptions: { customElement: true }, emitCss: false })],
  // Component styles as adopted stylesheets, not <style> elements a page's CSP refuses.
  resolve: {
    alias: [
      ...alias,
      {
        find: /^svelte\/internal\/client$/,
        replacement: fileURLToPath(new URL('src/embed/svelteClient.js', import.meta.url)),
      },
    ],
  },
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    lib: { entry: 'src/embed/element.ts', formats: ['es'], fileName: () => 'welfare-plan.js' },
  },
});

/**
 * pdf.js's Japanese CMaps and standard fonts, served by the app itself under pdfjs/ (never a
 * CDN): copied from the package into the build, and served from it by the dev server.
 */
function pdfjsAssets(): Plugin {
  const root = fileURLToPath(new URL('node_modules/pdfjs-dist/', import.meta.url));
  const dirs = ['cmaps', 'standard_fonts'];
  return {
    name: 'pdfjs-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /^\/pdfjs\/(cmaps|standard_fonts)\/([\w.-]+)$/.exec(req.url?.split('?')[0] ?? '');
        if (!m) return next();
        try {
          res.end(readFileSync(join(root, m[1], m[2])));
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const dir of dirs) {
        for (const f of readdirSync(join(root, dir))) {
          if (f.endsWith('.bcmap') || dir === 'standard_fonts')
            this.emitFile({ type: 'asset', fileName: `pdfjs/${dir}/${f}`, source: readFileSync(join(root, dir, f)) });
        }
      }
    },
  };
}

/**
 * The sharded search index (src/lib/search/shards/), written into the build (dist/search/) and
 * served by the dev server. A tsx child process writes it (src/cli/writeSearchIndex.ts), so this
 * config imports no TypeScript of the app.
 */
function searchShards(plansDir = 'static/plans'): Plugin {
  const write = (out: string) =>
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/writeSearchIndex.ts', plansDir, out, 'static/search/readings.json'],
      { stdio: 'inherit' },
    );
  const devDir = resolve('node_modules/.cache/search-index');
  let written = false;
  return {
    name: 'search-shards',
    configureServer(server) {
      server.watcher.on('change', (f) => f.includes(plansDir) && (written = false));
      server.middlewares.use((req, res, next) => {
        const m = /^\/search\/([\w/.-]+)$/.exec(req.url?.split('?')[0] ?? '');
        if (!m || m[1].includes('..')) return next();
        if (!written) {
          write(devDir);
          written = true;
        }
        try {
          res.end(readFileSync(join(devDir, m[1])));
        } catch {
          next();
        }
      });
    },
    writeBundle(options) {
      write(join(options.dir ?? 'dist', 'search'));
    },
  };
}

// base './': the built site works from any sub-path of a plain static host (a council uploads dist/ as is).
const app = defineConfig({
  base: './',
  publicDir: 'static',
  plugins: [svelte(), pdfjsAssets(), searchShards(), singleFile(), bootScript(), serviceWorker(), planPages()],
  worker: { format: 'es' },
  // BudouX's entry bundles four languages' models and an HTML processor; we need the parser and Japanese.
  resolve: { alias },
  build: { target: 'es2022', sourcemap: false },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        // Svelte's browser entry points (svelte, svelte/reactivity), as the app runs them.
        resolve: { conditions: ['browser'] },
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: ['src/**/*.browser.test.ts'],
          // Node, with Svelte compiled and resolved for the client (effects run, deriveds are kept) as in the app.
          environment: './tests/svelteClientEnvironment.ts',
        },
      },
      {
        // Components whose behaviour depends on layout (sizes, zoom, label fitting) run in a real browser.
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'component',
          include: ['src/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] },
            }),
            instances: [{ browser: 'chromium', viewport: { width: 1280, height: 800 } }],
            screenshotFailures: false,
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A page loads its code in chunks (search, diagrams): on a busy CI machine a state a
          // person waits a moment for can take longer than expect.poll's default 1 s.
          expect: { poll: { timeout: 8_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});

export default defineConfig(({ mode }) => (mode === 'element' ? element : app));
