/**
 * One compile of the import page, as the worker replies it (and as the page makes it itself
 * where no worker starts). A compiler that throws (a bug, a stack it ran out of) is a reply
 * too: the page says so and the next edit compiles again, instead of waiting for ever.
 */
import { compilePlan } from '../plan/compile';
import type { CompileReply, CompileRequest } from './protocol';
import { packDecisions } from './packDecisions';
import { splitPlan } from './planChunks';

export function compileReply(job: CompileRequest): CompileReply {
  try {
    const { result, decisions } = packDecisions(compilePlan(job.text, job.meta, job.file));
    // As JSON text in pieces: the page reads a string faster than it rebuilds a structured clone
    // of thousands of small objects, and a piece at a time keeps each of its tasks short.
    return { seq: job.seq, ...splitPlan(result), decisions };
  } catch (e) {
    return { seq: job.seq, thrown: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}
