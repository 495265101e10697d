import Papa from 'papaparse';
import { fiscalYear } from './fiscalYear';
import { gradeOf, scaleFor, type Scale } from './scales';
import { unneutralise } from '../export/csvText';
import { excelIdCandidates } from './excelIds';
import { foldTitle } from './foldTitle';
import { differingTitles, titlesById, type Differing } from './otherPlan';

/** One evaluation of one item in one year. */
export interface Evaluation {
  id: string;
  year: number;
  symbol: string;
  memo: string;
  indicator?: string;
  target?: string;
  actual?: string;
  /** Line of the sheet it came from (1-based, the header is line 1). */
  line: number;
}

export interface ProgressSheet {
  scale: Scale;
  evaluations: Evaluation[];
  /** Years present, latest first. */
  years: number[];
}

export interface SheetProblem {
  line: number;
  message: string;
}

/** What the reader tells besides problems: rows skipped as blank, ids it had to recover. */
export interface SheetReading {
  sheet: ProgressSheet | null;
  problems: SheetProblem[];
  /** Plain-Japanese notes for the person who loaded the sheet (blank rows, recovered ids). */
  notices: string[];
}

/** What the reader knows of the plan and the file besides the item ids. */
export interface SheetContext {
  /** The file's name, for messages (「評価.csv」5 行目: …). */
  fileName?: string;
  /** Each item's title as people know it (with and without its code), to match rows whose id is lost. */
  titles?: ReadonlyMap<string, string[]>;
  declared?: Scale['id'];
}

const COLUMNS = {
  id: ['id', 'ID', '項目id', '番号'],
  year: ['年度'],
  status: ['評価'],
  memo: ['メモ', '備考'],
  indicator: ['指標'],
  target: ['目標値'],
  actual: ['実績値'],
  title: ['項目', '項目名', '取組', '取組名', 'タイトル', 'title', '名称'],
} as const;
type Column = keyof typeof COLUMNS;

function columnsOf(header: string[]): Partial<Record<Column, number>> {
  const folded = header.map((h) => h.normalize('NFKC').trim());
  const out: Partial<Record<Column, number>> = {};
  for (const [key, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const i = folded.findIndex((h) => names.some((n) => n.normalize('NFKC').toLowerCase() === h.toLowerCase()));
    if (i >= 0) out[key] = i;
  }
  return out;
}

/** Rows of the sheet with the line each starts on (a quoted cell may hold line breaks). */
function rowsWithLines(text: string): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    step: (r) => {
      rows.push({ cells: r.data, line });
      // The cursor stands after the row's own line end: count the lines it spanned.
      for (let i = start; i < r.meta.cursor; i++) if (text.charCodeAt(i) === 10) line++;
      start = r.meta.cursor;
    },
  });
  // Rows with nothing in any cell (the line end after the last row, Excel's trailing ,,,) are not rows.
  return rows.filter((r) => r.cells.some((c) => c.trim()));
}

/** Cells people type nothing into on a row they have not evaluated yet (the template fills id, 年度 and 項目). */
const CONTENT: readonly Column[] = ['status', 'memo', 'indicator', 'target', 'actual'];

/** The prefix the template writes before each id (No.1-1) so that no spreadsheet reads it as a date. */
export const ID_PREFIX = 'No.';

/**
 * An id cell as written, without what the template or a spreadsheet wrapped round it: No.1-1
 * (also No 1-1, №1-1), ="1-1", '1-1. An id of the plan that itself starts with 「no」 stays whole.
 */
export function bareId(raw: string, known?: ReadonlySet<string>): string {
  const s = unneutralise(raw.normalize('NFKC').trim()).replace(/^'/, '');
  const unwrapped = (s.match(/^="(.*)"$/)?.[1] ?? s).trim();
  if (known?.has(unwrapped)) return unwrapped;
  return unwrapped.replace(/^no(?:\.|\s+|(?=\d))\s*/i, '');
}

export { foldTitle };

type Found = { id: string; how: 'id' | 'excel' | 'title' } | { id: null; why: string };

/** The item a row is about: its id as written, else the id a spreadsheet changed, else its title. */
function findItem(
  rawId: string,
  title: string,
  known: ReadonlySet<string>,
  titles?: ReadonlyMap<string, string[]>,
): Found {
  const id = bareId(rawId, known);
  if (known.has(id)) return { id, how: 'id' };
  const excel = excelIdCandidates(id, known);
  if (excel.length === 1) return { id: excel[0], how: 'excel' };
  const byTitle = title ? (titles?.get(foldTitle(title)) ?? []) : [];
  if (byTitle.length === 1) return { id: byTitle[0], how: 'title' };
  if (excel.length > 1)
    return {
      id: null,
      why: `id「${rawId}」は Excel が日付に変えたもので、${excel.join(' と ')} のどちらか決められません。評価シートのひな形(id が「No.1-1」の形)に書き写すか、id を文字列として直してください。`,
    };
  if (!id) return { id: null, why: 'id が空です。計画のページや CSV 書き出しに出ている id を書いてください。' };
  return {
    id: null,
    why: `id ${id} はこの計画にありません。計画のページや CSV 書き出しに出ている id を書いてください。`,
  };
}

/** Tells what the reader did beyond reading: blank rows skipped, ids recovered, rows matched by title. */
function noticesOf(
  blank: number,
  recovered: { line: number; from: string; id: string; how: 'excel' | 'title' }[],
): string[] {
  const out: string[] = [];
  if (blank) out.push(`評価の書かれていない行(${blank} 行)は読み飛ばしました。`);
  const excel = recovered.filter((r) => r.how === 'excel');
  const title = recovered.filter((r) => r.how === 'title');
  const eg = (r: (typeof recovered)[number]) => `${r.line} 行目「${r.from}」→ ${r.id}`;
  if (excel.length)
    out.push(
      `Excel が日付や数値に変えた id を ${excel.length} 行で元に戻しました(${eg(excel[0])} など)。次からは評価シートのひな形を使うと id が変わりません。`,
    );
  if (title.length) out.push(`id が読めなかった ${title.length} 行は、項目名で照合しました(${eg(title[0])} など)。`);
  return out;
}

/** The template's column of item titles (progressTemplate), the one a sheet of another plan is told by. */
const TEMPLATE_TITLE = '項目';

/** Most titled rows name other items than this plan's: a sheet of another plan (ids alike, titles not). */
const isOtherPlan = (differing: number, titled: number) => differing >= 2 && differing * 2 > titled;

const differingExample = (d: Differing) => `${d.line} 行目 ${d.id}「${d.title}」、この計画では「${d.ours}」`;

function otherPlanMessage(fileName: string | undefined, differing: Differing[], titled: number): string {
  const file = fileName ? `「${fileName}」は` : 'この表は';
  return `${file}別の計画の評価シートのようです。項目名が ${titled} 行のうち ${differing.length} 行でこの計画と違います(${differingExample(differing[0])})。読み込みませんでした。この計画の「評価シートのひな形」に書き写すか、その計画のページで読み込んでください。`;
}

/**
 * Reads a progress sheet (CSV as Excel writes it: UTF-8 with or without BOM, CRLF or LF):
 * header `id,年度,評価,メモ` and optional `指標,目標値,実績値` and `項目`. Rows with no evaluation
 * are skipped and counted; ids a spreadsheet turned into dates are read back, or the row is
 * matched by its 項目; rows that name an unknown item or status, or no year, are reported with
 * their line and left out; the rest load.
 */
export function readProgress(
  csv: string,
  knownIds: ReadonlySet<string>,
  context: SheetContext | Scale['id'] = {},
): SheetReading {
  const { fileName, titles, declared } = typeof context === 'string' ? { declared: context } : context;
  const at = (line: number) => `${fileName ? `「${fileName}」` : ''}${line} 行目: `;
  const text = csv.replace(/^\uFEFF/, '');
  const [header, ...rows] = rowsWithLines(text);
  if (!header)
    return {
      sheet: null,
      notices: [],
      problems: [
        {
          line: 1,
          message: `${fileName ? `「${fileName}」は` : ''}表が空です。1 行目に「id,年度,評価,メモ」の見出しを書いてください(評価シートのひな形を使うと確実です)。`,
        },
      ],
    };
  const col = columnsOf(header.cells);
  const missing = (['id', 'year', 'status'] as const).filter((k) => col[k] === undefined);
  if (missing.length) {
    const names = { id: 'id', year: '年度', status: '評価' };
    return {
      sheet: null,
      notices: [],
      problems: [
        {
          line: header.line,
          message: `${at(header.line)}「${missing.map((m) => names[m]).join('」「')}」の列がありません。見出しは「id,年度,評価,メモ」です(評価シートのひな形を使うと確実です)。`,
        },
      ],
    };
  }
  const cell = (r: string[], k: Column) => (col[k] === undefined ? '' : unneutralise((r[col[k]!] ?? '').trim()));
  const filled = rows.filter((r) => CONTENT.some((k) => cell(r.cells, k)));
  const scale = scaleFor(filled.map((r) => cell(r.cells, 'status')).filter(Boolean), declared);
  const problems: SheetProblem[] = [];
  const evaluations: Evaluation[] = [];
  const recovered: Parameters<typeof noticesOf>[1] = [];
  const byId: { line: number; id: string; title: string }[] = [];
  for (const { cells, line } of filled) {
    const found = findItem(cell(cells, 'id'), cell(cells, 'title'), knownIds, titles);
    if (found.id !== null && found.how === 'id') byId.push({ line, id: found.id, title: cell(cells, 'title') });
    const year = fiscalYear(cell(cells, 'year'));
    const status = cell(cells, 'status');
    if (found.id === null) problems.push({ line, message: `${at(line)}${found.why}` });
    else if (year === null)
      problems.push({
        line,
        message: `${at(line)}年度「${cell(cells, 'year')}」が読めません。2025 や 令和7年度 のように書いてください。`,
      });
    else if (!status)
      problems.push({
        line,
        message: `${at(line)}評価が空です(メモなどは書かれています)。${scale.grades.map((g) => g.symbol).join('・')} のどれかを書いてください。`,
      });
    else if (!gradeOf(scale, status))
      problems.push({
        line,
        message: `${at(line)}評価「${status}」は ${scale.name} のどれでもありません。${scale.grades.map((g) => g.symbol).join('・')} のどれかを書いてください。`,
      });
    else {
      if (found.how !== 'id')
        recovered.push({
          line,
          from: found.how === 'title' ? cell(cells, 'title') : cell(cells, 'id'),
          id: found.id,
          how: found.how,
        });
      const opt = (k: Column) => (cell(cells, k) ? { [k]: cell(cells, k) } : {});
      evaluations.push({
        id: found.id,
        year,
        symbol: gradeOf(scale, status)!.symbol,
        memo: cell(cells, 'memo'),
        line,
        ...opt('indicator'),
        ...opt('target'),
        ...opt('actual'),
      });
    }
  }
  // Only the template's own 項目 column holds the plan's titles; a 取組 or 名称 column may hold the council's own names.
  const templateTitles = col.title !== undefined && header.cells[col.title].normalize('NFKC').trim() === TEMPLATE_TITLE;
  const differing = titles && templateTitles ? differingTitles(byId, titlesById(titles)) : [];
  const titled = byId.filter((r) => r.title).length;
  if (isOtherPlan(differing.length, titled))
    return {
      sheet: null,
      notices: [],
      problems: [{ line: header.line, message: otherPlanMessage(fileName, differing, titled) }],
    };
  const years = [...new Set(evaluations.map((e) => e.year))].sort((a, b) => b - a);
  const notices = noticesOf(rows.length - filled.length, recovered);
  if (differing.length)
    notices.push(
      `${differing.length} 行で、項目名がこの計画と違います(${differingExample(differing[0])})。id が正しいか確かめてください。`,
    );
  return { sheet: evaluations.length ? { scale, evaluations, years } : null, problems, notices };
}

/** Titles of a plan's items as the template writes them (「code title」) and bare, for matching rows by 項目. */
export function titlesOf(items: Iterable<{ id: string; code: string; title: string }>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const n of items) {
    for (const key of new Set([foldTitle(n.title), foldTitle(`${n.code} ${n.title}`)])) {
      if (key) (out.get(key) ?? out.set(key, []).get(key)!).push(n.id);
    }
  }
  return out;
}
