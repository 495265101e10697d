/** Web Worker entry: reads a .docx/.xlsx/.pptx off the main thread; nothing in the file is run. */
import { OfficeError } from './officeError';
import { readOffice } from './readOffice';
import type { OfficeReply, OfficeRequest } from './protocol';

const post = (m: OfficeReply) => postMessage(m);

onmessage = (e: MessageEvent<OfficeRequest>) => {
  try {
    post({
      type: 'done',
      ...readOffice(new Uint8Array(e.data.data), (done, total) => post({ type: 'progress', done, total })),
    });
  } catch (err) {
    post({ type: 'error', problem: err instanceof OfficeError ? err.problem : 'damaged' });
  }
};
