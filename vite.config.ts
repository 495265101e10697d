import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { fileURLToPath } from 'node:url';

const budoux = (file: string) => fileURLToPath(new URL(`node_modules/budoux/module/${file}`, import.meta.url));

const alias = [
  { find: /^budoux\/parser$/, replacement: budoux('parser.js') },
  { find: /^budoux\/ja$/, replacement: budoux('data/models/ja.js') },
];

// `vite build --mode element`: the <welfare-plan> custom element, a single ES module in dist/.
const element = defineConfig({
  plugins: [svelte({ compilerOptions: { customElement: true }, emitCss: false })],
  resolve: { alias },
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    lib: { entry: 'src/embed/element.ts', formats: ['es'], fileName: () => 'welfare-plan.js' },
  },
});

// base './': the built site works from any sub-path of a plain static host (a council uploads dist/ as is).
const app = defineConfig({
  base: './',
  publicDir: 'static',
  plugins: [svelte(), svelteTesting()],
  // BudouX's entry bundles four languages' models and an HTML processor; we need the parser and Japanese.
  resolve: { alias },
  build: { target: 'es2022', sourcemap: false },
  test: {
    globals: true,
    setupFiles: ['tests/setup.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

export default defineConfig(({ mode }) => (mode === 'element' ? element : app));
