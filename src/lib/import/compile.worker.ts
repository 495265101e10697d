/**
 * Web Worker entry: compiles the import page's text off the main thread (the same compiler as
 * npm run compile), so typing and scrolling stay smooth while a long plan compiles.
 */
import { compilePlan } from '../plan/compile';
import type { CompileReply, CompileRequest } from './protocol';
import { buffersOf, packDecisions } from './packDecisions';

onmessage = (e: MessageEvent<CompileRequest>) => {
  const { seq, text, meta, file } = e.data;
  // As JSON text: the page reads one string much faster than it rebuilds a structured clone of thousands of small objects.
  const { result, decisions } = packDecisions(compilePlan(text, meta, file));
  const reply: CompileReply = { seq, json: JSON.stringify(result), decisions };
  // The worker scope's postMessage(message, transfer): the DOM types here know only the window's.
  (postMessage as (m: unknown, t: Transferable[]) => void)(reply, buffersOf(decisions));
};
