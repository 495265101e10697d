import { describe, expect, it } from 'vitest';
import { excelSerialDate } from './excelSerial';

describe('excelSerialDate', () => {
  it('reads serials as Excel shows them, past its phantom 1900-02-29, with the fraction as the time of day', () => {
    const iso = (serial: number) => excelSerialDate(serial).toISOString().slice(0, 16);
    expect([61, 44927, 45292, 45292.5, 73050].map(iso)).toEqual([
      '1900-03-01T00:00',
      '2023-01-01T00:00',
      '2024-01-01T00:00',
      '2024-01-01T12:00',
      '2099-12-31T00:00',
    ]);
  });
});
