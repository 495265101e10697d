// The element build's `svelte/internal/client` (vite.config.ts): Svelte's own, except that
// component styles become adopted stylesheets instead of <style> elements (see adoptStyles.ts).
// A local export takes precedence over the same name from `export *`.
import { active_effect, effect } from '../../node_modules/svelte/src/internal/client/index.js';
import { adoptSheet } from './adoptStyles.ts';

export * from '../../node_modules/svelte/src/internal/client/index.js';

/** As Svelte's append_styles: in an effect, so that the anchor is in the page when its root is asked. */
export function append_styles(anchor, css) {
  effect(() => {
    // Svelte's own walk up to the branch that created the component (its fragments start detached).
    const node = active_effect?.parent?.nodes?.start ?? anchor;
    adoptSheet(node.getRootNode(), css);
  });
}
