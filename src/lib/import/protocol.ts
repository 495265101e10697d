import type { PlanMeta } from '../plan/compile';
import type { PackedDecisions } from './packDecisions';

/** Main thread → compile worker: one text to compile; `seq` tells replies to old texts apart. */
export interface CompileRequest {
  seq: number;
  text: string;
  meta: PlanMeta;
  file: string;
}

/**
 * Compile worker → main thread: the CompileResult as JSON (only its unsure decisions) and every
 * line's decision packed; or, when the compiler threw, what it threw (the worker stays up).
 */
export type CompileReply =
  | { seq: number; json: string; decisions: PackedDecisions }
  | { seq: number; thrown: string };
