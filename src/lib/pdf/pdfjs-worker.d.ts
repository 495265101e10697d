/** pdf.js's parser module, imported by our worker to run pdf.js without a second worker. */
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
