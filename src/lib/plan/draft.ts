import { SHORT_LINE } from './rules';
import type { Draft } from './types';

export function newDraft(h: Partial<Draft> & { level: string; line: number }, parent: Draft | null): Draft {
  const parts = h.parts ?? [];
  const own = parts.length ? parts[parts.length - 1] : NaN;
  return {
    id: '',
    code: '',
    title: '',
    description: '',
    children: [],
    rank: null,
    scheme: null,
    ...h,
    // A node owns its marks: the token's list is shared by every reading of the text.
    tags: [...(h.tags ?? [])],
    parts,
    path: [...(parent?.path ?? []), own],
    parent,
  };
}

export function attach(parent: Draft, child: Draft): Draft {
  child.parent = parent;
  const own = child.parts.length ? child.parts[child.parts.length - 1] : NaN;
  child.path = [...parent.path, own];
  parent.children.push(child);
  return child;
}

/**
 * Every node under `root` and `root` itself in reading order (a parent before its children),
 * without recursion: nesting comes from the input and may be thousands of levels deep.
 */
export function draftsInOrder(root: Draft): Draft[] {
  const out: Draft[] = [];
  const todo = [root];
  while (todo.length) {
    const d = todo.pop()!;
    out.push(d);
    for (let i = d.children.length - 1; i >= 0; i--) todo.push(d.children[i]);
  }
  return out;
}

/** Prose ends a sentence or runs long; shorter lines without 。 read as labels or captions. */
export const isProse = (t: string) => t.length > SHORT_LINE || /[。．]$/.test(t);
/** A 〜subtitle〜 line (wave dash, full-width tilde or ~). The one isSubtitle of the compiler. */
export const isSubtitle = (t: string) => /^[～〜~].*[～〜~]$/u.test(t);
export const stripSubtitle = (t: string) => t.replace(/^[～〜~]\s*|\s*[～〜~]$/gu, '');
export const isParenOnly = (t: string) => /^[(（][^()（）]*[)）]$/.test(t);
