/**
 * A plan's share card (1200×630, what LINE, Facebook and X show for a shared link): the plan's
 * sunburst, drawn with the app's own layout code (partition, arcPath, branchColor), beside its
 * title, council, period and top-level goals. Written here as an HTML document (pure); the build
 * photographs it with Chromium (src/build/renderCards.ts), whose system fonts draw the Japanese.
 */
import { hierarchy } from 'd3-hierarchy';
import type { Plan } from '../lib/plan/schema';
import { partition } from '../lib/layout/partition';
import { arcPath } from '../lib/layout/arcPath';
import { branchAccent, branchColor, INK } from '../lib/layout/branchColor';
import { CARD_HEIGHT, CARD_WIDTH, esc } from './planHtml';

const DISC_RADIUS = 280;
const DISC_CENTRE_X = CARD_WIDTH - DISC_RADIUS - 30;
/** Goals listed beside the disc; more would not be legible at a share card's size. */
const MAX_GOALS = 6;
/** Rings drawn: deeper ones would be thinner than a line at this size. */
const MAX_DEPTH = 4;

/** The sunburst as SVG paths: every cell down to MAX_DEPTH, one ring per depth. */
export function discSvg(plan: Plan): string {
  const cells = partition(hierarchy(plan.root)).filter((c) => c.depth <= MAX_DEPTH);
  const depth = Math.max(1, ...cells.map((c) => c.depth));
  const ring = DISC_RADIUS / (depth + 1);
  const paths = cells
    .filter((c) => c.depth > 0)
    .map(
      (c) =>
        `<path d="${arcPath(c.x0 * 2 * Math.PI, c.x1 * 2 * Math.PI, c.y0 * ring, c.y1 * ring)}" fill="${branchColor(c.branch, c.depth)}" stroke="#fff" stroke-width="1"/>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${DISC_RADIUS * 2}" height="${DISC_RADIUS * 2}" viewBox="${-DISC_RADIUS} ${-DISC_RADIUS} ${DISC_RADIUS * 2} ${DISC_RADIUS * 2}" role="img"><circle r="${ring - 2}" fill="${INK}"/>${paths}</svg>`;
}

/** The card as a document of exactly CARD_WIDTH × CARD_HEIGHT. */
export function shareCardHtml(plan: Plan): string {
  const goals = plan.root.children.slice(0, MAX_GOALS);
  const more = plan.root.children.length - goals.length;
  const items = goals
    .map(
      (g, i) =>
        `<li><span class="sw" style="background:${branchAccent(i)}"></span>${esc(g.code ? `${g.code} ` : '')}${esc(g.title)}</li>`,
    )
    .join('');
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>
*{margin:0;box-sizing:border-box}
body{width:${CARD_WIDTH}px;height:${CARD_HEIGHT}px;overflow:hidden;background:#fff;color:${INK};font-family:"Noto Sans CJK JP","Noto Sans JP",sans-serif;position:relative}
.text{position:absolute;left:48px;top:44px;width:${DISC_CENTRE_X - DISC_RADIUS - 80}px;display:flex;flex-direction:column;gap:14px}
.council{font-size:26px;color:#444}
h1{font-size:40px;line-height:1.25;word-break:auto-phrase;font-weight:700;display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}
.period{font-size:24px;color:#444}
ul{list-style:none;display:flex;flex-direction:column;gap:8px;margin-top:8px}
li{font-size:24px;line-height:1.3;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.sw{display:inline-block;width:18px;height:18px;border-radius:4px;margin-right:10px;vertical-align:-1px}
.disc{position:absolute;left:${DISC_CENTRE_X - DISC_RADIUS}px;top:${CARD_HEIGHT / 2 - DISC_RADIUS}px}
</style></head><body>
<div class="text"><p class="council">${esc(plan.council)}</p><h1>${esc(plan.title)}</h1>${plan.period ? `<p class="period">${esc(plan.period.label)}</p>` : ''}<ul>${items}${more > 0 ? `<li>ほか ${more} 項目</li>` : ''}</ul></div>
<div class="disc">${discSvg(plan)}</div>
</body></html>`;
}
