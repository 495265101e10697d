import type { Environment } from 'vitest/environments';

/**
 * Node, with Svelte as the browser runs it: Vite compiles `.svelte.ts` for the client (effects
 * run, deriveds are memoised) when the test environment is Vite's client one, not its SSR one.
 * The state classes' tests need that; Node's APIs stay as they are.
 */
export default <Environment>{
  name: 'svelte-client',
  viteEnvironment: 'client',
  setup: () => ({ teardown() {} }),
};
