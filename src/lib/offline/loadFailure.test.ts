import { describe, expect, it } from 'vitest';
import { loadFailure } from './loadFailure';
import { LoadError } from '../data/loadPlans';
import { UNEXPECTED } from '../data/failureText';

describe('loadFailure', () => {
  it('offline: says the plan is not kept and how to keep it', () => {
    const f = loadFailure('chiba', new TypeError('Failed to fetch'), false, '計画を表示できません');
    expect(f.title).toContain('保存されていません');
    expect(f.detail).toContain('「chiba」');
    expect(f.detail).toContain('オフラインでも使えるようにする');
  });
  it('online: the page title and the loader message, as before', () => {
    expect(loadFailure('x', new LoadError('この計画は見つかりませんでした。'), true, '計画を表示できません')).toEqual({
      title: '計画を表示できません',
      detail: '「x」: この計画は見つかりませんでした。',
    });
  });
  it("online: never the browser's English message", () => {
    expect(
      loadFailure(
        'x',
        new DOMException('Access is denied for this document.', 'SecurityError'),
        true,
        '計画を表示できません',
      ).detail,
    ).toBe(`「x」: ${UNEXPECTED}`);
  });
});
