/**
 * The compile worker's reply, slimmed for the import page. A long text has one decision per
 * line (100,000 objects, each with the line's text): reading them back as JSON on the main
 * thread took seconds. The page lists only the unsure ones, and explains one line when it is
 * shown, so the worker keeps the unsure decisions whole and packs the rest into typed arrays
 * (moved to the page, not copied). Pure.
 */
import { LOW_CONFIDENCE } from '../plan/rules';
import type { CompileResult, LineExplanation, LineRole } from '../plan/types';

/** Every line's decision without its text: parallel columns, names as indexes into the tables. */
export interface PackedDecisions {
  lines: Int32Array;
  roles: Uint8Array;
  rules: Uint16Array;
  confidence: Float32Array;
  roleNames: LineRole[];
  ruleNames: string[];
}

/** The result with only its unsure decisions, and every decision packed. */
export function packDecisions(result: CompileResult): { result: CompileResult; decisions: PackedDecisions } {
  const all = result.explain ?? [];
  const roleNames: LineRole[] = [];
  const ruleNames: string[] = [];
  const indexOf = <T>(names: T[], name: T) => {
    const i = names.indexOf(name);
    return i >= 0 ? i : names.push(name) - 1;
  };
  const packed: PackedDecisions = {
    lines: new Int32Array(all.length),
    roles: new Uint8Array(all.length),
    rules: new Uint16Array(all.length),
    confidence: new Float32Array(all.length),
    roleNames,
    ruleNames,
  };
  all.forEach((e, i) => {
    packed.lines[i] = e.line;
    packed.roles[i] = indexOf(roleNames, e.role);
    packed.rules[i] = indexOf(ruleNames, e.rule);
    packed.confidence[i] = e.confidence;
  });
  const unsure = all.filter((e) => e.confidence < LOW_CONFIDENCE);
  return { result: { ...result, explain: unsure }, decisions: packed };
}

/** The buffers a reply moves to the page instead of copying. */
export const buffersOf = (d: PackedDecisions): ArrayBuffer[] =>
  [d.lines, d.roles, d.rules, d.confidence].map((a) => a.buffer as ArrayBuffer);

/** The decision on one source line (its text left out: the page has the line), or undefined. */
export function decisionAt(d: PackedDecisions | undefined, line: number): LineExplanation | undefined {
  const i = d ? d.lines.indexOf(line) : -1;
  if (!d || i < 0) return undefined;
  // Float32 holds 0.85 as 0.8500000238…: rounded back to the rule's own figure.
  return {
    line,
    role: d.roleNames[d.roles[i]],
    rule: d.ruleNames[d.rules[i]],
    confidence: Math.round(d.confidence[i] * 1e4) / 1e4,
    text: '',
  };
}
