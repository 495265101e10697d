import { describe, expect, it } from 'vitest';
import { formatCell } from './cellFormat';

describe('formatCell: a number cell as Excel shows it', () => {
  it.each([
    [1, 'General', '1'],
    [0.1 + 0.2, 'General', '0.3'],
    [1234.5, '#,##0.00', '1,234.50'],
    [0.125, '0.0%', '12.5%'],
    [3, '"第"0"章"', '第3章'],
    [2, '"施策"0', '施策2'],
    [45748, 'yyyy/m/d', '2025/4/1'],
    [45748, '[$-411]ggge"年"m"月"d"日"', '令和7年4月1日'],
    [12, '0_ ;[Red]-0 ', '12'],
  ])('%s in %s → %s', (n, code, shown) => expect(formatCell(n, code)).toBe(shown));
});
