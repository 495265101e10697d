/**
 * Last pass: one explanation per non-blank source line — the role the compiler gave it, the
 * rule (rules.ts RULES) that decided, a confidence, and the node it became or belongs to.
 * The family reader records its decisions as it goes; for the heading reader they are read
 * back from the finished tree (a node's line, a description's text, the vision).
 */
import { FURNITURE, VISION_RE, type RuleId } from './rules';
import type { Actor } from './schema';
import { draftsInOrder } from './draft';
import type { Draft, GeneralRead, LineExplanation, Mark } from './types';


const itemRule = (d: Draft) => d.rule ?? (d.parts.length > 1 ? 'heading.compound-code' : d.rank !== null ? 'heading.level-word' : d.scheme ? 'family.numbered' : 'bullet.child');

/** Length of the pieces the text index is made of. */
const GRAM = 3;

/**
 * The first of `texts` that contains a line, as texts.find((x) => x.text.includes(t)) would
 * say, without searching every text for every line (which grew with the square of a long
 * plan's length): texts are indexed by their 3-character pieces, and a line is checked only
 * against the texts that hold its rarest piece (in order, so the first that contains it wins).
 * Lines shorter than a piece look up the first text holding them directly.
 */
function textOwner<T extends { text: string }>(texts: T[]): (t: string) => T | undefined {
  const holders = new Map<string, number[]>();
  const firstShort = new Map<string, number>();
  texts.forEach((x, k) => {
    for (let i = 0; i < x.text.length; i++) {
      for (let n = 1; n < GRAM; n++) if (!firstShort.has(x.text.substr(i, n))) firstShort.set(x.text.substr(i, n), k);
      const g = x.text.substr(i, GRAM);
      if (g.length < GRAM) continue;
      const list = holders.get(g) ?? [];
      if (list[list.length - 1] !== k) list.push(k);
      holders.set(g, list);
    }
  });
  return (t) => {
    if (t.length < GRAM) return texts[firstShort.get(t) ?? -1];
    let rarest: number[] = [];
    for (let i = 0; i + GRAM <= t.length; i++) {
      const list = holders.get(t.substr(i, GRAM));
      if (!list) return undefined;
      if (i === 0 || list.length < rarest.length) rarest = list;
    }
    const k = rarest.find((j) => texts[j].text.includes(t));
    return k === undefined ? undefined : texts[k];
  };
}

/** Marks for the heading reader, read back from the tree it built. */
export function marksFromTree(root: Draft, lines: string[], vision: string, actors: Actor[] = [], visionRule: RuleId = 'vision.label'): Map<number, Mark> {
  const marks = new Map<number, Mark>();
  const texts: { d: Draft; field: 'description' | 'residents' | 'notes'; text: string }[] = [];
  draftsInOrder(root).forEach((d) => {
    if (d !== root && d.line) marks.set(d.line, { role: 'item', rule: itemRule(d), confidence: d.guessed ? 0.6 : 0.9, node: d });
    if (d.description) texts.push({ d, field: 'description', text: d.description });
    if (d.residents?.length) texts.push({ d, field: 'residents', text: d.residents.join('\n') });
    if (d.notes?.length) texts.push({ d, field: 'notes', text: d.notes.join('\n') });
  });
  const ownerOf = textOwner(texts);
  lines.forEach((raw, i) => {
    const t = raw.trim();
    if (!t || marks.has(i + 1)) return;
    const owner = ownerOf(t);
    if (owner) marks.set(i + 1, { role: owner.field === 'notes' ? 'note' : owner.field === 'residents' ? 'residents' : 'description', rule: owner.field === 'residents' ? 'list-header.residents' : owner.field === 'notes' ? 'prose.note' : 'prose.description', confidence: 0.8, node: owner.d });
    else if (VISION_RE.test(t) || (vision && vision.includes(t.replace(/^[「『]|[」』]$/g, '')))) marks.set(i + 1, { role: 'vision', rule: visionRule, confidence: 0.8 });
    else if (actors.some((a) => a.name === t || a.role === t)) marks.set(i + 1, { role: 'note', rule: 'actors.list', confidence: 0.7 });
  });
  return marks;
}

export function explainLines(lines: string[], heading: Map<number, Mark> | null, general: GeneralRead): LineExplanation[] {
  const out: LineExplanation[] = [];
  const entry = (line: number, text: string, m: Mark | undefined): LineExplanation => {
    const furniture = FURNITURE.find((f) => f.re.test(text))?.rule;
    const mark = m ?? (furniture ? { role: 'skipped' as const, rule: furniture, confidence: 0.9 } : { role: 'prose' as const, rule: 'prose.section', confidence: 0.6 });
    const e: LineExplanation = { line, role: mark.role, rule: mark.rule, confidence: mark.confidence, text };
    if (mark.node?.id) e.nodeId = mark.node.id;
    return e;
  };
  if (heading) {
    lines.forEach((raw, i) => raw.trim() && out.push(entry(i + 1, raw.trim(), heading.get(i + 1))));
  } else {
    general.lines.forEach((l, i) => out.push(entry(l.line, l.text, general.marks.get(i))));
  }
  return out;
}
