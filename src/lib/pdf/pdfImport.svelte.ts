import { pdfMessage } from './pdfMessage';
import { PdfError } from './readPdf';
import { readPdfInWorker, type PdfJob } from './readPdfInWorker';

/** Larger than any council's plan; beyond it a browser tab would struggle. */
const MAX_BYTES = 200_000_000;

export const isPdf = (f: File) => /\.pdf$/i.test(f.name) || f.type === 'application/pdf';

/** The outcome for the page: the text to show and edit, or only a message. */
export type PdfOutcome = { text: string; message: string } | { text: null; message: string };

/** One PDF being read at a time: which file, pages done of how many, and a way to stop. */
export class PdfImport {
  reading = $state<{ file: string; done: number; total: number } | null>(null);
  #job: PdfJob | null = null;

  async read(file: File): Promise<PdfOutcome> {
    this.cancel();
    if (file.size > MAX_BYTES)
      return {
        text: null,
        message: `「${file.name}」は大きすぎます(200 MB まで)。計画の体系の部分だけの PDF にしてください。`,
      };
    const job = readPdfInWorker(file, (done, total) => {
      if (this.#job === job) this.reading = { file: file.name, done, total };
    });
    this.#job = job;
    this.reading = { file: file.name, done: 0, total: 0 };
    try {
      const r = await job.result;
      const notes = r.notes.length ? ` ${r.notes.join(' ')}` : '';
      return {
        text: r.text,
        message: `「${file.name}」(${r.pages} ページ)の文字を読み順に並べました。表や段組みの読み取りを確かめ、違うところはテキストの欄で直してください。${notes}`,
      };
    } catch (e) {
      return { text: null, message: pdfMessage(e instanceof PdfError ? e.problem : 'damaged', file.name) };
    } finally {
      if (this.#job === job) [this.#job, this.reading] = [null, null];
    }
  }

  cancel(): void {
    this.#job?.cancel();
  }
}
