type DiagramModule = typeof import('./PlanDiagram.svelte');

let module: Promise<DiagramModule> | null = null;

/** A busy phone can show a painted frame a few frames later (measured: up to ~20 ms after the next frame). */
const SHOWN_AFTER_MS = 50;

/**
 * Resolves once what is on screen now has been painted and shown: a frame to paint it, one
 * more, then a little time for the screen to show it. At once in a hidden tab, which paints nothing.
 */
const afterPaint = () =>
  new Promise<void>((done) => (document.visibilityState === 'hidden' ? done() : requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, SHOWN_AFTER_MS)))));

/**
 * The diagrams (sunburst, tree, outline with d3 and BudouX), loaded apart from the page around
 * them and only after its first paint: on a slow line their 45 KB would otherwise share the
 * line with the plan's words, which a reader sees first.
 */
export const diagramModule = (): Promise<DiagramModule> => (module ??= afterPaint().then(() => import('./PlanDiagram.svelte')));
