import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan/schema';
import { walk } from '../plan/hierarchy';
import { toCsv } from './toCsv';

const plan = JSON.parse(readFileSync('static/plans/okegawa.json', 'utf8')) as Plan;

describe('toCsv', () => {
  it('writes a header and one row per node, quoting commas and newlines', () => {
    const csv = toCsv(plan);
    let nodes = 0;
    walk(plan.root, () => nodes++);
    // Rows are CRLF-separated; quoted descriptions may hold bare \n inside.
    expect(csv.trimEnd().split('\r\n')).toHaveLength(nodes + 1);
    expect(csv.startsWith('\uFEFFid,path,level,code,title,tags,description')).toBe(true);
    expect(csv).toContain(
      '1-2,住んでいる地域を大切に › たすけあいを進めよう,重点目標,1-(2),たすけあいを進めよう,,"こども食堂',
    );
  });
});

describe('toCsv page column', () => {
  it('gives the PDF page of each node, empty for nodes read from text', () => {
    const paged: Plan = {
      ...plan,
      root: { ...plan.root, children: plan.root.children.map((c, i) => ({ ...c, page: i + 3 })) },
    };
    const rows = toCsv(paged).split('\r\n');
    expect(rows[0].endsWith(',description,page')).toBe(true);
    expect(rows.find((r) => r.startsWith('1,'))).toMatch(/,3$/);
    expect(toCsv(plan).split('\r\n')[1]).toMatch(/,$/);
  });
});
