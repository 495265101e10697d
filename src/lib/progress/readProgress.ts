import Papa from 'papaparse';
import { fiscalYear } from './fiscalYear';
import { gradeOf, scaleFor, type Scale } from './scales';

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

const COLUMNS = { id: ['id', 'ID', '項目id', '番号'], year: ['年度'], status: ['評価'], memo: ['メモ', '備考'], indicator: ['指標'], target: ['目標値'], actual: ['実績値'] } as const;
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
  return rows.filter((r) => r.cells.some((c) => c.trim()));
}

/**
 * Reads a progress sheet (CSV as Excel writes it: UTF-8 with or without BOM, CRLF or LF):
 * header `id,年度,評価,メモ` and optional `指標,目標値,実績値`. Rows that name an unknown item or
 * status, or no year, are reported with their line and left out; the rest load.
 */
export function readProgress(csv: string, knownIds: ReadonlySet<string>, declared?: Scale['id']): { sheet: ProgressSheet | null; problems: SheetProblem[] } {
  const text = csv.replace(/^\uFEFF/, '');
  const [header, ...rows] = rowsWithLines(text);
  if (!header) return { sheet: null, problems: [{ line: 1, message: '表が空です。1 行目に「id,年度,評価,メモ」の見出しを書いてください。' }] };
  const col = columnsOf(header.cells);
  const missing = (['id', 'year', 'status'] as const).filter((k) => col[k] === undefined);
  if (missing.length) {
    const names = { id: 'id', year: '年度', status: '評価' };
    return { sheet: null, problems: [{ line: header.line, message: `1 行目に「${missing.map((m) => names[m]).join('」「')}」の列がありません。見出しは「id,年度,評価,メモ」です(評価シートのひな形を使うと確実です)。` }] };
  }
  const cell = (r: string[], k: Column) => (col[k] === undefined ? '' : (r[col[k]!] ?? '').trim());
  const scale = scaleFor(rows.map((r) => cell(r.cells, 'status')).filter(Boolean), declared);
  const problems: SheetProblem[] = [];
  const evaluations: Evaluation[] = [];
  for (const { cells, line } of rows) {
    const id = cell(cells, 'id').normalize('NFKC');
    const year = fiscalYear(cell(cells, 'year'));
    const status = cell(cells, 'status');
    if (!knownIds.has(id)) problems.push({ line, message: `${line} 行目: id ${id || '(空)'} はこの計画にありません。計画のページや CSV 書き出しに出ている id を書いてください。` });
    else if (year === null) problems.push({ line, message: `${line} 行目: 年度「${cell(cells, 'year')}」が読めません。2025 や 令和7年度 のように書いてください。` });
    else if (!gradeOf(scale, status)) problems.push({ line, message: `${line} 行目: 評価「${status || '(空)'}」は ${scale.name} のどれでもありません。` });
    else {
      const opt = (k: Column) => (cell(cells, k) ? { [k]: cell(cells, k) } : {});
      evaluations.push({ id, year, symbol: gradeOf(scale, status)!.symbol, memo: cell(cells, 'memo'), line, ...opt('indicator'), ...opt('target'), ...opt('actual') });
    }
  }
  const years = [...new Set(evaluations.map((e) => e.year))].sort((a, b) => b - a);
  return { sheet: evaluations.length ? { scale, evaluations, years } : null, problems };
}
