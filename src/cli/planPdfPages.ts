/**
 * Plan pages as HTML for Chromium to print as PDF (src/cli/printPdf.ts): the bench's long PDF, and
 * the page and goal the tests' layouts (tests/pdf/layouts.ts) are written with.
 */

/** An A4 page of `body` in Noto Sans CJK, with page breaks where `.break` says. */
export const page = (body: string, css = '') => `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 18mm 16mm; }
body { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 11pt; line-height: 1.6; margin: 0; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; margin: 1em 0 0.4em; }
.break { break-after: page; }
${css}</style></head><body>${body}</body></html>`;

/** A 基本目標 heading, its lead paragraph and its 施策 (title and description) numbered (1), (2) … */
export const goal = (n: number, title: string, items: string[][]) => `
<h2>基本目標${n} ${title}</h2>
<p>${title}ために、地域のみなさんと社会福祉協議会が力を合わせて取り組みます。住民一人ひとりが役割を持ち、支え合いの輪を広げていきます。</p>
${items.map(([t, d], i) => `<h3>(${i + 1}) ${t}</h3><p>${d}</p>`).join('')}`;

/** Many pages (for the bench): the two-page plan's goals repeated, one a page. */
export function manyPages(n: number): string {
  const goals = Array.from(
    { length: n },
    (_, i) =>
      `${goal(i + 1, `地域の力を育てる${i + 1}`, [
        ['見守り活動の推進', '高齢者や障がいのある人を地域で見守る活動を広げます。'],
        ['居場所づくり', 'サロンや子ども食堂など、だれもが集える場所を増やします。'],
        ['相談支援の充実', '困りごとを受け止める総合相談の窓口を充実させます。'],
      ])}<div class="break"></div>`,
  ).join('');
  return page(`<h1>第1次大町地域福祉活動計画</h1><h2>基本理念</h2><p>ともに歩む大町</p>${goals}`);
}
