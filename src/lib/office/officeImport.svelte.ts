/**
 * The import page's side of office files: reads one in a Web Worker loaded only now (fflate and
 * the readers stay out of the page's JS), reports progress, and keeps where each line of the
 * text came from (paragraph, cell, slide) for the review.
 */
import { OfficeError } from './officeError';
import { workerJob } from '../import/workerJob';
import { OFFICE_FILE } from './officeFile';
import { officeMessage } from './officeMessage';
import type { OfficeReply } from './protocol';
import type { OfficeText } from './types';

/** Larger than any council's office file; the zip's own bound applies inside too. */
const MAX_BYTES = 100_000_000;
const REPLIES: unknown[] = ['progress', 'done', 'error'] satisfies OfficeReply['type'][];

export const isOffice = (f: File) => OFFICE_FILE.test(f.name);

export type OfficeOutcome = { text: string; message: string } | { text: null; message: string };

export class OfficeImport {
  reading = $state<{ file: string; done: number; total: number } | null>(null);
  /** The last file read: its lines and their origins, to name a line's origin while it is unchanged. */
  #read: { lines: string[]; origins: string[] } | null = null;
  #stop: (() => void) | null = null;

  async read(file: File): Promise<OfficeOutcome> {
    this.cancel();
    if (file.size > MAX_BYTES) return { text: null, message: officeMessage('tooLarge', file.name) };
    this.reading = { file: file.name, done: 0, total: 0 };
    try {
      const r = await this.#inWorker(file);
      this.#read = { lines: r.text.split('\n'), origins: r.origins };
      return {
        text: r.text,
        message: [
          `「${file.name}」(${r.summary})を読み取りました。`,
          ...r.notes,
          '違うところはテキストの欄で直してください。',
        ].join(' '),
      };
    } catch (e) {
      return { text: null, message: officeMessage(e instanceof OfficeError ? e.problem : 'damaged', file.name) };
    } finally {
      this.reading = null;
      this.#stop = null;
    }
  }

  /** Where line `n` (1-based) came from, while its text is still what was read. */
  originOf(n: number, line: string | undefined): string {
    const read = this.#read;
    return read && line !== undefined && read.lines[n - 1] === line ? (read.origins[n - 1] ?? '') : '';
  }

  cancel(): void {
    this.#stop?.();
  }

  #inWorker(file: File): Promise<OfficeText> {
    const job = workerJob<OfficeText, OfficeReply>({
      start: () => new Worker(new URL('./office.worker.ts', import.meta.url), { type: 'module' }),
      send: async (worker) => {
        const data = await file.arrayBuffer();
        worker.postMessage({ data }, [data]);
      },
      answer: (m) => {
        if (!REPLIES.includes(m?.type)) return;
        if (m.type === 'progress') return void (this.reading = { file: file.name, done: m.done, total: m.total });
        return m.type === 'done' ? { done: m } : { failed: new OfficeError(m.problem) };
      },
      fail: (why) => new OfficeError(why === 'cancelled' ? 'cancelled' : 'damaged'),
    });
    this.#stop = job.cancel;
    return job.result;
  }
}
