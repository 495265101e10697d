export const HEIGHT_MESSAGE = 'welfare-plan-explorer:height';

/**
 * In an iframe, posts the page's height to the host whenever it changes:
 * { type: 'welfare-plan-explorer:height', height: <px> }. Nothing else is sent, and no
 * message from the host is listened to. Returns the cleanup.
 */
export function postHeight(win: Window = window): () => void {
  let last = -1;
  const send = () => {
    const height = Math.ceil(win.document.documentElement.scrollHeight);
    if (height === last) return;
    last = height;
    win.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  const ro = new ResizeObserver(send);
  ro.observe(win.document.documentElement);
  send();
  return () => ro.disconnect();
}
