import { createContext } from 'svelte';
import type { Plan, PlanNode } from '../plan/schema';
import type { View } from './parseRoute';
import { buildIndex, docsOf, type SearchIndex } from '../search/searchIndex';
import { search, type Hit } from '../search/search';

export interface NodeIndex {
  byId: Map<string, PlanNode>;
  parentOf: Map<string, PlanNode | null>;
}

export function indexPlan(root: PlanNode): NodeIndex {
  const byId = new Map<string, PlanNode>();
  const parentOf = new Map<string, PlanNode | null>();
  const visit = (n: PlanNode, p: PlanNode | null) => {
    byId.set(n.id, n);
    parentOf.set(n.id, p);
    n.children.forEach((c) => visit(c, n));
  };
  visit(root, null);
  return { byId, parentOf };
}

/**
 * Where a viewer's state lives. The plan page keeps it in its own route; each panel of the
 * compare page keeps it in the compare route. Reads are reactive (they read the router).
 */
export interface ViewerNav {
  focusId(): string | null;
  view(): View;
  query(): string;
  /** Nodes to highlight besides search hits (a theme chosen in the compare matrix). */
  highlight(): ReadonlySet<string> | null;
  go(patch: { node?: string | null; view?: View }): void;
}

/**
 * One focus, three views: the shared state of the diagrams that show one plan. The URL is the
 * source of truth (through a ViewerNav); this class derives what the views need from it.
 */
export class Viewer {
  readonly plan: Plan;
  readonly index: NodeIndex;
  private readonly nav: ViewerNav;
  #searchIndex: SearchIndex | null = null;
  /** Built on the first search, not on load: most visits never search. */
  get searchIndex(): SearchIndex {
    return (this.#searchIndex ??= buildIndex(docsOf(this.plan)));
  }

  /** The node id asked for in the URL, even when the plan has no such node. */
  requestedId: string | null;
  missingNode: boolean;
  focus: PlanNode;
  view: View;
  query: string;
  /** Root first, focus last. */
  path: PlanNode[];
  /** Search hits in this plan for the query, best first. */
  hits: Hit[];
  /** Highlighted nodes (search hits or a chosen theme) → ranges to mark in their titles. */
  matches: Map<string, [number, number][]>;
  /** Matches and their ancestors: what stays bright while highlighting. */
  matchPaths: Set<string>;

  constructor(plan: Plan, nav: ViewerNav) {
    this.plan = plan;
    this.nav = nav;
    this.index = indexPlan(plan.root);
    this.requestedId = $derived(this.nav.focusId());
    this.missingNode = $derived(this.requestedId !== null && !this.index.byId.has(this.requestedId));
    this.focus = $derived((this.requestedId && this.index.byId.get(this.requestedId)) || this.plan.root);
    this.view = $derived(this.nav.view());
    this.query = $derived(this.nav.query());
    this.hits = $derived(this.query.trim() ? search(this.searchIndex, this.query, 2000).hits : []);
    this.matches = $derived.by(() => {
      const m = new Map<string, [number, number][]>(this.hits.map((h) => [h.doc.nodeId, h.ranges]));
      for (const id of this.nav.highlight() ?? []) if (!m.has(id)) m.set(id, []);
      return m;
    });
    this.matchPaths = $derived.by(() => {
      const out = new Set<string>();
      for (const id of this.matches.keys()) for (let n = this.index.byId.get(id) ?? null; n && !out.has(n.id); n = this.index.parentOf.get(n.id) ?? null) out.add(n.id);
      return out;
    });
    this.path = $derived.by(() => {
      const out: PlanNode[] = [];
      for (let n: PlanNode | null = this.focus; n; n = this.index.parentOf.get(n.id) ?? null) out.unshift(n);
      return out;
    });
  }

  parent(n: PlanNode): PlanNode | null {
    return this.index.parentOf.get(n.id) ?? null;
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

  /** Is something highlighted and this node neither a match nor on the way to one? */
  dimmed(id: string): boolean {
    return this.matches.size > 0 && !this.matchPaths.has(id);
  }
}

export const [getViewer, setViewer] = createContext<Viewer>();
