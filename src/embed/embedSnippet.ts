import { FALLBACK_HEIGHT, HEIGHT_MESSAGE } from '../lib/state/postHeight';

export { FALLBACK_HEIGHT };

/** Marks our iframes on the host page: the snippet's script sizes only these. */
export const FRAME_ATTRIBUTE = 'data-welfare-plan';

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A fresh id for each snippet the dialog gives (a CMS may anchor or style by it). */
function uniqueId(random: () => number): string {
  return `welfare-plan-${Math.floor(random() * 36 ** 8)
    .toString(36)
    .padStart(8, '0')}`;
}

/**
 * The code a council's web admin pastes: the iframe, and a few lines of host script that set
 * its height from the height the embedded page reports. The script finds the iframe by the
 * window the message came from (not by id), so the same snippet pasted twice sizes both; it
 * takes messages only from the plan site, or from a frame the CMS sandboxed (its origin is
 * then "null", and the window check still holds). No inline style: it works under a host
 * CSP without 'unsafe-inline'. Where a CMS strips scripts, the iframe alone still shows the
 * whole diagram.
 */
export function embedSnippet(src: string, title: string, random: () => number = Math.random): string {
  const origin = new URL(src).origin;
  return [
    `<iframe id="${uniqueId(random)}" ${FRAME_ATTRIBUTE} src="${attr(src)}" title="${attr(title)}" loading="lazy" width="100%" height="${FALLBACK_HEIGHT}" frameborder="0" allow="fullscreen"></iframe>`,
    '<script>',
    'addEventListener("message", function (e) {',
    `  if ((e.origin !== "${origin}" && e.origin !== "null") || !e.data || e.data.type !== "${HEIGHT_MESSAGE}" || !(e.data.height > 0)) return;`,
    `  var frames = document.querySelectorAll("iframe[${FRAME_ATTRIBUTE}]");`,
    '  for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === e.source) frames[i].height = String(Math.ceil(e.data.height));',
    '});',
    '</script>',
  ].join('\n');
}

/**
 * The `<welfare-plan>` custom element for the same plan: the module from the plan site, and a
 * link inside the element that shows when the script cannot run.
 */
export function elementSnippet(appUrl: string, planId: string, view: string, title: string): string {
  const app = new URL(appUrl);
  const script = new URL('welfare-plan.js', app).href;
  const open = new URL(`#/plan/${encodeURIComponent(planId)}`, app).href;
  return [
    `<script type="module" src="${attr(script)}"></script>`,
    `<welfare-plan plan="${attr(planId)}" view="${attr(view)}"><a href="${attr(open)}">${attr(title)}を開く</a></welfare-plan>`,
  ].join('\n');
}
