import type { PlanNode } from '../plan/schema';

/**
 * The smallest pieces a slide can be cut into when it does not fit a screen: a sentence of the
 * description (sentences of one paragraph share its `group`), an item, the residents' heading
 * (kept with the first resident), a resident's line.
 */
export type SlideAtom =
  | { kind: 'sentence'; group: number; text: string }
  | { kind: 'item'; node: PlanNode }
  | { kind: 'residentsHead' }
  | { kind: 'resident'; text: string };

/** Sentences end after these (the mark stays with its sentence, as do closing brackets). */
const SENTENCE_END = /(?<=[。！？!?][」』）)]*)(?![」』）)])/u;

export function sentences(paragraph: string): string[] {
  return paragraph.split(SENTENCE_END).filter((s) => s.trim());
}

/** A slide's body in reading order, cut into atoms. The heading (level, title, subtitle) is apart. */
export function slideAtoms(node: PlanNode): SlideAtom[] {
  const paragraphs = node.description ? node.description.split('\n').filter((p) => p.trim()) : [];
  const atoms: SlideAtom[] = paragraphs.flatMap((p, group) =>
    sentences(p).map((text) => ({ kind: 'sentence' as const, group, text })),
  );
  for (const c of node.children) atoms.push({ kind: 'item', node: c });
  if (node.residents?.length) {
    atoms.push({ kind: 'residentsHead' });
    for (const r of node.residents) atoms.push({ kind: 'resident', text: r });
  }
  return atoms;
}

/** Atoms as they are set on a page: a paragraph's sentences together, items in one list, residents in another. */
export type SlideRun =
  | { kind: 'paragraph'; text: string }
  | { kind: 'items'; nodes: PlanNode[] }
  | { kind: 'residentsHead' }
  | { kind: 'residents'; lines: string[] };

export function slideRuns(atoms: readonly SlideAtom[]): SlideRun[] {
  const runs: SlideRun[] = [];
  let lastGroup = -1;
  for (const a of atoms) {
    const last = runs[runs.length - 1];
    if (a.kind === 'sentence') {
      if (last?.kind === 'paragraph' && a.group === lastGroup) last.text += a.text;
      else runs.push({ kind: 'paragraph', text: a.text });
      lastGroup = a.group;
    } else if (a.kind === 'item') {
      if (last?.kind === 'items') last.nodes.push(a.node);
      else runs.push({ kind: 'items', nodes: [a.node] });
    } else if (a.kind === 'resident') {
      if (last?.kind === 'residents') last.lines.push(a.text);
      else runs.push({ kind: 'residents', lines: [a.text] });
    } else runs.push({ kind: 'residentsHead' });
  }
  return runs;
}

/** Each paragraph's atoms [from, to), for measuring it set whole. */
export function paragraphSpans(atoms: readonly SlideAtom[]): Map<number, { from: number; to: number }> {
  const spans = new Map<number, { from: number; to: number }>();
  atoms.forEach((a, i) => {
    if (a.kind !== 'sentence') return;
    const s = spans.get(a.group);
    if (s) s.to = i + 1;
    else spans.set(a.group, { from: i, to: i + 1 });
  });
  return spans;
}
