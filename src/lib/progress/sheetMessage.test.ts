import { describe, expect, it } from 'vitest';
import { sheetMessage } from './sheetMessage';

describe('sheetMessage', () => {
  it('names the file and how many evaluations it read', () => {
    const message = sheetMessage('評価2025.csv', {
      rejected: '',
      fileName: '評価2025.csv',
      sheet: { evaluations: [1, 2, 3] },
    });
    expect(message).toBe('「評価2025.csv」を読み込みました(3 件)。');
  });

  it('says a file that is not text is not a CSV, and how to save one', () => {
    expect(sheetMessage('表.xlsx', null)).toContain('「表.xlsx」は CSV として読めませんでした。Excel で「CSV UTF-8」');
  });

  it('says the evaluations shown before are kept when the new file has none', () => {
    const message = sheetMessage('空.csv', { rejected: '空.csv', fileName: '前回.csv', sheet: { evaluations: [1] } });
    expect(message).toContain('これまでの評価(「前回.csv」)をそのまま表示しています');
  });

  it('says a first file with nothing readable read nothing', () => {
    expect(sheetMessage('空.csv', { rejected: '', fileName: null, sheet: null })).toContain(
      '「空.csv」から読める評価がありませんでした。下の案内',
    );
  });
});
