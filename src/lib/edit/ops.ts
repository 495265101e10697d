/**
 * Edits a person makes to a compiled plan, recorded as operations anchored to source lines by
 * their text (not only their numbers), so they can be replayed after the text changes.
 */
import type { Tag } from '../plan/schema';

/** A source line: its 1-based number when the edit was made and its trimmed text. */
export interface LineAnchor {
  line: number;
  text: string;
}

/** An item: the line it was read from, and its title then (one line may hold several items). */
export interface ItemAnchor extends LineAnchor {
  title: string;
}

export type EditOp =
  | { kind: 'indent' | 'outdent' | 'up' | 'down' | 'remove' | 'join'; at: ItemAnchor }
  | { kind: 'rename'; at: ItemAnchor; title: string }
  | { kind: 'tag'; at: ItemAnchor; tag: Tag }
  | { kind: 'level'; at: ItemAnchor; level: string }
  | { kind: 'item' | 'vision'; at: LineAnchor };

/** What an edit did, in words for the list of edits that no longer apply. */
export function describeOp(op: EditOp): string {
  const what = 'title' in op.at ? `「${op.at.title}」` : `「${op.at.text}」の行`;
  switch (op.kind) {
    case 'indent':
      return `${what}を一段下げる`;
    case 'outdent':
      return `${what}を一段上げる`;
    case 'up':
      return `${what}を上へ移す`;
    case 'down':
      return `${what}を下へ移す`;
    case 'remove':
      return `${what}を体系から外す`;
    case 'join':
      return `${what}に次の行をつなげる`;
    case 'rename':
      return `${what}の名前を「${op.title}」にする`;
    case 'tag':
      return `${what}の「${op.tag}」を切り替える`;
    case 'level':
      return `${what}の段の名前を「${op.level}」にする`;
    case 'item':
      return `${what}を項目にする`;
    case 'vision':
      return `${what}を基本理念にする`;
  }
}

/** The source text split as the compiler numbers its lines. */
export const sourceLines = (text: string): string[] => text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
