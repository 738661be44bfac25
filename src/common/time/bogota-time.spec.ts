import { bogotaDate, parseFactusDate, toBogotaIso } from './bogota-time';

describe('Bogotá time', () => {
  it.each([
    ['13-05-2026 08:21:49 AM', '2026-05-13T13:21:49.000Z'],
    ['09-01-2025 01:56:16 PM', '2025-01-09T18:56:16.000Z'],
    ['17-07-2024 12:05:00 AM', '2024-07-17T05:05:00.000Z'],
    ['17-07-2024 12:05:00 PM', '2024-07-17T17:05:00.000Z'],
    ['19-01-2030', '2030-01-19T05:00:00.000Z'],
    ['2023-06-01T08:00:38Z', '2023-06-01T08:00:38.000Z'],
    ['2030-01-19', '2030-01-19T05:00:00.000Z'],
  ])('parses Factus date %s as DD-MM-YYYY in Bogotá', (input, expected) => {
    expect(parseFactusDate(input)?.toISOString()).toBe(expected);
  });

  it.each([null, '', 'yesterday', 42])('returns undefined for %p', (input) => {
    expect(parseFactusDate(input)).toBeUndefined();
  });

  it('formats ISO 8601 with the -05:00 offset', () => {
    expect(toBogotaIso(new Date('2026-05-13T13:21:49Z'))).toBe('2026-05-13T08:21:49-05:00');
    expect(toBogotaIso(parseFactusDate('09-01-2025 01:56:16 PM') as Date)).toBe(
      '2025-01-09T13:56:16-05:00',
    );
  });

  it('gives the Bogotá calendar date, which lags UTC in the evening', () => {
    expect(bogotaDate(new Date('2026-11-28T03:00:00Z'))).toBe('2026-11-27');
    expect(bogotaDate(new Date('2026-11-28T05:00:00Z'))).toBe('2026-11-28');
  });
});
