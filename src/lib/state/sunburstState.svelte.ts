import { ROOT_LEVEL } from '../plan/hierarchy';
import { partition, type Cell } from '../layout/partition';
import { windowOf, type ZoomWindow } from '../layout/zoomWindow';
import { arcPath } from '../layout/arcPath';
import { fitLabel, type LabelFit } from '../layout/fitLabel';
import { MIN_LABEL_PX } from '../layout/arcLabel';
import { denseDepths } from '../layout/denseDepths';
import { indexSectors, sectorAt, type SectorIndex } from '../layout/sectorAt';
import { sunburstLayers, type Placed } from '../layout/sunburstLayers';
import { sectorStyle, type SectorStyle } from '../layout/sectorStyle';
import { discSize, EDGE, sunburstRings } from '../layout/sunburstRings';
import { rollupBands } from '../layout/rollupBands';
import { badgeAt, sunburstLabels } from '../layout/sunburstLabels';
import type { PaintedBand, PaintedSector } from '../components/diagram/drawSectors';
import type { Viewer } from './viewer.svelte';
import type { ExportSource } from './diagram.svelte';
import { denseSvg } from '../components/diagram/denseSvg';

/** A plan with more cells than this is big: only what is in view is placed (see sunburstLayers). */
export const BIG_PLAN = 1500;
/** An opinion badge's size against the smallest label: never under 14 px, larger with the labels. */
const BADGE_SCALE = 0.6;
const MIN_BADGE = 14;
/** A sector as the SVG draws it: where it is this frame, its path and how it looks. */
export type Arc = Placed & { d: string; style: SectorStyle };

/** What the component around the state gives it: the room it has and the reader's sizes. */
export interface SunburstInputs {
  width: number;
  height: number;
  maxRings: number;
  /** Label sizes at the reader's text size, largest first. */
  labelSizes: number[];
  /** The centre title's largest and smallest size. */
  centreFont: [number, number];
  /** The frame of a zoom on its way to `target` (the component animates it); absent: where it ends. */
  frame?: ZoomWindow;
}

/** What a key does on a sector: zoom into it, or back up to its parent. */
export function sectorKey(key: string): 'in' | 'up' | null {
  if (key === 'Enter' || key === ' ') return 'in';
  if (key === 'Escape' || key === 'Backspace') return 'up';
  return null;
}

/**
 * The zoomable sunburst of one viewer's plan, as state its component draws: the zoom and its
 * animation, the rings' geometry, what is SVG and what is canvas, every sector's look (one
 * decision for both), the labels, the hover card and what is under the pointer.
 */
export class SunburstState {
  /** The legend's height under the disc (measured: it wraps on a narrow card). */
  legendHeight = $state(0);
  /** Sectors paint first; labels follow a frame later, so a big plan appears at once. */
  painted = $state(false);
  canvasDrawn = $state(false);
  /** The sector under the pointer (a hover card shows its full title), relative to the box. */
  hover = $state<{ id: string; x: number; y: number } | null>(null);
  /** The pointer is over a canvas sector (the cursor says it can be clicked). */
  overCanvas = $state(false);

  readonly size: number;
  readonly cells;
  readonly focusCell;
  /**
   * The cell the disc centres on: the focus, or, for an item with nothing under it, its parent.
   * A chosen leaf stays in its ring, marked, with its siblings around it and the way back in
   * the centre; zoomed into, it would fill the disc as a lone circle.
   */
  readonly centreCell;
  readonly target;
  readonly settled: boolean;
  readonly geometry;
  readonly arcs: Arc[];
  readonly bands: (PaintedBand & { id: string; d: string })[];
  readonly canvasBands: PaintedBand[];
  readonly paintList: PaintedSector[];
  readonly labels;
  readonly drawn: boolean;
  /** The centre's title, as large as fits the hole. */
  readonly centre: LabelFit;
  /** Where the zoom is this frame. */
  readonly frame: ZoomWindow;
  private hits: { of: PaintedSector[]; index: SectorIndex<PaintedSector> } | null = null;

  constructor(
    readonly viewer: Viewer,
    private readonly inputs: () => SunburstInputs,
  ) {
    this.size = $derived(discSize(inputs().width, inputs().height, this.legendHeight));
    this.cells = $derived(partition(viewer.tree.root));
    this.focusCell = $derived(this.cells.find((c) => c.id === viewer.focus.id) ?? this.cells[0]);
    this.centreCell = $derived(this.centreOf(this.focusCell));
    this.target = $derived(windowOf(this.centreCell));
    this.frame = $derived(inputs().frame ?? this.target);
    this.settled = $derived(
      this.frame.x0 === this.target.x0 && this.frame.x1 === this.target.x1 && this.frame.depth === this.target.depth,
    );
    this.geometry = $derived.by(() => {
      const levelsBelow = viewer.tree.at(this.centreCell.id)?.height ?? 0;
      return sunburstRings(this.size, inputs().maxRings, levelsBelow, this.minFont);
    });
    const layers = $derived.by(() => this.layersNow());
    this.arcs = $derived(
      layers.svg.map((a) => ({ ...a, d: a.visible ? arcPath(a.a0, a.a1, a.r0, a.r1) : '', style: this.styleOf(a) })),
    );
    this.bands = $derived(this.bandsOf(this.arcs).map((b) => ({ ...b, d: arcPath(b.a0, b.a1, b.r0, b.r1) })));
    this.canvasBands = $derived(this.bandsOf(layers.canvas));
    this.paintList = $derived(
      layers.canvas.map((a) => ({ id: a.c.id, a0: a.a0, a1: a.a1, r0: a.r0, r1: a.r1, ...this.styleOf(a) })),
    );
    this.drawn = $derived(!this.paintList.length || this.canvasDrawn);
    // Laid out once for where the zoom ends, not on every frame of it.
    this.labels = $derived(
      this.painted ? sunburstLabels(this.cells, this.target, this.geometry, inputs().labelSizes) : [],
    );
    this.centre = $derived(this.centreNow());
  }

  /** The smallest label size: rings, badges and labels are sized from it. */
  get minFont(): number {
    const sizes = this.inputs().labelSizes;
    return sizes[sizes.length - 1];
  }

  get badgeSize(): number {
    return Math.max(MIN_BADGE, Math.round(this.minFont * BADGE_SCALE));
  }

  /** How far from the centre sectors and their outlines reach (the canvas covers that). */
  get reach(): number {
    return this.geometry.hole + this.geometry.rings * this.geometry.ring + EDGE;
  }

  /** The zoom has ended and everything is drawn: what tests and screenshots wait for. */
  get complete(): boolean {
    return this.settled && this.painted && this.drawn;
  }

  /** The centre's 「▲ 戻る」 hint, a little smaller than its title, never under the diagrams' 14 px floor. */
  get hintFont(): number {
    return Math.max(MIN_LABEL_PX, this.inputs().centreFont[1] * 0.8);
  }

  get canGoUp(): boolean {
    return this.centreCell.parentId !== null;
  }

  /** The chosen item when it is a leaf drawn in its ring (the centre is its parent), else null. */
  get chosenLeaf(): string | null {
    return this.centreCell === this.focusCell ? null : this.focusCell.id;
  }

  private centreOf(cell: Cell): Cell {
    if (cell.node.children.length || cell.parentId === null) return cell;
    return this.cells.find((c) => c.id === cell.parentId) ?? cell;
  }

  /** Back up one level from what the disc shows: the centre's parent becomes the focus. */
  goUp(): void {
    const up = this.centreCell.parentId;
    if (up !== null) this.viewer.focusOn(up);
  }

  private layersNow() {
    const { rings, hole, ring } = this.geometry;
    // Level of detail for big plans (thousands of items): see sunburstLayers.
    const big = this.cells.length > BIG_PLAN;
    const dense = big ? denseDepths(this.cells, this.target, rings, (k) => hole + (k - 0.5) * ring) : new Set<number>();
    return sunburstLayers(this.cells, this.frame, this.target, {
      rings,
      hole,
      ring,
      big,
      dense,
      settled: this.settled,
      focusId: this.centreCell.id,
    });
  }

  private styleOf(a: Placed): SectorStyle {
    const v = this.viewer;
    return sectorStyle(a.c, {
      rank: v.gradeOf(a.c.id)?.rank ?? null,
      match: v.matches.has(a.c.id),
      dim: v.dimmed(a.c.id),
    });
  }

  private bandsOf(list: readonly Placed[]) {
    const progress = this.viewer.progress;
    return progress ? rollupBands(list, (id) => this.viewer.rollupOf(id), progress.scale, this.centreCell.id) : [];
  }

  private centreNow(): LabelFit {
    const [maxFont, minFont] = this.inputs().centreFont;
    const hole = this.geometry.hole;
    return (
      fitLabel(this.centreCell.node.title, hole * 1.45, hole * 1.2, { maxFont, minFont }) ?? {
        lines: [],
        fontSize: minFont,
        complete: false,
      }
    );
  }

  /** The centre's accessible name: where it goes back to, or the plan's vision at the top. */
  get centreLabel(): string {
    const v = this.viewer;
    const centre = this.centreCell.node;
    const shown = this.centre.lines.join('');
    if (this.canGoUp) return `▲ 戻る ${shown}(ひとつ上の「${v.parent(centre)?.title}」へ。今の項目: ${v.focus.title})`;
    return `${ROOT_LEVEL}: ${shown}${this.centre.complete ? '' : `(全文: ${centre.title})`}`;
  }

  /** The opinion badges of the sectors in view, on their outer edges. */
  get badges(): { id: string; x: number; y: number }[] {
    const shown = this.arcs.filter((a) => a.visible && a.c.id !== this.centreCell.id);
    const rim = Math.max(0, ...shown.map((a) => a.r1));
    return shown.map((a) => ({ id: a.c.id, ...badgeAt(a, rim, this.badgeSize) }));
  }

  /** The canvas sector at (x, y) from the disc's centre; the index is rebuilt only when the list changes. */
  canvasSectorAt(x: number, y: number): PaintedSector | null {
    if (!this.paintList.length) return null;
    if (this.hits?.of !== this.paintList) this.hits = { of: this.paintList, index: indexSectors(this.paintList) };
    return sectorAt(this.hits.index, x, y);
  }

  /** The pointer moved over the disc's background, at `p` from its centre and `at` in the box: a canvas sector there shows its tip (to a mouse). */
  pointerOnDisc(p: { x: number; y: number }, at: { x: number; y: number }, mouse: boolean): void {
    const s = this.canvasSectorAt(p.x, p.y);
    this.overCanvas = s !== null;
    this.hover = s && mouse ? { id: s.id, ...at } : null;
  }

  /** A click on the disc's background, at `p` from its centre: a canvas sector there is zoomed into. */
  clickOnDisc(p: { x: number; y: number }): void {
    const s = this.canvasSectorAt(p.x, p.y);
    if (s) this.zoomInto(s.id);
  }

  /** What an export draws: the SVG, and the canvas part as paths (built only then) added to the picture's copy. */
  exportSource(svg: SVGSVGElement, uid: string): ExportSource {
    const size = this.size;
    const extra = this.paintList.length ? { extra: () => denseSvg(this.paintList, this.canvasBands, uid) } : {};
    return { svg, box: { x: -size / 2, y: -size / 2, width: size, height: size }, untransformed: false, ...extra };
  }

  /** Zooms into a sector; the hover card goes (the sector under the pointer moves). */
  zoomInto(id: string): void {
    this.hover = null;
    this.overCanvas = false;
    this.viewer.focusOn(id);
  }

  /** A key on a sector: what it did (zoomed in: the keyboard then moves to the centre). */
  onSectorKey(key: string, id: string): 'in' | 'up' | null {
    const act = sectorKey(key);
    if (act === 'in') this.viewer.focusOn(id);
    if (act === 'up') this.goUp();
    return act;
  }

  /** A key on the centre: any of the sector keys goes up, when there is an up. */
  onCentreKey(key: string): boolean {
    if (!sectorKey(key) || !this.canGoUp) return false;
    this.goUp();
    return true;
  }
}
