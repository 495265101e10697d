// The element build's `svelte/internal/client` (vite.config.ts): Svelte's own, except that
// component styles are adopted stylesheets instead of <style> elements (see adoptStyles.ts).
// A local export takes precedence over the same name from `export *`.
export * from '../../node_modules/svelte/src/internal/client/index.js';
export { append_styles } from './adoptStyles.ts';
