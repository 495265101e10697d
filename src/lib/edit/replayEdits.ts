import type { Plan } from '../plan/schema';
import { applyEdit } from './applyEdit';
import type { EditOp } from './ops';

export interface Replayed {
  plan: Plan;
  /** Edits that no longer apply to this text, in the order they were made. */
  failed: EditOp[];
}

/** The compiled plan with a person's edits applied in order; edits that do not apply are kept aside. */
export function replayEdits(plan: Plan, ops: readonly EditOp[], lines: string[]): Replayed {
  const failed: EditOp[] = [];
  const out = ops.reduce((p, op) => {
    const next = applyEdit(p, op, lines);
    if (!next) failed.push(op);
    return next ?? p;
  }, plan);
  return { plan: out, failed };
}
