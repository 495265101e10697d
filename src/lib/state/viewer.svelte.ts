import { createContext } from 'svelte';
import type { Plan, PlanNode } from '../plan/schema';
import { PlanTree } from '../plan/hierarchy';
import type { View } from './parseRoute';
import type { Hit } from '../search/search';
import type { PlanProgress, ProgressView } from './planProgress.svelte';
import { gradeOf, type Grade } from '../progress/scales';
import type { Rollup } from '../progress/rollup';

/**
 * Where a viewer's state lives. The plan page keeps it in its own route; each panel of the
 * compare page keeps it in the compare route; a presentation, in its route, in step with the
 * presenter view; the custom element, in itself (see the nav factories beside this file).
 */
export interface ViewerNav {
  focusId(): string | null;
  view(): View;
  query(): string;
  /** Nodes to highlight besides search hits (a theme chosen in the compare matrix). */
  highlight(): ReadonlySet<string> | null;
  /** The progress year asked for (null: the latest loaded). Only the plan page keeps one. */
  year?(): number | null;
  go(patch: { node?: string | null; view?: View; year?: number | null }): void;
}

/** Searches one plan, best first. Given by pages that search; the custom element has none. */
export type PlanSearch = (query: string) => Hit[];

/**
 * One focus, three views: the shared state of the diagrams that show one plan, over the
 * plan's one hierarchy. The URL is the source of truth (through a ViewerNav); this class
 * derives what the views need from it.
 */
export class Viewer {
  readonly plan: Plan;
  readonly tree: PlanTree;
  private readonly nav: ViewerNav;

  /** The node id asked for in the URL, even when the plan has no such node. */
  readonly requestedId: string | null;
  readonly missingNode: boolean;
  readonly focus: PlanNode;
  readonly view: View;
  readonly query: string;
  /** Root first, focus last. */
  readonly path: PlanNode[];
  /** Search hits in this plan for the query, best first. */
  readonly hits: Hit[];
  /** Highlighted nodes (search hits or a chosen theme) → ranges to mark in their titles. */
  readonly matches: Map<string, [number, number][]>;
  /** Matches and their ancestors: what stays bright while highlighting. */
  readonly matchPaths: Set<string>;
  /** The plan's loaded evaluations, if any, for the year shown. */
  readonly progress: ProgressView | null;
  /** Where the evaluations live (the progress panel loads and clears them). */
  readonly progressStore: PlanProgress | null;

  constructor(
    plan: Plan,
    nav: ViewerNav,
    {
      search = null,
      progress = null,
      tree = new PlanTree(plan.root),
    }: { search?: PlanSearch | null; progress?: ((tree: PlanTree) => PlanProgress) | null; tree?: PlanTree } = {},
  ) {
    this.plan = plan;
    this.nav = nav;
    this.tree = tree;
    this.progressStore = progress ? progress(tree) : null;
    this.progress = $derived(this.progressStore?.view(this.nav.year?.() ?? null) ?? null);
    this.requestedId = $derived(this.nav.focusId());
    this.missingNode = $derived(this.requestedId !== null && !this.tree.has(this.requestedId));
    this.focus = $derived((this.requestedId && this.tree.node(this.requestedId)) || this.plan.root);
    this.view = $derived(this.nav.view());
    this.query = $derived(this.nav.query());
    this.hits = $derived(this.query.trim() && search ? search(this.query) : []);
    this.matches = $derived.by(() => {
      const m = new Map<string, [number, number][]>(this.hits.map((h) => [h.doc.nodeId, h.ranges]));
      for (const id of this.nav.highlight() ?? []) if (!m.has(id)) m.set(id, []);
      return m;
    });
    this.matchPaths = $derived(
      new Set(
        [...this.matches.keys()].flatMap(
          (id) =>
            this.tree
              .at(id)
              ?.ancestors()
              .map((d) => d.data.id) ?? [],
        ),
      ),
    );
    this.path = $derived(this.tree.path(this.focus));
  }

  parent(n: PlanNode): PlanNode | null {
    return this.tree.parent(n);
  }

  focusOn(id: string): void {
    this.nav.go({ node: id === this.plan.root.id ? null : id });
  }

  zoomOut(): void {
    const p = this.parent(this.focus);
    if (p) this.focusOn(p.id);
  }

  setView(view: View): void {
    this.nav.go({ view });
  }

  setYear(year: number | null): void {
    this.nav.go({ year });
  }

  /** The item's evaluation in the year shown, if it has one. */
  gradeOf(id: string): Grade | null {
    const e = this.progress?.statuses.get(id);
    return e && this.progress ? (gradeOf(this.progress.scale, e.symbol) ?? null) : null;
  }

  /** How the evaluated items below this one stand, if any are. */
  rollupOf(id: string): Rollup | null {
    return this.progress?.rollups.get(id) ?? null;
  }

  /** Is something highlighted and this node neither a match nor on the way to one? */
  dimmed(id: string): boolean {
    return this.matches.size > 0 && !this.matchPaths.has(id);
  }
}

export const [getViewer, setViewer] = createContext<Viewer>();
