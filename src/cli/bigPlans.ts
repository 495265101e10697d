/**
 * Long and deep plan texts for the compile bench and the size/depth tests: the shapes a big
 * real plan has (seed plans one after another; level words with compound codes 2-(1);
 * plain numbering that restarts under each parent; bullets), made to a given number of lines.
 */
const VISION = ['第4次大町市地域福祉活動計画', '', '基本理念', '', 'みんなで ささえあう まち', ''];

/** Lines repeated until `lines` are written (a text of `lines` lines exactly). */
const toLength = (make: (k: number) => string[], lines: number): string => {
  const out = [...VISION];
  for (let k = 1; out.length < lines; k++) out.push(...make(k));
  return out.slice(0, lines).join('\n');
};

/** 基本目標 g / 施策 g-s / bullets with a sentence each. */
export const levelWordPlan = (lines: number): string =>
  toLength(
    (g) => [
      `基本目標${g} 地域でつながる仕組みをつくる`,
      '',
      ...[1, 2, 3, 4, 5].flatMap((s) => [
        `施策${g}-${s} 見守りの輪を広げる`,
        '',
        ...[1, 2, 3, 4, 5, 6].map((i) => `・地域の見守り活動を進めます(${g}-${s}-${i})。`),
        '',
      ]),
    ],
    lines,
  );

/** 1 / (1) / ① numbering restarting under each parent, with a description line. */
export const numberedPlan = (lines: number): string =>
  toLength(
    (g) => [
      `${g} 誰もが参加できる地域をつくる`,
      ...[1, 2, 3, 4].flatMap((s) => [
        `(${s}) 交流の場を増やす`,
        '地域の居場所を増やし、参加しやすくします。',
        ...['①', '②', '③'].map((c) => `${c} サロン活動の支援`),
      ]),
    ],
    lines,
  );

/** The seed plans' texts one after another (real shapes: tables, prose, residents' lists). */
export const seedsPlan = (seeds: string[], lines: number): string => {
  const src = seeds.join('\n').split('\n');
  return toLength(() => src, lines);
};

/** An outline (the authoring format) whose bullets nest `depth` levels deep, one item a level. */
export const deepBullets = (depth: number): string =>
  [
    '---',
    '形式: アウトライン',
    '---',
    '# 基本理念: みんなでささえあうまち',
    '## 基本目標 1 つながる地域',
    ...Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- 取組 ${i + 1}`),
  ].join('\n');
