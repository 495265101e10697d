/**
 * The styles of <welfare-plan> as constructable stylesheets adopted by its shadow root. Svelte
 * puts a custom element's component styles in <style> elements, which a page's
 * `style-src 'self'` refuses (the element then drew unstyled, its diagram 240 × 240); adopted
 * sheets are not inline styles, so the element looks the same under any such policy.
 */
const sheets = new Map<string, CSSStyleSheet>();
const roots = new Set<ShadowRoot>();

/** A <welfare-plan>'s shadow root takes every component sheet, now and as components load. */
export function adoptInto(root: ShadowRoot | null): void {
  if (!root) return;
  roots.add(root);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets.values()];
}

/** Replaces Svelte's append_styles in the element build (see vite.config.ts): one sheet per component, adopted by every root. */
export function append_styles(_anchor: Node, css: { hash: string; code: string }): void {
  if (sheets.has(css.hash)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css.code);
  sheets.set(css.hash, sheet);
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
