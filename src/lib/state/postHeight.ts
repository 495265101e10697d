export const HEIGHT_MESSAGE = 'welfare-plan-explorer:height';

/** The snippet's height before the page reports its own: enough for the title, the buttons and the whole diagram at any width. */
export const FALLBACK_HEIGHT = 860;

/** Drawn items: until one shows, the page is still loading and its height says nothing yet. */
const DRAWN = '[data-node-id]';

type Where = Pick<Location, 'ancestorOrigins'> & { referrer: string };

/**
 * The origin of the page that holds this frame, when the browser tells it: ancestorOrigins
 * (Chromium, Safari), else the referrer (the host page, or its origin under the default
 * referrer policy). Unknown ('*') in a frame the host sandboxed or where neither is given.
 */
export function parentOrigin({ ancestorOrigins, referrer }: Where): string {
  const fromAncestors = ancestorOrigins?.length ? ancestorOrigins[0] : null;
  let origin = fromAncestors;
  if (origin === null && referrer) {
    try {
      origin = new URL(referrer).origin;
    } catch {
      origin = null;
    }
  }
  // An opaque ("null") host cannot be named as a target: only '*' reaches it.
  return origin && origin !== 'null' ? origin : '*';
}

/**
 * In an iframe, posts the page's height to the host whenever it changes:
 * { type: 'welfare-plan-explorer:height', height: <px> }, to the host's origin when known (see
 * parentOrigin), else to '*' (the message then carries nothing but the height, as always).
 * No message from the host is listened to. `frame` is the window inside the iframe. Returns the cleanup.
 */
export function postHeight(frame: Window = window): () => void {
  let last = -1;
  const target = parentOrigin({ ancestorOrigins: frame.location.ancestorOrigins, referrer: frame.document.referrer });
  const send = () => {
    // The content's own height (scrollHeight is never less than the frame, so a frame could only
    // grow); while the plan loads, never less than the snippet's, so the host's page does not jump.
    const content = Math.ceil(frame.document.documentElement.getBoundingClientRect().height);
    const height = frame.document.querySelector(DRAWN) ? content : Math.max(content, FALLBACK_HEIGHT);
    if (height === last) return;
    last = height;
    frame.parent.postMessage({ type: HEIGHT_MESSAGE, height }, target);
  };
  const ro = new ResizeObserver(send);
  ro.observe(frame.document.documentElement);
  // The first drawn item may come without a change of size: tell the height then too, once.
  const drawn = new MutationObserver(() => {
    if (!frame.document.querySelector(DRAWN)) return;
    drawn.disconnect();
    send();
  });
  drawn.observe(frame.document.body, { childList: true, subtree: true });
  send();
  return () => {
    ro.disconnect();
    drawn.disconnect();
  };
}
