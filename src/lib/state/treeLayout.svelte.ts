import { untrack } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import { treeLayout, type TreeItem, type TreeResult } from '../layout/treeLayout';
import { treeColumns } from '../layout/treeColumns';
import { fitTransform } from '../layout/fitTransform';
import { deepestLegible } from '../layout/deepestLegible';
import { rollupBar, type BarSegment } from '../layout/rollupBar';
import { rollupParts } from '../progress/rollup';
import { TreeZoom } from './treeZoom.svelte';
import type { Viewer } from './viewer.svelte';
import type { ExportSource } from './diagram.svelte';

/** Label size at 標準: 16 px, larger than body text, for readers past 60. */
const BASE_FONT = 16;
/** No zoom the app chooses itself puts any tree text (labels, counts) under 14 px. */
export const LEGIBLE_PX = 14;
/** Narrower than this (a phone), 全体表示 may close branches: there is no room to show deep levels beside the top ones. */
const NARROW = 500;
/** Room around the whole tree in an export, px. */
const EXPORT_MARGIN = 8;
/** How far an arrow key pans, px; how much + and − zoom. */
const PAN_STEP = 60;
const ZOOM_STEP = 1.25;
/** A roll-up bar's length, px; the room a status takes right of the label before an opinion badge, px. */
export const ROLLUP_BAR = 64;
const STATUS_ROOM = 70;
/** A status badge starts this far right of the label's box; an opinion badge, this far. */
const STATUS_GAP = 6;
const BADGE_GAP = 12;

/** What a key on the canvas does: pan by (dx, dy), zoom by k, or 全体表示. */
export type TreeKeyAction = { pan: [number, number] } | { zoom: number } | 'fit';

/** The canvas's keys, as a map's: arrows pan, + and − zoom, 0 shows the whole. */
export function treeKey(key: string): TreeKeyAction | null {
  const keys: Record<string, TreeKeyAction> = {
    ArrowLeft: { pan: [PAN_STEP, 0] },
    ArrowRight: { pan: [-PAN_STEP, 0] },
    ArrowUp: { pan: [0, PAN_STEP] },
    ArrowDown: { pan: [0, -PAN_STEP] },
    '+': { zoom: ZOOM_STEP },
    '=': { zoom: ZOOM_STEP },
    '-': { zoom: 1 / ZOOM_STEP },
    '0': 'fit',
  };
  return keys[key] ?? null;
}

/** What the component around the state gives it: the canvas's size and the reader's text size. */
export interface TreeInputs {
  width: number;
  height: number;
  /** The reader's text size (標準 1). */
  scale: number;
  reducedMotion: boolean;
}

/**
 * The collapsible tree of one viewer's plan, as state its component draws: which branches are
 * open, the layout at the reader's text size, 全体表示 and the levels it closes on a phone, the
 * first view and the focus brought into view, keys, statuses and the export's box.
 */
export class TreeLayout {
  /** Open branches. It starts like the collapsible-tree anchors: two levels open. */
  readonly open: SvelteSet<string>;
  /** Placed, and the view moved there at least once (what tests and screenshots wait for, with the glide's end). */
  opened = $state(false);
  readonly zoom: TreeZoom;
  readonly font: number;
  /** Counts, statuses and opinion badges: a little smaller than labels, never under 14 px. */
  readonly small: number;
  /** Open branches plus the way to the focus and to every search match (readers ask for exactly this). */
  readonly expanded: Set<string>;
  readonly layout: TreeResult;
  /** The smallest zoom the app chooses itself. */
  readonly minScale: number;
  readonly maxDepth: number;
  private readonly options;
  private centredOn: string | null = null;

  constructor(
    readonly viewer: Viewer,
    private readonly inputs: () => TreeInputs,
  ) {
    const root = viewer.plan.root;
    this.open = new SvelteSet([root.id, ...root.children.map((c) => c.id)]);
    this.zoom = new TreeZoom(() => inputs().reducedMotion);
    this.maxDepth = viewer.tree.root.height;
    this.font = $derived(Math.round(BASE_FONT * inputs().scale));
    this.small = $derived(Math.max(LEGIBLE_PX, this.font - 2));
    this.minScale = $derived(LEGIBLE_PX / Math.min(this.font, this.small));
    this.expanded = $derived(this.withWays(this.open));
    this.options = $derived(treeColumns(inputs().width, this.font, inputs().scale));
    this.layout = $derived(treeLayout(root, this.expanded, this.options));
  }

  /** `ids` plus the way to the focus and to every match. */
  private withWays(ids: Iterable<string>): Set<string> {
    return new Set([...ids, ...this.viewer.path.map((n) => n.id), ...this.viewer.matchPaths]);
  }

  /** The levels above `depth` open, as 「n階層まで」 opens them. */
  private levelsAbove(depth: number): string[] {
    return this.viewer.tree
      .inOrder()
      .filter((d) => d.depth < depth && d.children)
      .map((d) => d.data.id);
  }

  /** Does the tree with the levels above `depth` open fit the canvas at a legible size? */
  private legibleTo(depth: number): boolean {
    const { width, height } = this.inputs();
    const layout = treeLayout(this.viewer.plan.root, this.withWays(this.levelsAbove(depth)), this.options);
    return fitTransform(layout, width, height).k >= this.minScale;
  }

  /**
   * 全体表示: when all that is open cannot be shown at a legible size, a phone's tree closes to
   * the most levels that can; a wider one keeps what the reader opened and shows the top levels
   * that fit (see fitLevels), the rest a pan away.
   */
  fit(): void {
    const { width, height } = this.inputs();
    if (width < NARROW && fitTransform(this.layout, width, height).k < this.minScale) {
      const depth = deepestLegible(this.maxDepth, (d) => this.legibleTo(d));
      if (depth !== null) this.setDepth(depth);
    }
    this.zoom.fit(this.layout, width, height, this.minScale);
  }

  /** Opens or closes a branch; the reader has moved the view. */
  toggle(id: string): void {
    this.zoom.held = true;
    if (this.open.has(id)) this.open.delete(id);
    else this.open.add(id);
  }

  /** 「n階層まで」: exactly the levels above `depth` open. */
  setDepth(depth: number): void {
    this.zoom.held = true;
    this.open.clear();
    for (const id of this.levelsAbove(depth)) this.open.add(id);
  }

  /**
   * For an $effect: a new focus (a click, a link, Back) or a new canvas size brings the focus
   * into view, and so does a layout that moves under it (a search's matches opening their
   * branches as the search code arrives), until the reader moves the view or opens a branch.
   * The transform is read untracked, so zooming never re-centres and a centring cannot trigger itself.
   */
  centreOnFocus(): void {
    const id = this.viewer.focus.id;
    const { items } = this.layout;
    const { width, height } = this.inputs();
    if (width < 10 || height < 10) return;
    untrack(() => {
      const item = items.find((i) => i.id === id);
      if (!item || (id === this.centredOn && this.zoom.held)) return;
      // A link to an item opens on that item; otherwise (or back at the root) on the plan's top.
      if (id === this.viewer.plan.root.id) this.zoom.open(this.layout, width, height, this.minScale);
      else this.zoom.centre(item, width, height, this.opened ? 0 : this.minScale);
      this.centredOn = id;
      this.opened = true;
    });
  }

  /** A key on the canvas: true when it panned, zoomed or fitted. */
  onCanvasKey(key: string): boolean {
    const act = treeKey(key);
    if (act === 'fit') this.fit();
    else if (act && 'pan' in act) this.zoom.panBy(...act.pan);
    else if (act) this.zoom.zoomBy(act.zoom);
    return act !== null;
  }

  /** A key on an item's label: Enter focuses it, Space opens or closes it; true when it did. */
  onItemKey(key: string, item: TreeItem): boolean {
    if (key === 'Enter') this.viewer.focusOn(item.id);
    else if (key === ' ' && item.hasChildren) this.toggle(item.id);
    else return false;
    return true;
  }

  /** The item's below-items as a roll-up bar (empty without one). */
  rollupOf(id: string): BarSegment[] {
    const rollup = this.viewer.rollupOf(id);
    const progress = this.viewer.progress;
    return rollup && progress ? rollupBar(rollupParts(rollup, progress.scale), ROLLUP_BAR) : [];
  }

  /** Where the item's status starts, right of its label. */
  statusX(item: TreeItem): number {
    return item.reach + STATUS_GAP;
  }

  /** Where an opinion badge beside the label starts: after the status, when there is one. */
  badgeX(item: TreeItem): number {
    const v = this.viewer;
    const status = v.progress && (v.gradeOf(item.id) || v.rollupOf(item.id));
    return item.reach + BADGE_GAP + (status ? STATUS_ROOM : 0);
  }

  /** The item's accessible name: its level, its label and its evaluation. */
  labelOf(item: TreeItem): string {
    const grade = this.viewer.gradeOf(item.id);
    return `${item.node.level} ${item.lines.join('')}${grade ? `、評価 ${grade.symbol}(${grade.words})` : ''}`;
  }

  /** What an export draws: the whole tree as it is open, not just the part in view. */
  exportSource(svg: SVGSVGElement): ExportSource {
    const { x0, x1, y0, y1 } = this.layout;
    const box = {
      x: x0 - EXPORT_MARGIN,
      y: y0 - EXPORT_MARGIN,
      width: x1 - x0 + 2 * EXPORT_MARGIN,
      height: y1 - y0 + 2 * EXPORT_MARGIN,
    };
    return { svg, box, untransformed: true };
  }
}
