import type { LineExplanation, LineRole } from '../plan/types';
import { LOW_CONFIDENCE, RULES } from '../plan/rules';

const ROLE_NAMES: Record<LineRole, string> = {
  item: '項目',
  title: '項目の題名',
  description: '説明',
  vision: '基本理念',
  note: '注記',
  residents: '住民の役割',
  label: '見出しの語',
  prose: '本文',
  skipped: '読み飛ばす行',
};

export interface Unsure {
  line: number;
  nodeId?: string;
  text: string;
  /** «この行を見出しと判断しました: 理由 …» in plain Japanese. */
  message: string;
}

/** «この行を項目と判断しました。理由: …(確かさ 90%)»: one decision of the compiler in words. */
export const describeDecision = (e: LineExplanation): string =>
  `この行を${ROLE_NAMES[e.role]}と判断しました。理由: ${RULES[e.rule as keyof typeof RULES] ?? e.rule}(確かさ ${Math.round(e.confidence * 100)}%)`;

/** The compiler's decisions it was unsure of (below LOW_CONFIDENCE), in line order, in words. */
export function unsureLines(explain: readonly LineExplanation[] | undefined): Unsure[] {
  return (explain ?? [])
    .filter((e) => e.confidence < LOW_CONFIDENCE)
    .map((e) => ({
      line: e.line,
      nodeId: e.nodeId,
      text: e.text,
      message: describeDecision(e),
    }));
}
