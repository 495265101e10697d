import { walk, type Plan } from '../plan/schema';

const cell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * The plan as a spreadsheet: one row per node (the root is the 基本理念), with its path from
 * the top. A BOM makes Excel read the UTF-8 Japanese correctly.
 */
export function toCsv(plan: Plan): string {
  const rows = [['id', 'path', 'level', 'code', 'title', 'tags', 'description']];
  const titles = new Map<string, string[]>();
  walk(plan.root, (n, _depth, parent) => {
    const path = parent ? [...(titles.get(parent.id) ?? []), n.title] : [];
    titles.set(n.id, path);
    rows.push([n.id, path.join(' › '), n === plan.root ? '基本理念' : n.level, n.code, n.title, n.tags.join(' '), n.description]);
  });
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
