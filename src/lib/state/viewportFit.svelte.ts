import { textSize } from './textSize.svelte';

/**
 * Below this a diagram is too small to use; the page scrolls instead. Larger with the reader's
 * text size: at 特大 a sunburst this short could only show numbers in its sectors.
 */
const MIN_HEIGHT = 360;

/**
 * The height that lets a box reach exactly the bottom of the window from where it sits. A
 * diagram taller than the window would make the browser scroll the page whenever a node
 * under the fold takes focus, moving the diagram under the reader's pointer.
 */
export class ViewportFit {
  private top = $state(0);
  /** What the page has below the box (its padding, a footer): it must fit in the window too. */
  private below = $state(0);
  private viewport = $state(800);
  readonly height = $derived(Math.max(MIN_HEIGHT * textSize.scale, Math.floor(this.viewport - this.top - this.below)));

  /** An attachment: `{@attach fit.measure}` on the box. */
  measure = (el: HTMLElement) => {
    const update = () => {
      const r = el.getBoundingClientRect();
      this.top = r.top + window.scrollY;
      // From the bottom of the page's content, not its scrollHeight (never less than the window): a box
      // measured too short once (a plan's own page, before its text gives way) would count the empty
      // window under it as the page's and stay short.
      this.below = Math.max(0, document.body.getBoundingClientRect().bottom - r.bottom);
      this.viewport = window.innerHeight;
    };
    // No measuring now, in the middle of building the page (that would lay it out an extra time
    // before its first paint): the observer's first report comes after the layout, before the paint.
    // It reports again when what is above the box changes height (fonts arriving, text size, a warning).
    const ro = new ResizeObserver(update);
    ro.observe(document.documentElement);
    addEventListener('resize', update);
    return () => (ro.disconnect(), removeEventListener('resize', update));
  };
}
