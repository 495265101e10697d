import { tick } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import type { PlanNode } from '../plan/schema';
import { openNodes } from '../plan/hierarchy';
import type { Viewer } from './viewer.svelte';

/**
 * The outline's open branches and its keyboard, as the WAI-ARIA tree pattern asks: ↑ ↓ move,
 * → opens or goes to the first child, ← closes or goes to the parent, Home / End, * opens the
 * siblings, Enter and Space choose. One item at a time is in the tab order (roving tabindex).
 */
export class OutlineState {
  /** Everything starts open: the outline is the complete text of the plan. */
  private readonly collapsed = new SvelteSet<string>();
  private active = $state<string | null>(null);
  private readonly focusPath: Set<string>;
  readonly rows;
  readonly activeId: string;

  constructor(
    private readonly viewer: Viewer,
    /** Moves the browser's focus to the item (the component knows its DOM). */
    private readonly focusItem: (id: string) => void,
  ) {
    this.focusPath = $derived(new Set(viewer.path.map((n) => n.id)));
    this.rows = $derived(openNodes(viewer.plan.root, (n) => this.isOpen(n)));
    this.activeId = $derived(
      this.active && this.rows.some((r) => r.data.id === this.active) ? this.active : viewer.focus.id,
    );
  }

  /** Open unless closed by the reader; the way to the focus is always open. */
  isOpen(n: PlanNode): boolean {
    return (
      n.children.length > 0 && (!this.collapsed.has(n.id) || (this.focusPath.has(n.id) && n !== this.viewer.focus))
    );
  }

  toggle(n: PlanNode): void {
    if (this.collapsed.has(n.id)) this.collapsed.delete(n.id);
    else this.collapsed.add(n.id);
  }

  choose(n: PlanNode): void {
    this.active = n.id;
    this.viewer.focusOn(n.id);
  }

  private async moveTo(id: string) {
    this.active = id;
    await tick();
    this.focusItem(id);
  }

  onKey = (e: KeyboardEvent): void => {
    const i = this.rows.findIndex((r) => r.data.id === this.activeId);
    if (i < 0) return;
    const { data: node, parent } = this.rows[i];
    const root = this.viewer.plan.root;
    const keys: Record<string, () => unknown> = {
      ArrowDown: () => i + 1 < this.rows.length && this.moveTo(this.rows[i + 1].data.id),
      ArrowUp: () => i > 0 && this.moveTo(this.rows[i - 1].data.id),
      Home: () => this.moveTo(this.rows[0].data.id),
      End: () => this.moveTo(this.rows[this.rows.length - 1].data.id),
      ArrowRight: () =>
        node.children.length && (this.isOpen(node) ? this.moveTo(node.children[0].id) : this.collapsed.delete(node.id)),
      ArrowLeft: () =>
        this.isOpen(node) && node !== root ? this.collapsed.add(node.id) : parent && this.moveTo(parent.data.id),
      '*': () => parent?.data.children.forEach((s) => this.collapsed.delete(s.id)),
      Enter: () => this.viewer.focusOn(node.id),
      ' ': () => this.viewer.focusOn(node.id),
    };
    if (!keys[e.key]) return;
    e.preventDefault();
    keys[e.key]();
  };
}
