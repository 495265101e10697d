import { describe, expect, it } from 'vitest';
import { PlanTree } from '../plan/hierarchy';
import { countVoices, voiceLabel } from './countVoices';
import { dropMeeting, mergeBooks } from './mergeBooks';
import { summarize, NO_DISTRICT, NO_KIND } from './summarize';
import { qrPath, QUIET_ZONE } from './qrPath';
import { opinion, smallPlan } from './testPlan';
import type { VoiceBook } from './types';

const meeting = (id: string, district = '北地区') => ({ id, date: '2026-12-05', place: '中央公民館', district });

describe('countVoices', () => {
  it('counts each item own opinions and says the number in words', () => {
    const counts = countVoices([opinion('1'), opinion('1-1-1'), opinion('1')]);
    expect(counts.get('1')).toBe(2);
    expect(counts.get('1-1-1')).toBe(1);
    expect(counts.has('2')).toBe(false);
    expect(voiceLabel(3)).toBe('意見 3件');
  });
});

describe('mergeBooks', () => {
  const ours: VoiceBook = {
    meetings: [meeting('m1')],
    opinions: [opinion('1', { id: 'a' }), opinion('2', { id: 'b' })],
    current: 'm1',
  };
  const theirs = {
    meetings: [meeting('m1'), meeting('m2', '南地区')],
    opinions: [opinion('1', { id: 'a' }), opinion('1-1', { id: 'c', meetingId: 'm2' })],
  };

  it('adds what is new and counts an opinion already here once', () => {
    const r = mergeBooks(ours, theirs);
    expect(r.book.opinions.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(r.book.meetings.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect([r.added, r.known, r.meetings]).toEqual([1, 1, 1]);
    expect(r.book.current).toBe('m1');
  });

  it('merging the same export twice changes nothing the second time', () => {
    const once = mergeBooks(ours, theirs).book;
    const twice = mergeBooks(once, theirs);
    expect(twice.book.opinions).toHaveLength(3);
    expect(twice.added).toBe(0);
  });

  it('drops a meeting with its opinions, and it is no longer the current one', () => {
    const both = mergeBooks(ours, theirs).book;
    const left = dropMeeting(both, 'm1');
    expect(left.opinions.map((o) => o.id)).toEqual(['c']);
    expect(left.meetings.map((m) => m.id)).toEqual(['m2']);
    expect(left.current).toBeNull();
  });
});

describe('summarize', () => {
  const tree = new PlanTree(smallPlan());
  const opinions = [
    opinion('1-1-1', { kind: '提案', district: '北地区' }),
    opinion('1-1-2', { kind: '質問', district: '南地区' }),
    opinion('1-1-1', { kind: '提案', district: '北地区' }),
    opinion('2'),
  ];

  it('lists items in the plan order with the opinions on them and below them', () => {
    const { rows } = summarize(tree, { opinions });
    expect(rows.map((r) => [r.node.id, r.depth, r.opinions.length, r.total])).toEqual([
      ['root', 0, 0, 4],
      ['1', 1, 0, 3],
      ['1-1', 2, 0, 3],
      ['1-1-1', 3, 2, 2],
      ['1-1-2', 3, 1, 1],
      ['2', 1, 1, 1],
    ]);
  });

  it('counts per kind (in the fixed order) and per 地区, blanks under their own words', () => {
    const s = summarize(tree, { opinions });
    expect(s.kinds).toEqual([
      { label: '提案', n: 2 },
      { label: '質問', n: 1 },
      { label: NO_KIND, n: 1 },
    ]);
    expect(s.districts).toEqual([
      { label: '北地区', n: 2 },
      { label: '南地区', n: 1 },
      { label: NO_DISTRICT, n: 1 },
    ]);
    expect(s.rows.find((r) => r.node.id === '1-1')!.districts).toEqual([
      { label: '北地区', n: 2 },
      { label: '南地区', n: 1 },
    ]);
  });

  it('leaves out opinions on items the plan no longer has', () => {
    const s = summarize(tree, { opinions: [opinion('9-9')] });
    expect(s.rows).toEqual([]);
    expect(s.kinds).toEqual([]);
  });
});

describe('qrPath', () => {
  it('draws each run of dark modules once, inside a quiet zone', () => {
    const { d, size } = qrPath([
      [true, true, false],
      [false, true, false],
      [true, false, true],
    ]);
    expect(size).toBe(3 + 2 * QUIET_ZONE);
    const q = QUIET_ZONE;
    expect(d).toBe(`M${q} ${q}h2v1h-2zM${q + 1} ${q + 1}h1v1h-1zM${q} ${q + 2}h1v1h-1zM${q + 2} ${q + 2}h1v1h-1z`);
  });
});
