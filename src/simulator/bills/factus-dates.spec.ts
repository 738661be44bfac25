import {
  bogotaIsoDate,
  bogotaTime,
  factusDate,
  factusTimestamp,
  isIsoDate,
  isTime,
  monthsBetween,
} from './factus-dates';

describe('Factus dates (Bogotá, UTC-5)', () => {
  it('writes timestamps as DD-MM-YYYY hh:mm:ss AM/PM in Bogotá time', () => {
    expect(factusTimestamp(Date.parse('2026-05-13T13:21:49Z'))).toBe('13-05-2026 08:21:49 AM');
    expect(factusTimestamp(Date.parse('2025-01-09T18:56:16Z'))).toBe('09-01-2025 01:56:16 PM');
  });

  it('uses 12 for midnight and noon', () => {
    expect(factusTimestamp(Date.parse('2026-05-13T05:00:00Z'))).toBe('13-05-2026 12:00:00 AM');
    expect(factusTimestamp(Date.parse('2026-05-13T17:00:00Z'))).toBe('13-05-2026 12:00:00 PM');
  });

  it('takes the calendar date and time of Bogotá, not of UTC', () => {
    const lateEvening = Date.parse('2026-01-01T03:30:00Z');
    expect(bogotaIsoDate(lateEvening)).toBe('2025-12-31');
    expect(bogotaTime(lateEvening)).toBe('22:30:00');
    expect(factusTimestamp(lateEvening)).toBe('31-12-2025 10:30:00 PM');
  });

  it('reverses ISO dates for responses', () => {
    expect(factusDate('2030-01-19')).toBe('19-01-2030');
  });

  it('accepts only real YYYY-MM-DD dates and HH:mm:ss times', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('29-02-2024')).toBe(false);
    expect(isTime('23:59:59')).toBe(true);
    expect(isTime('24:00:00')).toBe(false);
  });

  it('counts whole months between range dates', () => {
    expect(monthsBetween('2019-01-19', '2030-01-19')).toBe(132);
    expect(monthsBetween('2019-01-19', '2019-02-18')).toBe(0);
  });
});
