import { describe, expect, it } from 'vitest';
import { fold } from './fold';
import { NO_READINGS, prepareReadings, readingText, toReading } from './readings';

// A table as the analyser writes it: folded surfaces with kanji → folded hiragana readings.
const readings = prepareReadings({
  助け合い: 'たすけあい',
  支え: 'ささえ',
  合い: 'あい',
  地域: 'ちいき',
  地: 'ち',
  活動: 'かつどう',
  見守り: 'みまもり',
  見: 'み',
});
const read = (s: string) => toReading(fold(s), readings).text;

describe('toReading', () => {
  it('reads kanji words by the longest key, passing kana and unknown characters through', () => {
    expect(read('地域の助け合い活動')).toBe('ちいきのたすけあいかつどう');
    expect(read('地区')).toBe('ち区'); // 区 is not in the table
    expect(read('サロン')).toBe('さろん');
  });

  it('gives okurigana and kana spellings of one word one reading', () => {
    expect(read('支え合い')).toBe(read('支えあい'));
    expect(read('支えあい')).toBe(read('ささえあい'));
    expect(read('見まもり')).toBe(read('見守り'));
    expect(read('たすけあい')).toBe(read('助け合い'));
  });

  it('keeps the map to the original text: each reading points into the word it reads', () => {
    const r = toReading(fold('地域の支え合い'), readings);
    const at = r.text.indexOf('ささえあい');
    expect([r.map[at], r.map[at + 4] + 1]).toEqual([3, 7]);
    expect(r.map[0]).toBe(0);
  });

  it('reads a body the same way without a map, and leaves text alone without a table', () => {
    expect(readingText(fold('地域の支えあい').text, readings)).toBe(read('地域の支えあい'));
    const f = fold('地域');
    expect(toReading(f, NO_READINGS)).toBe(f);
  });
});
