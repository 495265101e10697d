import type { PlanNode } from '../plan/schema';
import type { Opinion } from './types';

/** A tiny plan for the voices' tests: two 基本目標, a 施策 with two 取組 under the first. */
const node = (id: string, level: string, title: string, children: PlanNode[] = []): PlanNode => ({
  id,
  level,
  code: id,
  title,
  description: '',
  tags: [],
  children,
  line: 0,
});

export const smallPlan = (): PlanNode =>
  node('root', '基本理念', 'ともに支え合うまち', [
    node('1', '基本目標', 'つながる地域', [
      node('1-1', '施策', '見守りの輪', [node('1-1-1', '取組', 'サロンの開催'), node('1-1-2', '取組', '見守り訪問')]),
    ]),
    node('2', '基本目標', '担い手を育てる'),
  ]);

let seq = 0;
export const opinion = (nodeId: string, fields: Partial<Opinion> = {}): Opinion => ({
  id: `v${++seq}`,
  meetingId: 'm1',
  nodeId,
  text: `意見${seq}`,
  kind: '',
  district: '',
  age: '',
  at: `2026-12-05T10:00:${String(seq).padStart(2, '0')}Z`,
  ...fields,
});
