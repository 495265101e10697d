import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { fitTransform } from '../layout/fitTransform';

type Box = { x0: number; x1: number; y0: number; y1: number };

/** How long the tree glides to a new transform, ms (none when the user asks for less motion). */
const GLIDE_MS = 250;
/** Never open a plan smaller than this: below it a label is no longer legible. */
const LEGIBLE_SCALE = 0.8;
/** Where a focused node is placed: a third in from the left, so its children show to its right. */
const FOCUS_X = 1 / 3;

/**
 * Pan and zoom of the tree view (mouse, touch, keys, buttons), as state the component draws.
 * The transform is written only by d3-zoom's handler and read by the markup; moves are
 * commands (fit, zoomBy, centre), never reactions to the transform, so focus and zoom cannot
 * feed each other.
 */
export class TreeZoom {
  transform = $state<ZoomTransform>(zoomIdentity);
  /** True for the moment a command glides the view (the component turns on a CSS transition). */
  gliding = $state(false);
  private behavior: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  private svg: SVGSVGElement | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly reducedMotion: () => boolean) {}

  /** Attaches d3-zoom to the canvas; returns the detach for an $effect's cleanup. */
  attach(svg: SVGSVGElement): () => void {
    this.svg = svg;
    this.behavior = zoom<SVGSVGElement, unknown>().scaleExtent([0.15, 4]).on('zoom', (e) => (this.transform = e.transform));
    select(svg).call(this.behavior).on('dblclick.zoom', null);
    return () => {
      select(svg).on('.zoom', null);
      clearTimeout(this.timer);
      this.behavior = null;
      this.svg = null;
    };
  }

  moveTo(next: ZoomTransform): void {
    if (!this.behavior || !this.svg) return;
    this.gliding = !this.reducedMotion();
    this.behavior.transform(select(this.svg), next);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.gliding = false), GLIDE_MS + 50);
  }

  fit(box: Box, width: number, height: number): void {
    this.moveTo(fitTransform(box, width, height));
  }

  /** The first view: the open tree if it fits legibly, else its root at a legible size. */
  open(box: Box, width: number, height: number, root: { x: number; y: number }): void {
    this.moveTo(fitTransform(box, width, height, { minScale: LEGIBLE_SCALE, anchor: root }));
  }

  /** Brings a node to a third of the width, mid-height, at the current scale. */
  centre(node: { x: number; y: number }, width: number, height: number): void {
    const k = this.transform.k;
    this.moveTo(zoomIdentity.translate(width * FOCUS_X - node.x * k, height / 2 - node.y * k).scale(k));
  }

  zoomBy(k: number): void {
    if (this.behavior && this.svg) select(this.svg).call(this.behavior.scaleBy, k);
  }

  panBy(dx: number, dy: number): void {
    if (this.behavior && this.svg) select(this.svg).call(this.behavior.translateBy, dx / this.transform.k, dy / this.transform.k);
  }
}
