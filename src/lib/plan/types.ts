/**
 * The compiler's types in one module, so passes import types from here and never from each
 * other's implementation (no import cycles inside plan/).
 */
import type { LIST_HEADERS, RuleId, Scheme } from './rules';
import type { Actor, Period, Plan, PlanNode, Section, Tag } from './schema';

export interface PlanHints {
  /** Where the vision starts, for plans that do not label their 基本理念. */
  vision?: string;
  /** Parent of a node written in a flat list: { "施策の方向性3": "基本目標2" }. */
  parentOf?: Record<string, string>;
  /** Numbered blocks beyond a declared list (a closing 計画の推進 block). */
  extraSections?: { level: string; title: string }[];
  /** Level word for unnumbered or unnamed numbering: keys are schemes (paren-dash, circled, dot …) or "bullet". */
  levelNames?: Record<string, string>;
  /** Extra level words the text uses as labels, with a rank (1 = top): { "推進施策": 2 }. */
  levelWords?: Record<string, number>;
  /** The reading the person picked on the import page, by its summary (「基本目標 3・施策 9」). */
  reading?: string;
}

export interface PlanMeta {
  id?: string;
  council?: string;
  municipality?: string;
  prefecture?: string;
  title?: string;
  period?: Period | null;
  source?: string;
  hints?: PlanHints;
}

export interface Diagnostic {
  line: number;
  message: string;
}

/** What the compiler made of one source line. */
export type LineRole =
  'item' | 'title' | 'description' | 'vision' | 'note' | 'residents' | 'label' | 'prose' | 'skipped';

export interface LineExplanation {
  /** 1-based source line. */
  line: number;
  role: LineRole;
  /** Id of the row in the rules table (rules.ts RULES) that decided it. */
  rule: string;
  /** 0–1: how sure the rule is; below LOW_CONFIDENCE the choice is also a warning. */
  confidence: number;
  /** The node the line became or belongs to. */
  nodeId?: string;
  /** The line's text, trimmed. */
  text: string;
}

export interface CompileResult {
  plan: Plan | null;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  /** One entry per non-blank source line, in line order. */
  explain?: LineExplanation[];
  /** The runner-up reading, when it differs and its evidence is close (「別の読み方」). */
  alternative?: AlternativeReading;
  /** The evidence the chosen tree honours, of what the text proposes (weigh.ts), in words. */
  evidence?: string;
}

/** The second reading of a text, offered beside the chosen one. */
export interface AlternativeReading {
  /** 「基本目標 3・施策 9」: nodes per level of this reading. */
  summary: string;
  /** The same for the chosen reading. */
  chosenSummary: string;
  /** Why the chosen reading won, in words. */
  why: string;
  /** The evidence this reading honours, in words (「番号付きの行を項目に 3/4・見出し 3/3 …」). */
  evidence?: string;
  plan: Plan;
}

/** Every token knows its 1-based source line. */
export interface TokenBase {
  line: number;
}

// ---- tokens (lex.ts): one per line, for the placement loop ----

export interface HeadingToken extends TokenBase {
  kind: 'heading';
  level: string | null;
  rank: number | null;
  scheme: Scheme | null;
  parts: number[];
  code: string;
  title: string;
  tags: Tag[];
  bullet: boolean;
}

export interface BulletToken extends TokenBase {
  kind: 'bullet';
  text: string;
  tags: Tag[];
}

export interface HeaderToken extends TokenBase {
  kind: 'header';
  header: ListHeader;
  label: string;
}

export interface TableToken extends TokenBase {
  kind: 'table';
  cells: string[];
}

export interface TextToken extends TokenBase {
  kind: 'text';
  text: string;
  tags: Tag[];
}

export interface BlankToken extends TokenBase {
  kind: 'blank';
}

export type Token = HeadingToken | BulletToken | HeaderToken | TableToken | TextToken | BlankToken;

export type ListHeader = (typeof LIST_HEADERS)[number];

// ---- drafts: nodes under construction ----

/** A node under construction: the schema fields plus what assembly needs. */
export interface Draft extends PlanNode {
  children: Draft[];
  rank: number | null;
  scheme: string | null;
  parts: number[];
  /** Numbers from the top level down, e.g. [2, 1] for 重点目標 2-(1). */
  path: number[];
  parent: Draft | null;
  /** The level name is a default, not a word of the text. */
  guessed?: boolean;
  /** Id of the rules-table row that placed this node (for the explanation). */
  rule?: RuleId;
}

// ---- the line model and the family rows ----

/** A line after normalisation, with its source line number (one line may yield several). */
export interface SourceLine {
  line: number;
  text: string;
}

/** A line with the features later passes decide on (lineFeatures.ts). */
export interface Line {
  line: number;
  text: string;
  indent: number;
  bullet: boolean;
  /** The bullet's mark (・ ● ■ -), when the line is a bullet: two marks at one indent are two levels. */
  mark?: string;
  /** Level word the line starts with (基本目標, 重点課題 …) and its rank when known. */
  word: string | null;
  /** Numbering: scheme id, value (last part), code as written. */
  num: { scheme: string; value: number; parts: number[]; code: string } | null;
  /** The text after bullet, level word and numbering. */
  title: string;
  sentence: boolean;
  furniture: RuleId | null;
  /** The line opened with a heading mark (■ ◆ ☆ …). */
  marked: boolean;
  /** A residents' list: its header, or a bullet under it (list-header.residents); never an item. */
  resident?: 'header' | 'item';
}

/** Lines that share a numbering scheme or label pattern and count 1, 2, 3 … (findFamilies.ts). */
export interface Family {
  kind: 'numbered' | 'bullets' | 'list' | 'headed';
  scheme: string;
  /** Indexes into the lines array. */
  items: number[];
  score: number;
  rule: RuleId;
  /** The level word the text gives the family, if any. */
  level: string | null;
}

/** The vision and the lines it was read from (vision.ts): indexes into the line model. */
export interface VisionFound {
  text: string;
  subtitle: string;
  /** The subtitle line as written (～…～), for readers that keep it with the vision. */
  subtitleLine: string;
  lines: number[];
  rule: RuleId;
  /** A paragraph right after the vision that explains it (the root's description), and its index. */
  description?: string;
  descriptionLine?: number;
}

/** Items written inside a sentence (inlineItems.ts). */
export interface InlineItems {
  line: number;
  /** Its index in the line model (a source line may hold several pieces). */
  at: number;
  level: string;
  titles: string[];
  rule: RuleId;
}

/** What a reader decided about one line (becomes a LineExplanation). */
export interface Mark {
  role: LineRole;
  rule: RuleId;
  confidence: number;
  node?: Draft;
}

/** A node the family rows place (resolveFamilies.ts): its depth (1 = top), level name, number and title. */
export interface Placement {
  depth: number;
  level: string;
  code: string;
  parts: number[];
  title: string;
  subtitle?: string;
  rule: RuleId;
  confidence: number;
  /** The level name is a default, not a word of the text. */
  guessed?: boolean;
}

/** A piece of a line that holds nodes: a node, or text (before the hierarchy's end, or after it). */
export type GivenPiece = Placement | { text: string; post: boolean };

/** The structure the family rows give, for the one placement loop to place (placementLoop.ts). */
export interface Given {
  /**
   * Nodes by source line (several on one line: items written inline, or cells of one table
   * row), in order with the text of the line's other pieces (and of the sentence that writes
   * items inline, unless it explains the vision).
   */
  nodes: Map<number, GivenPiece[]>;
  /** Source lines that continue the title of the node above them, with the rule. */
  titles: Map<number, RuleId>;
  /** The first source line after the hierarchy (what follows is prose kept as sections). */
  end: number;
}

// ---- the placement loop ----

/** What a reader hands to the finishing pass. */
export interface Assembly {
  root: Draft;
  /** What the reader decided about each source line (1-based), recorded as it decided. */
  marks?: Map<number, Mark>;
  vision: string;
  visionSubtitle?: string;
  actors: Actor[];
  sections: Section[];
  hintsUsed: string[];
}

/** The open path while placing headings (placeItem.ts). */
export interface Place {
  root: Draft;
  /** Open nodes, outermost first. */
  stack: Draft[];
  /** How many of hints.extraSections have been used. */
  extraUsed: number;
}

/** A flat list of one level word, waiting for its parents (nestFlatList.ts). */
export interface FlatList {
  level: string;
  items: Draft[];
  /** Items split by blank lines. */
  groups: Draft[][];
  line: number;
}
