import { describe, expect, it } from 'vitest';
import { findVision } from './findVision';
import { lineFeatures } from './lineFeatures';

const vision = (...t: string[]) => findVision(t.map((text, i) => lineFeatures({ line: i + 1, text })));

describe('findVision', () => {
  it('reads the line under a 理念 label, in any bracket, keeping a ～subtitle～ apart', () => {
    expect(vision('【理念】', 'みんなの笑顔!')).toMatchObject({ text: 'みんなの笑顔!', rule: 'vision.label' });
    expect(vision('☆基本理念(スローガン)', '「ささえあうまち」', '~ 誰もが ~')).toMatchObject({ text: 'ささえあうまち', subtitle: '誰もが' });
    expect(vision('2.計画の基本理念', 'やさしいまちづくり')?.text).toBe('やさしいまちづくり');
  });

  it('reads any vision label of the set, with brackets or a (…) after it, skipping a second label under it (vision.label)', () => {
    expect(vision('スローガン', '歌って踊れる町')?.text).toBe('歌って踊れる町');
    expect(vision('めざす姿（基本理念）', '星がよく見える村')?.text).toBe('星がよく見える村');
    expect(vision('《将来像》', '「みどりの丘」')?.text).toBe('みどりの丘');
    expect(vision('わたしたちのスローガン', 'スローガン', '『毎日が日曜日』')?.text).toBe('毎日が日曜日');
    expect(vision('理念を大切にします', '歌う町')).toBeNull();
  });

  it('joins a quoted vision broken over lines, and finds it after an intro sentence', () => {
    expect(vision('1 基本理念', '『ともに生き、', 'ともに歩むまち』')?.text).toBe('ともに生き、ともに歩むまち');
    expect(vision('3 計画の理念と目標', '理念は次のとおりです。', '『花のまち』', '説明です。')).toMatchObject({ text: '花のまち', rule: 'vision.quoted' });
  });

  it('reads a single statement under a 目標 label as the vision', () => {
    expect(vision('全体目標', '安心のまち', '施策の柱', 'あ')).toMatchObject({ text: '安心のまち', rule: 'vision.single-goal' });
  });

  it('reads a vision written inside prose', () => {
    expect(vision('本会は「つながるまち」を基本理念に活動します。')).toMatchObject({ text: 'つながるまち', rule: 'vision.inline' });
    expect(vision('基本理念「手をつなぐまち」のもと進めます。')?.text).toBe('手をつなぐまち');
  });

  it('reads an unlabelled slogan above its ～subtitle～', () => {
    expect(vision('第1次計画', 'みんなのまち', '〜いつまでも〜')).toMatchObject({ text: 'みんなのまち', subtitle: 'いつまでも', rule: 'vision.before-subtitle' });
  });

  it('finds none in plain prose', () => {
    expect(vision('これは説明です。', '計画を作りました。')).toBeNull();
  });
});
