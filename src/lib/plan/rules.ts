/**
 * The rule set: what Japanese welfare plans use to write a hierarchy. Every seed, and every
 * plan a council imports, goes through these same rules; per-plan facts live in metadata hints.
 * docs/reading-rules.md (「規則表」) documents them for councils.
 */
import type { Tag } from './schema';

/**
 * Level words, most specific first (longest match wins), with a rank: a level-word heading
 * nests under the nearest open heading of a smaller rank. Rank 1 sits under the 基本理念.
 */
export const LEVEL_WORDS: ReadonlyArray<{ word: string; rank: number }> = [
  { word: '施策の方向性', rank: 2 },
  { word: '施策の方向', rank: 2 },
  { word: '具体的な取組', rank: 4 },
  { word: '具体的な取り組み', rank: 4 },
  { word: '基本計画', rank: 1 },
  { word: '基本目標', rank: 1 },
  { word: '基本方針', rank: 1 },
  { word: '重点施策', rank: 1 },
  { word: '重点目標', rank: 2 },
  { word: '基本施策', rank: 2 },
  { word: '推進項目', rank: 3 },
  { word: '活動方針', rank: 3 },
  { word: '活動目標', rank: 3 },
  { word: '取組項目', rank: 4 },
  { word: '実施項目', rank: 4 },
  { word: '施策', rank: 2 },
  { word: '取り組み', rank: 4 },
  { word: '取組', rank: 4 },
];

/** Words that head a 体系図 table's column besides the level words: the list of actions under a 施策. */
export const TABLE_HEADER_WORDS: ReadonlyArray<{ word: string; rank: number }> = [
  { word: '主な取組', rank: 4 },
  { word: '主な取り組み', rank: 4 },
  { word: '主な取組み', rank: 4 },
];

/** Names for levels a plan leaves unnamed, by depth (a metadata hint can name them instead). */
export const DEFAULT_LEVELS = ['基本目標', '施策', '取組', '細目'];

/** A level word that is itself a marker: 重点施策 is a 重点 branch. */
export const LEVEL_TAGS: Readonly<Record<string, Tag>> = { 重点施策: '重点' };

/** Chapter-style numbering (第1章, 第2節) has its own fixed ranks. */
export const CHAPTER_RANKS: Readonly<Record<string, number>> = { 章: 1, 節: 2, 項: 3 };

/**
 * Lines that introduce what follows rather than being a node themselves.
 * kind 'children': the bullets below are children of the current node, with this level word;
 * 'field': the bullets below go to an extra field of the current node;
 * 'description': the prose below is the current node's description.
 */
export const LIST_HEADERS: ReadonlyArray<{
  re: RegExp;
  kind: 'children' | 'field' | 'description';
  level?: string;
  field?: 'residents';
}> = [
  { re: /^[【[《≪〈<＜■◆●☆]?(実現に向けての取り?組み)[】\]》≫〉>＞]?$/u, kind: 'children' },
  { re: /^[【[《≪〈<＜■◆●☆]?(具体的な取り?組み?)[】\]》≫〉>＞]?$/u, kind: 'children' },
  { re: /^[【[《≪〈<＜■◆●☆]?(主な取り?組み?)[】\]》≫〉>＞]?$/u, kind: 'children' },
  // Who does what: a short line naming people and ending in は / にできること introduces their list.
  // Worded many ways: 地域住民のみなさんや団体は, 家庭や地域でできること, 市民の取り組み, 住民に期待すること …
  {
    re: /^[【[《≪〈<＜■◆●☆]?[^\s。、]{0,12}(住民|みなさん|皆さん|市民|町民|村民|区民|県民|団体|家庭|個人|自治会|事業所|わたし|私たち)[^\s。、]{0,8}(は|[にがで]できること|の役割|の取り?組み?|に(?:お願いしたい|期待する)こと|が(?:取り組む|する)こと)[】\]》≫〉>＞]?[:：]?$/u,
    kind: 'field',
    field: 'residents',
  },
  // What someone can do (地域でできること, みんなでできること, ひとりひとりができること): whoever it names.
  {
    re: /^(?!.*(?:社協|社会福祉協議会|本会|行政|市役所|役場))[【[《≪〈<＜■◆●☆]?[^\s。、]{1,12}(?:[がで]|に(?:も)?)できること[】\]》≫〉>＞]?[:：]?$/u,
    kind: 'field',
    field: 'residents',
  },
  { re: /^[【[《≪〈<＜■◆●☆]?(現状と課題)[】\]》≫〉>＞]?$/u, kind: 'description' },
];

/** Markers written inside a line. Each is removed from the title and becomes a tag. */
export const MARKERS: ReadonlyArray<{ re: RegExp; tag: Tag }> = [
  { re: /[*＊]{2}\s*重点\s*[*＊]{2}|【重点】|[[［]重点[\]］]|★重点|《重点》|[(（]重点[)）]/g, tag: '重点' },
  { re: /[*＊]{2}\s*新規\s*[*＊]{2}|【新規】|[[［]新規[\]］]|★新規|《新規》|[(（]新規[)）]|\bNEW\b/g, tag: '新規' },
  { re: /[(（]\s*再掲\s*[)）]|【再掲】|[[［]再掲[\]］]|[*＊]{2}\s*再掲\s*[*＊]{2}/g, tag: '再掲' },
];

/** A key line saying a star marks 重点 items: ★は重点取組, ☆印：重点項目, ★=重点. The star is group 1. */
export const STAR_KEY_RE = /^[(（]?([★☆])\s*(?:印|マーク)?\s*(?:は|:|：|=|＝)\s*[^。]{0,8}重点/u;

/**
 * Bullet marks that may open a line, possibly several (`- ・`). ✓ is a bullet, not a number.
 * Ø ü § before a space are Wingdings bullets (➢ ✓ ▪) as Word's text export garbles them (bullet.wingdings).
 */
export const BULLET_RE = /^(?:[-*+](?=\s)|[・○●◦■□◆◇▶►▸✓✔☑◎]|[•]|[Øü§](?=\s))\s*/u;

/**
 * Lines of a colophon (back cover): once one follows the 体系, the 体系 has ended. Contact
 * labels (letter-spaced too: T E L), publisher and credit labels (作成：, イラスト), a bare date.
 */
export const COLOPHON_RE =
  /^(〒|電話|T\s?E\s?L|ＴＥＬ|F\s?A\s?X|ＦＡＸ|URL|E-?mail|発行|編集|(作成|制作|監修|協力)\s*[:：]|(イラスト|挿絵|デザイン)(\s*[:：]|$))|^令和\s*\d+\s*年\s*\d+\s*月$|^社会福祉法人/i;

/** Words that label the plan's vision. */
export const VISION_WORDS = ['基本理念', '理念', 'スローガン', 'めざす姿', '目指す姿', '将来像'];
/**
 * A line that is only a vision label: one of VISION_WORDS, maybe after 〇〇の (計画の基本理念),
 * in 【】《》〈〉[]「」 or not, maybe with a (…) after it (めざす姿（基本理念）, 基本理念(スローガン)).
 */
const VISION_LABEL = `[【《〈[「≪<＜■◆●☆]?(?:[^\\s]*の)?(?:${VISION_WORDS.join('|')})[】》〉\\]」≫>＞]?`;
export const VISION_RE = new RegExp(`^${VISION_LABEL}(?:[(（][^)）]*[)）])?$`, 'u');
/** A vision label and the vision on one line: ≪基本理念≫ ともに生きる, 基本理念:「…」 (vision.inline-label). */
export const VISION_INLINE_RE = new RegExp(
  `^(?:[【《〈[≪<＜■◆●☆](?:[^\\s]*の)?(?:${VISION_WORDS.join('|')})[】》〉\\]≫>＞]\\s*|(?:${VISION_WORDS.join('|')})\\s*[:：]\\s*)(\\S.{1,60})$`,
  'u',
);

/** Below this many characters, a line without 。 reads as a label or caption, not prose. */
export const SHORT_LINE = 30;

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿';
/** Katakana numbering in 五十音 order: ア=1, イ=2, ウ=3 … */
const KANA = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ';
const ROMAN_CHARS = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ';
const ROMAN_LATIN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export function circledValue(ch: string): number {
  const i = CIRCLED.indexOf(ch);
  return i < 0 ? NaN : i + 1;
}

export function kanaValue(ch: string): number {
  const i = KANA.indexOf(ch);
  return i < 0 ? NaN : i + 1;
}

export function romanValue(s: string): number {
  if (s.length === 1 && ROMAN_CHARS.includes(s)) return ROMAN_CHARS.indexOf(s) + 1;
  const i = ROMAN_LATIN.indexOf(s.toUpperCase());
  return i < 0 ? NaN : i + 1;
}

export type Scheme =
  | 'paren-dash'
  | 'num-dash-paren'
  | 'roman-dash'
  | 'num-dash'
  | 'roman'
  | 'paren'
  | 'circled'
  | 'kana-paren'
  | 'kana'
  | 'num'
  | 'dot'
  | 'chapter';

/** A numbering pattern: matched at the start of a line, after any level word and bullet. */
export interface NumberingRule {
  scheme: Scheme;
  re: RegExp;
  /** Numbers of the code, outermost first. */
  parts: (m: RegExpMatchArray) => number[];
  /** Only counts when the line is a bullet or a table cell, or follows a level word. */
  needsContext?: boolean;
}

const D = '[-－–—‐ー−]';
const ROMAN_GROUP = `[${ROMAN_CHARS}]|(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![A-Za-z])`;

/** A number touching the title, read only right after a level word. */
export function matchTightNumber(s: string) {
  const m = s.match(/^(\d+)(?=[^\d.．\-－)）])/);
  return m ? { rule: NUMBERING[NUMBERING.length - 1], m, parts: [+m[1]], length: m[1].length } : null;
}

export const NUMBERING: ReadonlyArray<NumberingRule> = [
  { scheme: 'chapter', re: /^第\s*(\d+)\s*(章|節|項)/, parts: (m) => [+m[1]] },
  { scheme: 'paren-dash', re: new RegExp(`^[(（](\\d+)[)）]\\s*${D}\\s*(\\d+)`), parts: (m) => [+m[1], +m[2]] },
  { scheme: 'num-dash-paren', re: new RegExp(`^(\\d+)\\s*${D}\\s*[(（](\\d+)[)）]`), parts: (m) => [+m[1], +m[2]] },
  {
    scheme: 'roman-dash',
    re: new RegExp(`^(${ROMAN_GROUP})\\s*${D}\\s*(\\d+)`),
    parts: (m) => [romanValue(m[1]), +m[2]],
  },
  {
    scheme: 'num-dash',
    re: new RegExp(`^(\\d+)${D}(\\d+)(?:${D}(\\d+))?(?:${D}(\\d+))?(?=[.．\\s]|$)`),
    parts: (m) => m.slice(1).filter(Boolean).map(Number),
  },
  { scheme: 'roman', re: new RegExp(`^(${ROMAN_GROUP})(?=[.．、\\s]|$)`), parts: (m) => [romanValue(m[1])] },
  { scheme: 'paren', re: /^[(（](\d+)[)）]/, parts: (m) => [+m[1]] },
  { scheme: 'circled', re: new RegExp(`^([${CIRCLED}])`, 'u'), parts: (m) => [circledValue(m[1])] },
  { scheme: 'kana-paren', re: new RegExp(`^[(（]([${KANA}])[)）]`, 'u'), parts: (m) => [kanaValue(m[1])] },
  // A lone katakana is a number only before a space or 、．: アウトリーチ is a word.
  { scheme: 'kana', re: new RegExp(`^([${KANA}])(?=[\\s.．、]|$)`, 'u'), parts: (m) => [kanaValue(m[1])] },
  { scheme: 'dot', re: /^(\d+)[.．](?!\d)/, parts: (m) => [+m[1]] },
  { scheme: 'num', re: /^(\d+)(?=\s|$)/, parts: (m) => [+m[1]], needsContext: true },
];

// ---- Thresholds (named, so a reader can find and question them) ----

/** A line with at least this many space-separated pieces … */
export const LETTER_SPACED_MIN_TOKENS = 4;
/** … of which this share are single characters was letter-spaced by a PDF. */
export const LETTER_SPACED_RATIO = 0.6;
/** A line holding at least this share of a text's characters … */
export const ONE_LINE_SHARE = 0.7;
/** … with a line this long … */
export const ONE_LINE_MIN_LENGTH = 120;
/** … holding at least this many spaces was pasted without its line breaks. */
export const ONE_LINE_MIN_SPACES = 8;
/** How many lines back a list's lead-in (「4つの基本目標」) may stand. */
export const LEAD_IN_LINES = 3;
/** How many lines after a 理念 label the vision may stand (after an intro sentence). */
export const VISION_LOOKAHEAD = 4;
/** Longest title an item family accepts; longer lines are prose. */
export const MAX_TITLE = 60;
/** Below this confidence a decision is also reported as a warning. */
export const LOW_CONFIDENCE = 0.5;

/** The runner-up reading is offered when the evidence it honours weighs at least this share of the winner's (weigh.ts). */
export const RUNNER_UP_SHARE = 0.75;
/** A family needs at least this score to beat an inline list written in prose. */
export const MIN_FAMILY_SCORE = 2;
/** Longest vision read from the line under a 理念 label (longer is an explanation). */
export const VISION_MAX = 60;
/** A name line of an actors' list (市民, 社会福祉協議会 …) is at most this long … */
export const ACTOR_NAME_MAX = 15;
/** … and at least this many name + role pairs in a row make the list. */
export const ACTOR_RUN_MIN = 3;
/** After the list has begun, a name line without a role is at most this long. */
export const ACTOR_NAME_ONLY_MAX = 10;
/** Spaces in a row that stand for a table's column break. */
export const TABLE_GAP = 2;
/** A spaced table is aligned when every cell starts within this many columns of a header cell. */
export const COLUMN_SLACK = 2;
/** Longest line the lexer reads; the rest is cut with a warning. */
export const MAX_LINE_LENGTH = 5000;
/** A short label seen this many times is a separator between blocks, not content. */
export const SEPARATOR_MIN_REPEATS = 2;
/** Longest level word read from a table header (基本目標, 推進施策 …). */
export const MAX_LEVEL_WORD = 10;

/**
 * The words that end a level's name (推進施策, 計画の目標, 施策の柱 …): the one list every
 * reader takes its level words from (the compiler, the office and box readers). Each says
 * where it counts:
 * - `numbered`: before a number it makes a level word (推進施策1, 重点項目(2));
 * - `label`: a short line ending in it names a level (計画の目標, 施策の柱, 【基本方針】), and
 *   a lead-in holding it announces the items (4つの基本目標);
 * - `column`: a table or box header ending in it heads a column of the 体系図 (事業, 活動 …).
 */
export const LEVEL_SUFFIXES: ReadonlyArray<{ word: string; numbered?: true; label?: true; column?: true }> = [
  { word: '目標', numbered: true, label: true, column: true },
  { word: '施策', numbered: true, label: true, column: true },
  { word: '方針', numbered: true, label: true, column: true },
  { word: '項目', numbered: true, column: true },
  { word: '計画', numbered: true },
  { word: '分野', numbered: true, label: true, column: true },
  { word: '課題', numbered: true, label: true, column: true },
  { word: 'の柱', numbered: true, column: true },
  { word: '柱', label: true },
  { word: '方向性', label: true, column: true },
  { word: '方向', label: true, column: true },
  { word: '取組', column: true },
  { word: '取り組み', column: true },
  { word: '事業', column: true },
  { word: '活動', column: true },
];

/** The suffixes that count in one place, as a regular-expression alternation (longest first where one holds another). */
export const levelSuffixes = (where: 'numbered' | 'label' | 'column'): string =>
  LEVEL_SUFFIXES.filter((s) => s[where])
    .map((s) => s.word)
    .join('|');

/** Words that make a numbered label a level of the plan when they end it (推進施策, 重点項目 …). */
export const LEVEL_SUFFIX_RE = new RegExp(`(${levelSuffixes('numbered')})$`);
/** A short line naming a level of the plan (計画の目標, 施策の柱, 【基本方針】): it opens the next part. */
export const LEVEL_LABEL_RE = new RegExp(`(${levelSuffixes('label')})[】》≫〉>\\])）]?$`, 'u');
/** A section title for the plan's structure (計画の体系, 体系図): it ends what is above it. */
export const STRUCTURE_RE = /体系/;
/** Longest line read as a level label. */
export const LEVEL_LABEL_MAX = 12;

/** A table header cell as a level (table.hierarchy): a level word, a header word (主な取組), or a short word with a level suffix, ranked by its column. */
export function headerLevel(cell: string, col: number): { word: string; rank: number } | undefined {
  return (
    LEVEL_WORDS.find((l) => l.word === cell) ??
    TABLE_HEADER_WORDS.find((l) => l.word === cell) ??
    (LEVEL_SUFFIX_RE.test(cell) && cell.length <= MAX_LEVEL_WORD ? { word: cell, rank: col + 1 } : undefined)
  );
}
/** Words in a lead-in or label that announce the plan's items (4つの基本目標, 取組みの柱). */
export const GOAL_WORD_RE = new RegExp(levelSuffixes('label'));
/** Headings of page sections, not of plan items (1 計画とは, 2 計画の期間 …). */
export const SECTION_WORD_RE = /とは|について|概要|期間|背景|趣旨|理念|姿勢|位置づけ|策定/;
/** A sentence ends in 。 or a verb ending; an item title usually does not. */
export const SENTENCE_END_RE = /([。．.!！]|ます|です|する|した|ている|ない|こと)$/;
/** Declared counts: 4つの基本目標, 三つの柱. */
export const COUNT_RE = /([0-9]+|[一二三四五六七八九十])つの/;
/** Page furniture: never a node. */
export const FURNITURE: ReadonlyArray<{ re: RegExp; rule: RuleId }> = [
  { re: /^[-－‐]\s*(?:\d+|[ivxlcIVXLC]+)\s*[-－‐]$|^\d+$/, rule: 'furniture.page-number' },
  { re: /https?:\/\/|\(PDF|PDF[::]|ダウンロード|クリック|こちら$/i, rule: 'furniture.link' },
  // A line that is a contact: opened by its label, or short with a phone number in it.
  {
    re: /^(〒|TEL|FAX|電話|E-?mail)|^(?=.{0,30}$)(?!.*(?:は|を|から|まで|では))\D*\d{2,4}-\d{2,4}-\d{3,4}/i,
    rule: 'furniture.contact',
  },
  { re: /^(?:お)?問い?合わ?せ(?:先|窓口)?(?:[::\s]|$)/, rule: 'furniture.contact' },
  {
    re: /^更新日|^(?:掲載日|発行日)?[::]?\s*\d{4}年\d{1,2}月\d{1,2}日(?:[((][^))]{1,3}[))])?\s*(?:更新|掲載|発行)?$/,
    rule: 'furniture.date',
  },
  { re: /^[・-]?\s*第\s*\d+\s*章|^目次$|^用語集$|^資料$/, rule: 'back.chapter-list' },
];

/**
 * The rules table: every heuristic the compiler applies, by id, with the reason it holds.
 * `--explain` names these ids; docs/reading-rules.md describes them for councils.
 */
export const RULES = {
  'normalize.letter-spacing': 'PDF の字間の空白(「基 本 理 念」)は文字ではない',
  'normalize.bracket-label': '【基本目標1】の括弧は見出しの印で、題名の一部ではない',
  'normalize.leaders': '目次や体系図の「題名 ……… 12」の点線とページ番号は題名ではない',
  'normalize.one-line': '改行のない 1 行のテキストは空白が区切り(番号だけの語はその次の語と、ページ番号は一つに)',
  'normalize.run-on-bullet': '文末の後の「 - 」は次の箇条書きの始まり',
  'furniture.page-number': 'ページ番号(- 1 -)は計画の項目ではない',
  'furniture.link': 'リンク・PDF・ダウンロードの案内は項目ではない',
  'furniture.contact': '問い合わせ先・電話・住所は項目ではない',
  'furniture.date': '更新日などの日付は項目ではない',
  'back.chapter-list': '章の一覧(第1章…)・目次は計画書の構成で、体系ではない',
  'heading.level-word': '階層名(基本目標・施策…)で始まる行は項目',
  'heading.level-suffix': '目標・施策・方針・項目・計画・分野・課題で終わる語に番号が付けば階層名',
  'heading.compound-code': '1-(2) のような複合番号は親の番号を含む',
  'heading.rank': '階層名のランクが小さい見出しの下に入る',
  'heading.restart': '番号が 1 に戻れば次の親の下',
  'table.hierarchy': '見出し行が階層名の表は体系図',
  'table.spaced': '見出し行が階層名で、2 つ以上の空白で区切られた行は、タブ区切りの表と同じ',
  'table.header-words': '「主な取組」「具体的な取組」も体系図の見出し行の階層名',
  'table.columns': '空白で区切られた表のセルは、見出し行の列の位置でどの列かを決める(行頭の空白は空の列)',
  'marker.star-key': '題名の前の★・☆は、「★は重点」のような凡例の行があれば重点の印、なければ飾りとして外す',
  'bullet.child': '箇条書きは直前の項目の子',
  'list-header.children': '「具体的な取組」などの下は子項目',
  'list-header.residents':
    '「〜は」「〜にできること」「〜でできること」「〜の取組」「〜に期待すること」の下は住民の役割',
  'list-header.description': '<現状と課題> の下は説明',
  'family.numbered': '同じ番号の付け方で 1, 2, 3 と数える行のまとまりは同じ階層',
  'family.bullets': '見出しの後に続く箇条書きのまとまりは同じ階層',
  'family.list': '階層名のラベルの後に続く短い行は項目',
  'family.headed': '番号のない見出し(【…】・■…)がそれぞれ箇条書きや番号の一覧を持つとき、見出しは一つの階層',
  'family.lead-in': '「4つの基本目標」のような前置きが件数と階層名を示す',
  'family.sections': '「〜とは」「計画の期間」などを数える番号はページの節',
  'family.children':
    '各項目の後で 1 から数え直す番号は、その項目の子。子の番号の付け方は 1 つで、その下にも同じように孫が入る',
  'numbering.kana': 'ア・イ・ウ、(ア)・(イ) は五十音順の番号(直後が空白・読点のときだけ)',
  'heading.empty-chapter': '番号付きの項目を含まない第N章は本の章立てで、体系の階層ではない',
  'choose.more-numbered': '2 つの読み方のうち、番号付きの行をより多く項目にした方を採る',
  'choose.evidence':
    '項目にした番号付きの行が同数なら、見出し・番号の並び・ページの節・副題・住民の役割・ページの飾り(目次の章など)の根拠をより多く満たす木を採る',
  'family.repeat': '前に並べた名前を番号付きで繰り返す行は、同じ項目',
  'inline.goals': '文中の「a」「b」を基本目標/の4つの目標 は項目の並び',
  'inline.paren-list': '「3つの〜(a、b、c)」の括弧の中は項目の並び',
  'inline.count-list': '「a、b、cの3つを柱に」の数の前の語句は項目の並び',
  'vision.label':
    '「基本理念」「理念」「スローガン」「めざす姿」「将来像」のラベル(括弧や(基本理念)が付いても)の次の行が基本理念',
  'vision.quoted': '理念のラベルの後、全体が「」『』で囲まれた行が基本理念',
  'vision.inline': '文中の「…」を基本理念に/基本理念「…」',
  'vision.single-goal': '目標のラベルの下に番号のない一文だけがあれば、それが計画の理念',
  'vision.before-subtitle': '〜副題〜の直前の短い句は標語(基本理念)',
  'vision.slogan-ends': '短い標語の行はそれで完結し、次の行の文(。で終わる)は理念の説明',
  'vision.ends-at-label':
    '理念の後、空行を挟んだ「〜の目標」「〜の柱」などのラベルは次の部分の見出しで、理念の続きではない',
  'vision.spacing': '標語の句の間の空白は書き手の区切りなので、基本理念に残す',
  'vision.hint': 'メタデータのヒントで指定された基本理念',
  'prose.description': '項目の後の文章はその説明',
  'prose.note': '文末のない短い行は注記',
  'prose.section': '体系の前後の文章は節として残す',
  'title.continuation': '番号だけの行の次の行が題名',
  'title.subtitle': '題名の後の(…)や〜…〜は副題',
  'vision.subtitle': '基本理念の次の行の 〜…〜 は副題で、基本理念の文言には含めない',
  'bullet.wingdings': '行頭の Ø ü § と空白は、Word の書き出しで化けた記号フォントの箇条書き(➢ ✓ ▪)',
  'family.bullets-end': '箇条書きの最後の項目は、字下げのない箇条書きでない短い行(次の見出し)で終わる',
  'title.broken':
    '、や助詞(の・に・る …)で終わる題名の次の短い行、漢字と送り仮名の間で切れた語(支え合｜う、仕組｜み)、かなだけの 1〜4 文字の行は、折り返された題名の続き',
  'title.subtitle-next': '題名のすぐ次の行の (…) や 〜…〜 はその副題',
  'family.titles': '番号が 1, 2, 3 … と続く 3 行以上の題名(文でない行)は、ラベルがなくても項目の並び',
  'reading.runner-up':
    '2 つの読み方が満たす根拠の重さ(項目にした番号付きの行がいちばん重い)が近く、木が違うときは、もう一方を「別の読み方」として示す',
  'normalize.garbled-roman':
    '行頭の T U V …(順に 2 つ以上)と空白の後に日本語が続くのは、文字コードの違いで化けたローマ数字 Ⅰ Ⅱ Ⅲ …',
  'normalize.paren-level': '(推進項目)1. のように括弧に入った階層名は、続く番号の並びの名前(2. 以降にも及ぶ)',
  'family.parent': '各項目の下で別の番号付きの並びが始まる番号付きの並びは、それらの親の階層',
  'vision.inline-label': '≪基本理念≫ や 基本理念: の後に同じ行で続く句が基本理念',
  'vision.one-statement':
    '基本理念は 1 つの文言: 、で終わる行や閉じていない「」だけが次の行へ続く(空行で終わる短い行の組は続き)',
  'actors.list': '短い名前の行と役割の文が 3 組以上続けば、担い手と役割の一覧',
} as const;
export type RuleId = keyof typeof RULES;
