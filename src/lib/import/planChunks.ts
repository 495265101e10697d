/**
 * A compile result cut into JSON pieces of bounded size, so the import page reads a long plan
 * over several short tasks instead of one long one (a 100,000-line text gives a megabyte of
 * plan). The result goes as a head without the plan's nodes, then the nodes in reading order,
 * each with its depth and its children left empty, a chunk at a time; the page puts the tree
 * back together as the chunks come. Pure; no recursion (depth comes from the text).
 */
import type { CompileResult } from '../plan/compile';
import type { PlanNode } from '../plan/schema';

/** Characters of JSON per chunk: small enough to parse well inside one frame budget. */
export const CHUNK_CHARS = 50_000;

export interface PlanChunks {
  /** The result with `plan.root.children` empty (or no plan). */
  head: string;
  /** JSON arrays of [depth, node without its children] in reading order; the root's children have depth 1. */
  chunks: string[];
}

export function splitPlan(result: CompileResult, chunkChars = CHUNK_CHARS): PlanChunks {
  const root = result.plan?.root;
  if (!root) return { head: JSON.stringify(result), chunks: [] };
  const head = JSON.stringify({ ...result, plan: { ...result.plan, root: { ...root, children: [] } } });
  const chunks: string[] = [];
  let part: string[] = [];
  let size = 0;
  const todo: [number, PlanNode][] = root.children.map((c) => [1, c] as [number, PlanNode]).reverse();
  while (todo.length) {
    const [depth, n] = todo.pop()!;
    const json = JSON.stringify([depth, { ...n, children: [] }]);
    part.push(json);
    size += json.length;
    if (size >= chunkChars) [chunks[chunks.length], part, size] = [`[${part.join(',')}]`, [], 0];
    for (let i = n.children.length - 1; i >= 0; i--) todo.push([depth + 1, n.children[i]]);
  }
  if (part.length) chunks.push(`[${part.join(',')}]`);
  return { head, chunks };
}

/** Puts a result back together from its head and chunks, in order. */
export class PlanAssembler {
  readonly result: CompileResult;
  /** The last node at each depth: a node's parent is the last one a level up. */
  readonly #path: PlanNode[] = [];

  constructor(head: string) {
    this.result = JSON.parse(head) as CompileResult;
    if (this.result.plan) this.#path[0] = this.result.plan.root;
  }

  add(chunk: string): void {
    for (const [depth, n] of JSON.parse(chunk) as [number, PlanNode][]) {
      this.#path[depth - 1].children.push(n);
      this.#path[depth] = n;
    }
  }
}
