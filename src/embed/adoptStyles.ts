/**
 * The styles of <welfare-plan> as constructable stylesheets adopted by its shadow root. Svelte
 * puts a custom element's component styles in <style> elements, which a page's
 * `style-src 'self'` refuses (the element then drew unstyled, its diagram 240 × 240); adopted
 * sheets are no inline styles, so the element looks the same under such a policy.
 */
const sheets = new Map<string, CSSStyleSheet>();

/** One component's CSS, once per page, adopted by the root (shadow root or document) it is drawn in. */
export function adoptSheet(root: Node, css: { hash: string; code: string }): void {
  if (!(root instanceof ShadowRoot || root instanceof Document)) return;
  let sheet = sheets.get(css.hash);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css.code);
    sheets.set(css.hash, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
