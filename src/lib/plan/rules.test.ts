import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLOPHON_RE, RULES } from './rules';

describe('the rules table', () => {
  it('gives every rule a one-line reason and documents it in docs/reading-rules.md', () => {
    const readme = readFileSync('docs/reading-rules.md', 'utf8');
    for (const [id, reason] of Object.entries(RULES)) {
      expect(reason.length, id).toBeGreaterThan(5);
      expect(reason, id).not.toContain('\n');
      expect(readme, id).toContain(`\`${id}\``);
    }
  });
});

describe('COLOPHON_RE', () => {
  it('knows colophon labels by kind, not by one plan: letter-spaced contacts, publisher and credit labels', () => {
    const yes = [
      'T E L 000-111-2222',
      'F A X 000-111-3333',
      '制作：みどり印刷',
      '監修: 山田',
      'イラスト',
      'デザイン：森の工房',
      '発行 ひだまり会',
    ];
    const no = ['デザインを学ぶ会の開催', 'イラストコンテストの実施', '作成にあたって'];
    for (const l of yes) expect(COLOPHON_RE.test(l), l).toBe(true);
    for (const l of no) expect(COLOPHON_RE.test(l), l).toBe(false);
  });
});
