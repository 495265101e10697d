import type { PlanMeta } from '../plan/compile';
import type { PackedDecisions } from './packDecisions';
import type { PlanChunks } from './planChunks';

/** Main thread → compile worker: one text to compile; `seq` tells replies to old texts apart. */
export interface CompileRequest {
  seq: number;
  text: string;
  meta: PlanMeta;
  file: string;
}

/**
 * Compile worker → main thread: the CompileResult (only its unsure decisions) as JSON pieces the
 * page reads a few at a time, and every line's decision packed; or, when the compiler threw,
 * what it threw (the worker stays up).
 */
export type CompileReply = ({ seq: number; decisions: PackedDecisions } & PlanChunks) | { seq: number; thrown: string };
