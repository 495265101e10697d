/**
 * Web Worker entry: compiles the import page's text off the main thread (the same compiler as
 * npm run compile), so typing and scrolling stay smooth while a long plan compiles.
 */
import type { CompileRequest } from './protocol';
import { compileReply } from './compileReply';
import { buffersOf } from './packDecisions';

onmessage = (e: MessageEvent<CompileRequest>) => {
  const reply = compileReply(e.data);
  // The worker scope's postMessage(message, transfer): the DOM types here know only the window's.
  (postMessage as (m: unknown, t: Transferable[]) => void)(
    reply,
    'decisions' in reply ? buffersOf(reply.decisions) : [],
  );
};
