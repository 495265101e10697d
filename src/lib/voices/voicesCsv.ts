import Papa from 'papaparse';
import type { PlanTree } from '../plan/hierarchy';
import { csvText, unneutralise } from '../export/csvText';
import { ID_PREFIX, bareId } from '../progress/readProgress';
import { excelIdCandidates } from '../progress/excelIds';
import { KINDS, type Kind, type Meeting, type Opinion, type VoiceBook } from './types';

/** The columns of an opinions CSV, in order; the first five name what is needed to read it back. */
export const HEADER = [
  '意見ID',
  '会議ID',
  'id',
  '意見',
  '開催日',
  '会場',
  '会議の地区',
  '項目',
  '種類',
  '地区',
  '年代',
  '記録日時',
] as const;
const REQUIRED = HEADER.slice(0, 4);

/**
 * Everything heard, one row an opinion, with its meeting and its item's id and title, as Excel
 * opens it (the progress sheet's form: BOM, CRLF, ids as 「No.1-1」 so Excel keeps them as text,
 * formula cells neutralised). The ids of opinions and meetings let another browser merge it.
 */
export function voicesCsv(tree: PlanTree, book: Pick<VoiceBook, 'meetings' | 'opinions'>): string {
  const meetings = new Map(book.meetings.map((m) => [m.id, m]));
  const order = new Map(tree.inOrder().map((d, i) => [d.data.id, i]));
  const rank = (o: Opinion) => order.get(o.nodeId) ?? order.size;
  const sorted = [...book.opinions].sort((a, b) => rank(a) - rank(b) || a.at.localeCompare(b.at));
  const rows = sorted.map((o) => {
    const m = meetings.get(o.meetingId);
    const n = tree.node(o.nodeId);
    const title = n ? `${n.code ? `${n.code} ` : ''}${n.title}` : '';
    return [
      o.id,
      o.meetingId,
      `${ID_PREFIX}${o.nodeId}`,
      o.text,
      m?.date ?? '',
      m?.place ?? '',
      m?.district ?? '',
      title,
      o.kind,
      o.district,
      o.age,
      o.at,
    ];
  });
  return csvText([[...HEADER], ...rows]);
}

/** A row that could not be read, by its line in the file as a spreadsheet numbers it. */
export interface VoiceProblem {
  line: number;
  message: string;
}

/** 2026/12/5 (Excel's way of saving a date) or 2026-12-05 → 2026-12-05. */
export function isoDate(raw: string): string {
  const m = raw.trim().match(/^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})/);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : raw.trim();
}

/** The item's id as the progress sheets read it: without 「No.」, and back from a date Excel made of it. */
function itemId(raw: string, known: ReadonlySet<string>): string {
  const id = bareId(raw, known);
  return known.has(id) ? id : (excelIdCandidates(raw, known)[0] ?? id);
}

type Row = Record<string, string>;

function opinionOf(r: Row, known: ReadonlySet<string>): Opinion {
  const kind = KINDS.includes(r['種類'] as Kind) ? (r['種類'] as Kind) : '';
  return {
    id: r['意見ID'],
    meetingId: r['会議ID'],
    nodeId: itemId(r['id'] ?? '', known),
    text: r['意見'],
    kind,
    district: r['地区'] ?? '',
    age: r['年代'] ?? '',
    at: r['記録日時'] ?? '',
  };
}

/**
 * Reads an opinions CSV this app wrote (also after Excel saved it again). Rows whose item is not
 * in this plan, or that lack an id or the words, are reported by line; the rest is read.
 */
export function readVoicesCsv(
  text: string,
  tree: PlanTree,
): { meetings: Meeting[]; opinions: Opinion[]; problems: VoiceProblem[] } {
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transform: (v) => unneutralise(v.trim()),
  });
  const missing = REQUIRED.filter((h) => !parsed.meta.fields?.includes(h));
  if (missing.length)
    return {
      meetings: [],
      opinions: [],
      problems: [
        {
          line: 1,
          message: `1 行目に「${missing.join('」「')}」の列がありません。この画面の「CSV で書き出す」で作ったファイルを選んでください。`,
        },
      ],
    };
  const known = new Set(tree.inOrder().map((d) => d.data.id));
  const meetings = new Map<string, Meeting>();
  const opinions: Opinion[] = [];
  const problems: VoiceProblem[] = [];
  parsed.data.forEach((r, i) => {
    const line = i + 2;
    const o = opinionOf(r, known);
    if (!o.id || !o.meetingId || !o.text)
      problems.push({ line, message: `${line} 行目: 意見ID・会議ID・意見のどれかが空なので読みませんでした。` });
    else if (!known.has(o.nodeId))
      problems.push({ line, message: `${line} 行目: 項目「${o.nodeId}」はこの計画にないので読みませんでした。` });
    else {
      opinions.push(o);
      if (!meetings.has(o.meetingId))
        meetings.set(o.meetingId, {
          id: o.meetingId,
          date: isoDate(r['開催日'] ?? ''),
          place: r['会場'] ?? '',
          district: r['会議の地区'] ?? '',
        });
    }
  });
  return { meetings: [...meetings.values()], opinions, problems };
}
