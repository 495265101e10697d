/**
 * Web Worker entry: compiles the import page's text off the main thread (the same compiler as
 * npm run compile), so typing and scrolling stay smooth while a long plan compiles.
 */
import { compilePlan } from '../plan/compile';
import type { CompileReply, CompileRequest } from './protocol';

onmessage = (e: MessageEvent<CompileRequest>) => {
  const { seq, text, meta, file } = e.data;
  const reply: CompileReply = { seq, result: compilePlan(text, meta, file) };
  postMessage(reply);
};
