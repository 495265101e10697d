/**
 * The import page's editor: a person's edits over the compiled plan, with undo and redo, the
 * selected item, and the keyboard map of the editable tree (WAI-ARIA tree pattern for focus,
 * plus the editing keys of the import page contract).
 */
import { applyEdit } from '../edit/applyEdit';
import { anchorOf } from '../edit/findAnchor';
import { describeOp, type EditOp } from '../edit/ops';
import { replayEdits } from '../edit/replayEdits';
import { PlanTree } from '../plan/hierarchy';
import type { Plan, Tag } from '../plan/schema';

export interface EditorSource {
  plan: Plan | null;
  lines: string[];
}

/** Edits that take only the item. */
export type ItemAction = 'indent' | 'outdent' | 'up' | 'down' | 'remove' | 'join';

/** Keys on a focused item → what they do (the contract of the import page). */
export const KEYMAP: ReadonlyArray<{ keys: string; does: string }> = [
  { keys: '↑ / ↓', does: '前・次の項目へ' },
  { keys: '← / →', does: '上の項目へ・最初の子へ' },
  { keys: 'Home / End', does: '最初・最後の項目へ' },
  { keys: 'Tab', does: '一段下げる(前の項目の下に入れる)' },
  { keys: 'Shift+Tab', does: '一段上げる' },
  { keys: 'Alt+↑ / Alt+↓', does: '同じ段の中で上・下へ移す' },
  { keys: 'F2(またはダブルクリック)', does: '名前を直す' },
  { keys: 'Delete', does: '体系から外す(文章は計画に残ります)' },
  { keys: 'Ctrl+Z', does: '元に戻す' },
  { keys: 'Ctrl+Shift+Z / Ctrl+Y', does: 'やり直す' },
  { keys: 'Esc', does: '操作ボタンへ移る' },
];

const DONE: Record<EditOp['kind'], string> = {
  indent: '一段下げました',
  outdent: '一段上げました',
  up: '上へ移しました',
  down: '下へ移しました',
  remove: '体系から外しました',
  join: '次の行をつなげました',
  rename: '名前を直しました',
  tag: '印を切り替えました',
  level: '段の名前を変えました',
  item: '項目にしました',
  vision: '基本理念にしました',
};

export class PlanEditor {
  /** Edits in the order they were made (the draft keeps them). */
  ops = $state<EditOp[]>([]);
  /** Undone edits, the last undone last: redo takes them back. */
  undone = $state<EditOp[]>([]);
  selected = $state<string | null>(null);
  renaming = $state<string | null>(null);
  /** What the last action did, for the live region. */
  status = $state('');

  readonly result = $derived.by(() => {
    const s = this.source();
    return s.plan ? replayEdits(s.plan, this.ops, s.lines) : null;
  });
  readonly plan = $derived(this.result?.plan ?? null);
  readonly tree = $derived(this.plan ? new PlanTree(this.plan.root) : null);
  /** Items in reading order, the root left out: the order focus moves in. */
  readonly items = $derived(this.tree ? this.tree.inOrder().slice(1) : []);
  readonly current = $derived(
    this.selected && this.tree?.has(this.selected) ? this.selected : (this.items[0]?.data.id ?? null),
  );

  constructor(private readonly source: () => EditorSource) {}

  /** Starts over from a draft's edits. */
  load(ops: EditOp[], undone: EditOp[] = []): void {
    this.ops = ops;
    this.undone = undone;
  }

  /** Records an edit when it applies to the plan as it is now; says why not otherwise. */
  apply(op: EditOp): boolean {
    const { lines } = this.source();
    if (!this.plan || !applyEdit(this.plan, op, lines)) {
      this.status = `できませんでした: ${describeOp(op)}`;
      return false;
    }
    this.ops = [...this.ops, op];
    this.undone = [];
    if (op.kind === 'rename' && 'title' in op.at) this.status = `「${op.at.title}」の名前を「${op.title}」に直しました`;
    else this.status = `${'title' in op.at ? `「${op.at.title}」を` : ''}${DONE[op.kind]}`;
    return true;
  }

  private anchor(id: string) {
    const n = this.tree?.node(id);
    return n ? anchorOf(n, this.source().lines) : null;
  }

  act(kind: ItemAction, id = this.current): boolean {
    const at = id ? this.anchor(id) : null;
    return !!at && this.apply({ kind, at });
  }

  rename(id: string, title: string): boolean {
    const at = this.anchor(id);
    this.renaming = null;
    return !!at && title.trim() !== at.title && this.apply({ kind: 'rename', at, title });
  }

  tag(tag: Tag, id = this.current): boolean {
    const at = id ? this.anchor(id) : null;
    return !!at && this.apply({ kind: 'tag', at, tag });
  }

  level(level: string, id = this.current): boolean {
    const at = id ? this.anchor(id) : null;
    return !!at && this.apply({ kind: 'level', at, level });
  }

  line(kind: 'item' | 'vision', line: number): boolean {
    const text = this.source().lines[line - 1]?.trim();
    if (!text) return false;
    return this.apply({ kind, at: { line, text } });
  }

  /** Drops edits that no longer apply to the text (after the person has seen the list). */
  forgetFailed(): void {
    const failed = new Set(this.result?.failed.map((op) => JSON.stringify(op)));
    this.ops = this.ops.filter((op) => !failed.has(JSON.stringify(op)));
    this.status = '使えなくなった修正を消しました';
  }

  undo(): void {
    const op = this.ops.at(-1);
    if (!op) return void (this.status = '元に戻す操作はありません');
    this.ops = this.ops.slice(0, -1);
    this.undone = [...this.undone, op];
    this.status = `元に戻しました: ${describeOp(op)}`;
  }

  redo(): void {
    const op = this.undone.at(-1);
    if (!op) return void (this.status = 'やり直す操作はありません');
    this.undone = this.undone.slice(0, -1);
    this.ops = [...this.ops, op];
    this.status = `やり直しました: ${describeOp(op)}`;
  }

  /** Where focus goes for a movement key, or null when the key does not move it. */
  private moveFocus(key: string, id: string): string | null {
    const i = this.items.findIndex((d) => d.data.id === id);
    const d = this.items[i];
    if (!d) return null;
    switch (key) {
      case 'ArrowDown':
        return this.items[i + 1]?.data.id ?? id;
      case 'ArrowUp':
        return this.items[i - 1]?.data.id ?? id;
      case 'ArrowRight':
        return d.children?.[0]?.data.id ?? id;
      case 'ArrowLeft':
        return d.parent?.parent ? d.parent.data.id : id;
      case 'Home':
        return this.items[0].data.id;
      case 'End':
        return this.items[this.items.length - 1].data.id;
      default:
        return null;
    }
  }

  /**
   * Handles a key on a focused item; true when it did something (the caller then prevents
   * the default). Tab that cannot indent (a first item) is left to move focus on.
   */
  key(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>, id: string): boolean {
    const ctrl = e.ctrlKey || e.metaKey;
    const k = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    this.selected = id;
    if (ctrl && k === 'z') return (void (e.shiftKey ? this.redo() : this.undo()), true);
    if (ctrl && k === 'y') return (this.redo(), true);
    if (e.key === 'Tab') return this.act(e.shiftKey ? 'outdent' : 'indent', id);
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown'))
      return (this.act(e.key === 'ArrowUp' ? 'up' : 'down', id), true);
    if (e.key === 'F2') return ((this.renaming = id), true);
    if (e.key === 'Delete') return (this.removeAndStay(id), true);
    const to = e.altKey || ctrl ? null : this.moveFocus(e.key, id);
    if (to === null) return false;
    this.selected = to;
    return true;
  }

  /** Takes an item out and keeps focus near where it was. */
  removeAndStay(id: string): void {
    const i = this.items.findIndex((d) => d.data.id === id);
    if (this.act('remove', id)) this.selected = this.items[Math.min(i, this.items.length - 1)]?.data.id ?? null;
  }
}
