/**
 * The import page's compiler, run in a Web Worker as the text changes: the latest text is
 * compiled once the one before is done (texts typed in between are skipped), and the result
 * carries the text it was made from, so edits are replayed over the lines they were made on.
 * Where a worker cannot start, the text is compiled here, on the main thread.
 */
import type { CompileResult, PlanMeta } from '../plan/compile';
import type { CompileReply, CompileRequest } from './protocol';
import type { PackedDecisions } from './packDecisions';
import { compileReply } from './compileReply';
import { PlanAssembler } from './planChunks';

/** How long a compile may take before the page says it is working (a quick one never flickers a message). */
const SAY_BUSY_MS = 300;
/** Texts at least this long wait for typing to pause before compiling. */
const LONG_TEXT = 50_000;
const PAUSE_MS = 250;

export interface Compiled {
  /** Its `explain` holds only the unsure decisions; `decisions` has every line's. */
  result: CompileResult;
  decisions: PackedDecisions;
  text: string;
}

/** Lets the browser draw and take input before the next piece of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Lines in a text, counted without splitting it (a long text would be 100,000 new strings). */
export function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** What the page says when the compiler threw on a text (`thrown` is for whoever looks into it). */
export const thrownMessage = (thrown: string): string =>
  `このテキストは体系に変換できませんでした(変換の途中でエラーが起きました: ${thrown})。テキストはそのまま残っています。最後に変えたところを見直して直すと、もう一度変換します。直らないときは、テキストをファイルに保存して、このエラーの文と一緒に担当者に知らせてください。`;

export class LiveCompile {
  /** Raw (not deeply reactive): a whole new result replaces it, and edits clone its plan. */
  compiled = $state.raw<Compiled | null>(null);
  /** Lines of the text being compiled, once it has taken long enough to say so. */
  busyLines = $state(0);
  /** Why the latest text could not be compiled (the compiler threw), or ''. */
  failure = $state('');
  #worker: Worker | null | undefined;
  #seq = 0;
  /** The request whose result is shown (or that cleared it): older replies are dropped. */
  #shownSeq = 0;
  #running: CompileRequest | null = null;
  #next: CompileRequest | null = null;
  #pause: ReturnType<typeof setTimeout> | undefined;
  #busy: ReturnType<typeof setTimeout> | undefined;

  /** Compiles `text` (soon); an empty text clears the result at once. */
  update(text: string, meta: PlanMeta, file: string): void {
    clearTimeout(this.#pause);
    if (!text.trim()) {
      this.#next = null;
      this.compiled = null;
      this.failure = '';
      this.#shownSeq = ++this.#seq; // a compile still running for an older text is not shown
      return;
    }
    this.#next = { seq: ++this.#seq, text, meta: JSON.parse(JSON.stringify(meta)) as PlanMeta, file };
    if (text.length < LONG_TEXT) this.#send();
    else this.#pause = setTimeout(() => this.#send(), PAUSE_MS);
  }

  #send(): void {
    if (this.#running || !this.#next) return;
    const job = (this.#running = this.#next);
    this.#next = null;
    clearTimeout(this.#busy);
    this.#busy = setTimeout(() => (this.busyLines = lineCount(job.text)), SAY_BUSY_MS);
    const worker = this.#ensureWorker();
    if (worker) worker.postMessage(job);
    else queueMicrotask(() => this.#done(compileReply(job)));
  }

  #done(reply: CompileReply): void {
    const job = this.#running;
    this.#running = null;
    if (job && reply.seq === job.seq && reply.seq > this.#shownSeq) {
      this.#shownSeq = reply.seq;
      // A text the compiler threw on shows no result (an older one would not match the text) but says why.
      if ('thrown' in reply) [this.compiled, this.failure] = [null, thrownMessage(reply.thrown)];
      else void this.#read(reply, job.text);
    }
    clearTimeout(this.#busy);
    this.busyLines = 0;
    this.#send();
  }

  /** Reads a reply a piece per task; dropped when a newer text is shown (or cleared) meanwhile. */
  async #read(reply: Extract<CompileReply, { head: string }>, text: string): Promise<void> {
    const stale = () => reply.seq !== this.#shownSeq;
    await nextTask();
    if (stale()) return;
    const plan = new PlanAssembler(reply.head);
    for (const chunk of reply.chunks) {
      await nextTask();
      if (stale()) return;
      plan.add(chunk);
    }
    await nextTask();
    if (!stale()) [this.compiled, this.failure] = [{ result: plan.result, decisions: reply.decisions, text }, ''];
  }

  #ensureWorker(): Worker | null {
    if (this.#worker !== undefined) return this.#worker;
    try {
      this.#worker = new Worker(new URL('./compile.worker.ts', import.meta.url), { type: 'module' });
      this.#worker.onmessage = (e: MessageEvent<CompileReply>) => this.#done(e.data);
      // A worker that fails to start or dies hands over to the main thread (a compiler that throws is a reply, not this).
      this.#worker.onerror = () => this.#fallBack();
    } catch {
      this.#worker = null;
    }
    return this.#worker;
  }

  #fallBack(): void {
    this.#worker?.terminate();
    this.#worker = null;
    const job = this.#running;
    if (job) this.#done(compileReply(job));
  }

  destroy(): void {
    clearTimeout(this.#pause);
    clearTimeout(this.#busy);
    this.#worker?.terminate();
  }
}
