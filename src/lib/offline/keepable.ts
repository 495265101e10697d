import { isHtmlAnswer } from '../data/htmlAnswer';

/** Enough of a body to see whether it is a page: `<` after some white space. */
const HEAD_BYTES = 256;

/**
 * Is this answer the data file asked for, worth keeping for offline use? Not an error, and not
 * the index.html a host with SPA settings answers a missing path with (status 200): kept, a
 * missing plans/foo.json would be listed as a kept plan "foo". Reads a copy of the body.
 */
export async function isKeepable(res: Response): Promise<boolean> {
  if (!res.ok) return false;
  const head = new Uint8Array(await res.clone().arrayBuffer()).subarray(0, HEAD_BYTES);
  return !isHtmlAnswer(res.headers.get('content-type'), new TextDecoder().decode(head));
}
