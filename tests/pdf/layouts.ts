/**
 * Typical plan layouts as HTML, printed to PDF by Chromium in the tests (tests/pdf/makePdf.ts):
 * what councils' PDFs look like, made here so the tests need no downloaded file.
 */
import { goal, manyPages, page } from '../../src/cli/planPdfPages';

export { manyPages };

/** A 体系図 table: each 基本目標 cell spans its 施策 rows, each 施策 cell its 取組 rows. */
export const table = page(
  `
<h1>南町地域福祉活動計画 体系図</h1>
<h2 class="spaced">基 本 理 念</h2>
<p>だれもが安心して暮らせる南町</p>
<table>
<tr><th>基本目標</th><th>施策</th><th>取組</th></tr>
<tr><td rowspan="3">1 ふれあう地域</td><td rowspan="2">(1) 交流の場</td><td>① サロンの運営</td></tr>
<tr><td>② 子ども食堂の支援</td></tr>
<tr><td>(2) 見守り</td><td>① 声かけ運動</td></tr>
<tr><td rowspan="3">2 支え合う地域</td><td rowspan="2">(1) 担い手の育成</td><td>① ボランティア講座</td></tr>
<tr><td>② 福祉教育</td></tr>
<tr><td>(2) 災害への備え</td><td>① 避難行動要支援者の把握</td></tr>
</table>`,
  `table { border-collapse: collapse; width: 100%; margin-top: 1em; }
th, td { border: 1px solid #333; padding: 6px 8px; vertical-align: middle; text-align: left; }
th { background: #e8eef6; }`,
);

/** A plan over two pages (printed with a running header and page numbers: makePdf.ts). */
export const twoPages = page(`
<h1>第2次北町地域福祉活動計画</h1>
<h2>基本理念</h2>
<p>ともに生き、ともに支える北町</p>
${goal(1, 'つながりのある地域をつくる', [
  ['見守り活動の推進', '高齢者や障がいのある人を地域で見守る活動を広げます。'],
  ['居場所づくり', 'サロンや子ども食堂など、だれもが集える場所を増やします。'],
])}
<div class="break"></div>
${goal(2, '安心して暮らせる仕組みをつくる', [
  ['相談支援の充実', '困りごとを受け止める総合相談の窓口を充実させます。'],
  ['権利擁護の推進', '成年後見制度の利用を進め、権利を守ります。'],
  ['災害に備える', '避難行動要支援者の把握と支援の体制を整えます。'],
])}
`);

/** Two columns on one page: a reader finishes the left column before the right. */
export const twoColumns = page(
  `
<h1>西町地域福祉活動計画 概要</h1>
<h2>基本理念</h2>
<p>みんなでつくる笑顔のまち西町</p>
<div class="cols">
<div>${goal(1, '地域で支え合う', [
    ['ボランティアの育成', '講座を開き、活動する人を増やします。地域の行事にも参加しやすくします。'],
    ['福祉教育の推進', '学校と協力して福祉を学ぶ機会をつくります。'],
  ])}</div>
<div>${goal(2, 'だれもが参加できる', [
    ['情報発信の強化', '広報紙とホームページで活動を知らせます。'],
    ['交流の場の拡充', '世代をこえて集える場所を増やします。'],
  ])}</div>
</div>`,
  `.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 12mm; }`,
);

/** Headings spaced out for justification: 「基本理念」 set letter-spaced, and a justified title box. */
export const spacedHeadings = page(
  `
<h1 class="wide">東町地域福祉活動計画</h1>
<h2 class="wide">基本理念</h2>
<p>笑顔があふれる東町</p>
<h2 class="wide">基本目標１</h2><p class="t">ふれあう地域</p>
<h3>施策１ 交流の場</h3>
<h3>施策２ 見守り</h3>
<h2 class="wide">基本目標２</h2><p class="t">支え合う地域</p>
<h3>施策１ 担い手の育成</h3>`,
  `.wide { letter-spacing: 0.8em; } .t { font-weight: bold; }`,
);

/** A page with an image only (a scan): no text layer. */
export const scanned = `<!doctype html><html><body style="margin:0"><canvas id="c" width="600" height="800"></canvas>
<script>const c = document.getElementById('c').getContext('2d'); c.fillStyle = '#eee'; c.fillRect(0, 0, 600, 800); c.fillStyle = '#222'; for (let y = 40; y < 760; y += 28) c.fillRect(40, y, 400 + (y % 120), 12);</script></body></html>`;

/** A 体系図 drawn as boxes in three columns, no header row: each goal's box spans its 施策. */
export const chart = page(
  `
<h1>中町地域福祉活動計画</h1>
<h2>基本理念</h2>
<p>支え合い、笑顔でつながる中町</p>
<div class="chart">
<div class="box g1">基本目標1 ふれあう地域</div><div class="box">施策1 交流の場づくり</div><div class="box">① サロンの運営</div>
<div class="box">施策2 見守り活動</div><div class="box">① 声かけ運動</div>
<div class="box g2">基本目標2 支え合う地域</div><div class="box">施策1 担い手の育成</div><div class="box">① ボランティア講座</div>
<div class="box">施策2 災害への備え</div><div class="box">① 要支援者の把握</div>
</div>`,
  `.chart { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 8px 24px; align-items: center; margin-top: 1em; }
.box { border: 2px solid #246; border-radius: 6px; padding: 10px; }
.g1 { grid-row: 1 / span 2; } .g2 { grid-row: 3 / span 2; }`,
);

/** Emoji in a plan (no emoji font on the printer: the PDF maps their glyphs to U+0000) and a letter outside the BMP (𠮷). */
export const emoji = page(`
<h1>𠮷野町地域福祉活動計画</h1>
<h2>基本理念</h2>
<p>💡 ひらめきと笑顔のまち</p>
<h2>基本目標1 ふれあう地域 🌸</h2>
<h3>(1) 交流の場 😀</h3>
<h2>基本目標2 支え合う地域</h2>
<h3>(1) 𠮷野地区の見守り</h3>`);

/**
 * A 体系図 as a borderless table whose cells touch (no padding, each column as wide as its
 * text): by position a row's cells run together; a tagged print says which text is which cell.
 */
export const unruled = page(
  `
<h1>森町地域福祉活動計画</h1>
<h2>基本理念</h2>
<p>木もれ日のように やさしいまち</p>
<table>
<tr><th>基本目標</th><th>施策</th><th>取組</th></tr>
<tr><td rowspan="3">1 木かげで集う</td><td rowspan="2">(1) 居場所の運営</td><td>① 森のサロン</td></tr>
<tr><td>② 親子の広場</td></tr>
<tr><td>(2) 見守りの輪</td><td>① 声かけ訪問</td></tr>
<tr><td rowspan="2">2 森で支え合う</td><td>(1) 担い手の育成</td><td>① 福祉講座</td></tr>
<tr><td>(2) 災害への備え</td><td>① 避難の訓練</td></tr>
</table>`,
  `table { border-collapse: collapse; margin-top: 1em; }
th, td { border: none; padding: 0 1px 0 0; vertical-align: top; text-align: left; font-weight: normal; white-space: nowrap; }`,
);

/**
 * Goals as headings and 取組 as list items, each item's title then a line break (<br>, Word's
 * Shift+Enter) and what it does; two items' titles are long enough to wrap (one before a long
 * Latin word) and each is one title.
 */
export const softBreaks = page(
  `
<h1>すずらん町地域福祉活動計画</h1>
<h2>基本理念</h2>
<p>すずらんの花のように 寄り添い合うまち</p>
<h2>基本目標1 顔の見える関係をつくる</h2>
<ol>
<li>あいさつ運動<br>朝の通学時間に、自治会と学校が一緒に声をかけます。</li>
<li>地区ごとに住民が気軽に立ち寄れる茶話会と健康相談を兼ねた居場所を公民館や空き店舗で毎月開く取り組み<br>開催の案内は回覧板と広報紙で知らせます。</li>
</ol>
<h2>基本目標2 困りごとを支え合う</h2>
<ol>
<li>買い物支援<br>移動販売車の巡回を地区の要望にあわせて広げます。</li>
<li>除雪ボランティア<br>冬の朝、高齢者世帯の玄関先を中学生と一緒に除雪します。</li>
<li>地区の見守り活動の記録を共有する仕組みとして CommunityBasedIntegratedCareNetworkPlatform を試行</li>
</ol>`,
  `ol { padding-left: 2em; } li { margin: 0.3em 0; }`,
);
