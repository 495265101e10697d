import type { PlanMeta } from '../plan/compile';

/** Main thread → compile worker: one text to compile; `seq` tells replies to old texts apart. */
export interface CompileRequest {
  seq: number;
  text: string;
  meta: PlanMeta;
  file: string;
}

/** Compile worker → main thread: the CompileResult as JSON. */
export interface CompileReply {
  seq: number;
  json: string;
}
