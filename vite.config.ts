import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// base './': the built site works from any sub-path of a plain static host (a council uploads dist/ as is).
export default defineConfig({
  base: './',
  publicDir: 'static',
  plugins: [svelte(), svelteTesting()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    globals: true,
  },
});
