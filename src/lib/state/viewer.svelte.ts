import { createContext } from 'svelte';
import type { Plan, PlanNode } from '../plan/schema';
import type { Router } from './router.svelte';
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
 * One focus, three views: the plan page's shared state. Focus, view and query live in the
 * URL (through the router); this class derives what the views need from it.
 */
export class Viewer {
  readonly plan: Plan;
  readonly index: NodeIndex;
  private readonly router: Router;
  private readonly defaultView: () => View;

  constructor(plan: Plan, router: Router, defaultView: () => View) {
    this.plan = plan;
    this.router = router;
    this.defaultView = defaultView;
    this.index = indexPlan(plan.root);
    this.requestedId = $derived(this.#route?.node ?? null);
    this.missingNode = $derived(this.requestedId !== null && !this.index.byId.has(this.requestedId));
    this.focus = $derived((this.requestedId && this.index.byId.get(this.requestedId)) || this.plan.root);
    this.view = $derived(this.#route?.view ?? this.defaultView());
    this.query = $derived(this.#route?.q ?? '');
    this.searchIndex = buildIndex(docsOf(plan));
    this.hits = $derived(this.query.trim() ? search(this.searchIndex, this.query, 2000).hits : []);
    this.matches = $derived(new Map(this.hits.map((h) => [h.doc.nodeId, h])));
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

  get #route() {
    const r = this.router.route;
    return r.name === 'plan' && r.planId === this.plan.id ? r : null;
  }

  /** The node id asked for in the URL, even when the plan has no such node. */
  requestedId: string | null;
  missingNode: boolean;
  focus: PlanNode;
  view: View;
  query: string;

  /** Root first, focus last. */
  path: PlanNode[];
  readonly searchIndex: SearchIndex;
  /** Search hits in this plan for the URL's q, best first. */
  hits: Hit[];
  matches: Map<string, Hit>;
  /** Matches and their ancestors: what stays bright while searching. */
  matchPaths: Set<string>;

  parent(n: PlanNode): PlanNode | null {
    return this.index.parentOf.get(n.id) ?? null;
  }

  #go(patch: { node?: string | null; view?: View; q?: string }, replace = false) {
    const r = this.#route;
    this.router.go(
      {
        name: 'plan',
        planId: this.plan.id,
        view: patch.view ?? r?.view ?? null,
        node: patch.node === undefined ? (r?.node ?? null) : patch.node,
        q: patch.q ?? r?.q ?? '',
      },
      { replace },
    );
  }

  focusOn(id: string): void {
    this.#go({ node: id === this.plan.root.id ? null : id });
  }

  zoomOut(): void {
    const p = this.parent(this.focus);
    if (p) this.focusOn(p.id);
  }

  setView(view: View): void {
    this.#go({ view });
  }

  /** Is a search running and this node neither a match nor on the way to one? */
  dimmed(id: string): boolean {
    return this.query.trim() !== '' && !this.matchPaths.has(id);
  }
}

export const [getViewer, setViewer] = createContext<Viewer>();
