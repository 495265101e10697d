import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { fitTransform } from '../layout/fitTransform';
import { fitLevels } from '../layout/fitLevels';
import type { TreeResult } from '../layout/treeLayout';

/** How long the tree glides to a new transform, ms (none when the user asks for less motion). */
const GLIDE_MS = 250;
/** Where a focused node is placed: a third in from the left, so its children show to its right. */
const FOCUS_X = 1 / 3;
/** Room left at the canvas's edges, px: less on a phone, where every pixel of width counts. */
const margin = (width: number) => (width < 500 ? 8 : 24);

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
  /**
   * The reader has put the view where they want it (dragged, zoomed, chose 全体表示, opened or
   * closed a branch): the app does not move it again until the focus changes.
   */
  held = false;
  private behavior: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  private svg: SVGSVGElement | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly reducedMotion: () => boolean) {}

  /** Attaches d3-zoom to the canvas; returns the detach for an $effect's cleanup. */
  attach(svg: SVGSVGElement): () => void {
    this.svg = svg;
    this.behavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.15, 4])
      .on('zoom', (e) => {
        this.transform = e.transform;
        if (e.sourceEvent) this.held = true;
      });
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
    this.held = false;
    this.gliding = !this.reducedMotion();
    this.behavior.transform(select(this.svg), next);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.gliding = false), GLIDE_MS + 50);
  }

  /** 全体表示: as much of the tree as fits with its text at `minScale` or more (see fitLevels). */
  fit(layout: TreeResult, width: number, height: number, minScale: number): void {
    this.moveTo(fitLevels(layout, width, height, minScale, margin(width)));
    this.held = true;
  }

  /** The first view: the open tree if it fits legibly, else its root at a legible size. */
  open(layout: TreeResult, width: number, height: number, minScale: number): void {
    this.moveTo(fitTransform(layout, width, height, { margin: margin(width), minScale, anchor: layout.items[0] }));
  }

  /**
   * Brings a node into view mid-height, a third of the width in (its children show to its
   * right), or further left when its label would reach past the edge; at the current scale,
   * or at `atLeast` (a first view, chosen by the app, is never below a legible size).
   */
  centre(node: { x: number; y: number; reach?: number }, width: number, height: number, atLeast = 0): void {
    const k = Math.max(this.transform.k, atLeast);
    const left = Math.max(
      margin(width),
      Math.min(width * FOCUS_X, width - margin(width) - (12 + (node.reach ?? 0)) * k),
    );
    this.moveTo(zoomIdentity.translate(left + 12 * k - node.x * k, height / 2 - node.y * k).scale(k));
  }

  zoomBy(k: number): void {
    this.held = true;
    if (this.behavior && this.svg) select(this.svg).call(this.behavior.scaleBy, k);
  }

  panBy(dx: number, dy: number): void {
    this.held = true;
    if (this.behavior && this.svg)
      select(this.svg).call(this.behavior.translateBy, dx / this.transform.k, dy / this.transform.k);
  }
}
