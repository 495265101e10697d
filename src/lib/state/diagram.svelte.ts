import { createContext } from 'svelte';
import type { Box } from '../export/exportImage';

/** What an export needs from the view on screen: its SVG and the part of it to draw. */
export interface ExportSource {
  svg: SVGSVGElement;
  box: Box;
  /** The view pans and zooms its content: draw it untransformed. */
  untransformed: boolean;
  /** What the view draws off the SVG (the sunburst's canvas rings), as SVG for the picture, under the rest. */
  extra?: () => SVGGElement;
}

/**
 * The space a diagram has and what it can export, shared through context by the one view
 * switch (PlanDiagram) with the view inside it, in the manner of Layer Cake: the views draw,
 * the container measures.
 */
export class Diagram {
  width = $state(0);
  height = $state(0);
  /** Set by the view on screen; the outline has nothing to draw. */
  source: (() => ExportSource | null) | null = null;
}

export const [getDiagram, setDiagram] = createContext<Diagram>();
