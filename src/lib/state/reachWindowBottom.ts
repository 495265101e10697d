/** Never shorter than this, px: below it a diagram is too small to use, and the page scrolls. */
const MIN_HEIGHT = 320;
const MAX_HEIGHT = 640;
/** Room kept under the box, px (its card's padding). */
const GAP = 16;

/**
 * An attachment that sizes a box to reach the bottom of the window from where it sits, so
 * diagrams set side by side are seen whole without scrolling; between MIN_HEIGHT and
 * MAX_HEIGHT. Re-measured when the window or the page above the box changes size. Leaves
 * the box to its stylesheet on narrow screens (`narrowerThan`), where panels stack, and when it
 * starts too far down to reach the bottom at a usable height (a second row of panels).
 */
export function reachWindowBottom(narrowerThan = 761) {
  return (el: HTMLElement) => {
    const update = () => {
      const top = el.getBoundingClientRect().top + scrollY;
      if (innerWidth < narrowerThan || innerHeight - top - GAP < MIN_HEIGHT) return el.style.removeProperty('height');
      el.style.height = `${Math.round(Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, innerHeight - top - GAP)))}px`;
    };
    const ro = new ResizeObserver(update);
    ro.observe(document.body);
    addEventListener('resize', update);
    return () => {
      ro.disconnect();
      removeEventListener('resize', update);
    };
  };
}
