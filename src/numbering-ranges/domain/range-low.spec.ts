import { colombianDate, rangesRunningLow } from './range-low';
import { aRange } from './testing/numbering-range.builder';

const THRESHOLDS = { remaining: 100, days: 30 };

describe('rangesRunningLow', () => {
  it('counts the numbers left from current (the next one given out) to to, both included', () => {
    const at = (current: number) =>
      rangesRunningLow([aRange({ from: 1, to: 1000, current })], THRESHOLDS, '2026-01-01');
    expect(at(901)).toEqual([]); // 100 left: not under 100
    expect(at(902)).toEqual([expect.objectContaining({ reason: 'numbers', remaining: 99 })]);
    expect(at(1001)).toEqual([expect.objectContaining({ remaining: 0 })]);
  });

  it('counts the days to endDate, the last day included, and lists both reasons when both apply', () => {
    const range = aRange({ from: 1, to: 10, current: 5, endDate: '2026-01-31' });
    expect(rangesRunningLow([range], THRESHOLDS, '2025-12-31')).toEqual([
      expect.objectContaining({ reason: 'numbers' }),
    ]);
    expect(rangesRunningLow([range], THRESHOLDS, '2026-01-01')).toEqual([
      expect.objectContaining({ reason: 'numbers', daysLeft: 30 }),
      expect.objectContaining({ reason: 'days', daysLeft: 30 }),
    ]);
    expect(rangesRunningLow([{ ...range, endDate: null }], THRESHOLDS, '2026-01-01')).toEqual([
      expect.objectContaining({ reason: 'numbers', daysLeft: null }),
    ]);
  });
});

describe('colombianDate', () => {
  it('is the date in Bogotá (UTC−5): 03:00 UTC is still the day before', () => {
    expect(colombianDate(new Date('2026-03-02T03:00:00Z'))).toBe('2026-03-01');
    expect(colombianDate(new Date('2026-03-02T05:00:00Z'))).toBe('2026-03-02');
  });
});
