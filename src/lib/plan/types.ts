/**
 * The compiler's types in one module, so passes import types from here and never from each
 * other's implementation (no import cycles inside plan/).
 */
import type { Period, Plan } from './schema';

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
  | 'item' | 'title' | 'description' | 'vision' | 'note' | 'residents' | 'label' | 'prose'
  | 'skipped';

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
}
