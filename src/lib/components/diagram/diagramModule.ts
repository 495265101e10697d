import { afterPaintModule } from '../afterPaint';

/**
 * The diagrams (sunburst, tree, outline with d3 and BudouX), loaded apart from the page around
 * them and only after its first paint: their 45 KB would otherwise share a slow line with the
 * plan's words, which a reader sees first.
 */
export const diagramModule = afterPaintModule(() =>
  import('./PlanDiagram.svelte')
    // For the benchmark: drawing is timed from here (code and data in hand), as sunburst-chart's is.
    .then((m) => (globalThis.performance?.mark?.('diagram-code'), m)),
);
