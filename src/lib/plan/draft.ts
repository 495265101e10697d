import type { PlanNode } from './schema';
import { SHORT_LINE, type RuleId } from './rules';

/** A node under construction: the schema fields plus what assembly needs. */
export interface Draft extends PlanNode {
  children: Draft[];
  rank: number | null;
  scheme: string | null;
  parts: number[];
  /** Numbers from the top level down, e.g. [2, 1] for 重点目標 2-(1). */
  path: number[];
  parent: Draft | null;
  /** The level name is a default, not a word of the text. */
  guessed?: boolean;
  /** Id of the rules-table row that placed this node (for the explanation). */
  rule?: RuleId;
}

export function newDraft(h: Partial<Draft> & { level: string; line: number }, parent: Draft | null): Draft {
  const parts = h.parts ?? [];
  const own = parts.length ? parts[parts.length - 1] : NaN;
  return {
    id: '', code: '', title: '', description: '', tags: [], children: [], rank: null, scheme: null, ...h,
    parts, path: [...(parent?.path ?? []), own], parent,
  };
}

export function attach(parent: Draft, child: Draft): Draft {
  child.parent = parent;
  const own = child.parts.length ? child.parts[child.parts.length - 1] : NaN;
  child.path = [...parent.path, own];
  parent.children.push(child);
  return child;
}


/** Prose ends a sentence or runs long; shorter lines without 。 read as labels or captions. */
export const isProse = (t: string) => t.length > SHORT_LINE || /[。．]$/.test(t);
export const isSubtitle = (t: string) => /^[～〜~].*[～〜~]$/.test(t);
export const isParenOnly = (t: string) => /^[(（][^()（）]*[)）]$/.test(t);
