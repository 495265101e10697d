/**
 * A flat list (基本目標 / 基本目標1 … 施策の方向性 / 施策の方向性1 …) names no parents. Each
 * item goes under: the parent a hint names; else, when the list falls into as many blank-line
 * groups as the previous list has items, the item of the same position; else the previous
 * list's last item, with a warning. Returns what it used, in words, for plan.hintsUsed.
 */
import { attach } from './draft';
import type { Draft, FlatList, PlanHints } from './types';

const key = (level: string | null, n: number | undefined) => `${level ?? ''}${n ?? ''}`;

export function nestFlatList(
  flat: FlatList,
  parents: Draft[] | null,
  root: Draft,
  hints: PlanHints,
  warn: (line: number, message: string) => void,
): string[] {
  const { items, groups, level } = flat;
  const byGroups = !!parents && groups.length === parents.length && groups.length > 1;
  const hinted = items.filter((d) => hints.parentOf?.[key(level, d.parts[0])]);
  for (const d of items) {
    let parent: Draft = root;
    const h = hints.parentOf?.[key(level, d.parts[0])];
    if (h) {
      parent = parents?.find((p) => key(p.level, p.parts[0]) === h) ?? root;
      if (parent === root)
        warn(
          d.line,
          `計画の情報で「${level}${d.code}」の上に指定された「${h}」が、本文に見つかりません。いちばん上の階層に置きました。`,
        );
    } else if (byGroups) {
      parent = parents![groups.findIndex((g) => g.includes(d))];
    } else if (parents && parents.length) {
      parent = parents[parents.length - 1];
      warn(
        d.line,
        `「${level}${d.code}」がどの「${parent.level}」に入るか本文からは決まらないため、最後の「${parent.level}${parent.code}」の下に置きました。違っていたら、取込画面で直してください。`,
      );
    }
    attach(parent, d);
  }
  if (hinted.length) return [`hints.parentOf: ${level} ${hinted.length} 件の親をメタデータから設定`];
  if (byGroups) return [`空行のまとまり ${groups.length} 組を ${parents![0].level} ${parents!.length} 件に順に対応`];
  return [];
}
