/**
 * Fits a box's text to the box: sets the largest font size (px, from `max` down to `min` in
 * steps) at which its content does not overflow. Never below `min`: what does not fit at the
 * smallest legible size is the caller's to continue elsewhere (a slide's 「(続き)」), never to
 * shrink. Re-fits when the box or its content changes size.
 * Used as an attachment: `{@attach fitText(64, 28)}`.
 */
export function fitText(max: number, min: number, step = 2) {
  return (el: HTMLElement) => {
    const overflows = () => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
    const fit = () => {
      let size = max;
      el.style.fontSize = `${size}px`;
      while (size > min && overflows()) {
        size = Math.max(min, size - step);
        el.style.fontSize = `${size}px`;
      }
    };
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    const mo = new MutationObserver(fit);
    mo.observe(el, { childList: true, subtree: true, characterData: true });
    fit();
    // Web fonts change the text's measure when they arrive.
    void document.fonts?.ready.then(fit);
    return () => (ro.disconnect(), mo.disconnect());
  };
}
