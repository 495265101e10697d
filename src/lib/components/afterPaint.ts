/** A busy phone can show a painted frame a few frames later (measured: up to ~20 ms after the next frame). */
const SHOWN_AFTER_MS = 50;

/**
 * Resolves once what is on screen now has been painted and shown: a frame to paint it, one
 * more, then a little time for the screen to show it. At once in a hidden tab, which paints
 * nothing. For code the first view does not need: on a slow line it would share the line
 * with what the reader waits for.
 */
export const afterPaint = () =>
  new Promise<void>((done) =>
    document.visibilityState === 'hidden'
      ? done()
      : requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, SHOWN_AFTER_MS))),
  );

/**
 * A loader for code that follows the first paint: loaded once and shared by every caller; a
 * failed load (a dropped connection) is tried again by the next caller, not kept for the session.
 */
export function afterPaintModule<T>(load: () => Promise<T>): () => Promise<T> {
  let module: Promise<T> | null = null;
  return () => {
    if (!module) {
      module = afterPaint().then(load);
      module.catch(() => (module = null));
    }
    return module;
  };
}
