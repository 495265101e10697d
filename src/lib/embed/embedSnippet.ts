import { HEIGHT_MESSAGE } from '../state/postHeight';

/** Height before the page reports its own: enough for the title, the buttons and the whole diagram at any width. */
export const FALLBACK_HEIGHT = 860;

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The code a council's web admin pastes: the iframe, and a few lines of host script that set
 * its height from the height the embedded page reports (only from our origin, only for this
 * iframe). Where a CMS strips scripts, the iframe alone still shows the whole diagram.
 */
export function embedSnippet(src: string, title: string): string {
  const origin = new URL(src).origin;
  const id = `welfare-plan-${Math.abs([...src].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7)).toString(36)}`;
  return [
    `<iframe id="${id}" src="${attr(src)}" title="${attr(title)}" loading="lazy" width="100%" height="${FALLBACK_HEIGHT}" style="border:0" allow="fullscreen"></iframe>`,
    '<script>',
    'addEventListener("message", function (e) {',
    `  var f = document.getElementById("${id}");`,
    `  if (f && e.origin === "${origin}" && e.source === f.contentWindow && e.data && e.data.type === "${HEIGHT_MESSAGE}") f.height = String(e.data.height);`,
    '});',
    '</script>',
  ].join('\n');
}
