/**
 * The plan's title, council and period as the top of its text states them (a cover page or a
 * title line), proposed for the import page's fields: 第4次○○市地域福祉活動計画,
 * 社会福祉法人 ○○市社会福祉協議会, 令和6年度～令和9年度 or 2024年度〜2028年度. Pure.
 */
import { halfWidthAscii } from '../text/width';

export interface MetaProposal {
  title?: string;
  council?: string;
  municipality?: string;
  period?: string;
}

/** Covers and title pages come first: further down, a council's name is usually someone else's. */
const TOP_LINES = 40;
/** A title line longer than this is a sentence that mentions the plan, not its title. */
const TITLE_MAX = 40;

const TITLE_RE =
  /^(?:第\s*[0-9一二三四五六七八九十]+\s*[次期]\s*)?.{0,20}?地域福祉(?:活動)?(?:推進)?計画(?:[・･].{0,20}計画)?$/u;
const COUNCIL_RE = /((?:[^\s、。,「」()（）]{1,12}?[都道府県])?[^\s、。,「」()（）]{1,12}?[市区町村])社会福祉協議会/u;
/** A colophon's label before the council's name (発行 ○○町社会福祉協議会): not part of the name. */
const COLOPHON_LABEL_RE = /^(?:編集[・･]?発行|発行[・･]?編集|発行|編集|策定|作成|制作|事務局)(?:者|元)?[:：]?/u;
const ERA_RANGE_RE =
  /(令和|平成)\s*(元|\d{1,2})\s*年度?\s*(?:[～〜~\-－ー―‐]|から)\s*(?:(令和|平成)\s*)?(\d{1,2})\s*年度/u;
const YEAR_RANGE_RE = /((?:19|20)\d{2})\s*年度?\s*(?:[～〜~\-－ー―‐]|から)\s*((?:19|20)\d{2})\s*年度/u;

/** The line as a title: spaces inside it (第4次 ○○市 …) and a trailing 【概要版】 removed. */
function titleOf(line: string): string | undefined {
  // A trailing 【概要版】 or (令和8年度～令和12年度) is not part of the title (the period is read apart).
  const t = halfWidthAscii(line)
    .replace(/[\s\u3000]+/g, '')
    .replace(/[【(（][^】)）]*(版|案|年度)[】)）]$/u, '');
  return t.length <= TITLE_MAX && TITLE_RE.test(t) ? t : undefined;
}

function periodOf(line: string): string | undefined {
  const s = halfWidthAscii(line);
  const era = s.match(ERA_RANGE_RE);
  if (era) return `${era[1]}${era[2]}年度～${era[3] ?? era[1]}${era[4]}年度`;
  const years = s.match(YEAR_RANGE_RE);
  return years ? `${years[1]}年度～${years[2]}年度` : undefined;
}

/** What the first lines of a plan's text say about it; fields it does not state are left out. */
export function proposeMeta(text: string): MetaProposal {
  const out: MetaProposal = {};
  for (const raw of text.split(/\r\n|\r|\n/, TOP_LINES)) {
    const line = raw.trim();
    if (!line) continue;
    out.title ??= titleOf(line);
    out.period ??= periodOf(line);
    const council = line
      .replace(/[\s\u3000]+/g, '')
      .replace(/^.*?社会福祉法人/u, '')
      .replace(COLOPHON_LABEL_RE, '')
      .match(COUNCIL_RE);
    if (council && !out.council)
      [out.council, out.municipality] = [`${council[1]}社会福祉協議会`, council[1].replace(/^.*?[都道府県](?=.)/u, '')];
  }
  return out;
}
