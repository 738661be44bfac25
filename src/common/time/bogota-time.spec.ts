import { bogotaDate, toBogotaIso } from './bogota-time';

describe('Bogotá time', () => {
  it('formats ISO 8601 with the -05:00 offset', () => {
    expect(toBogotaIso(new Date('2026-05-13T13:21:49Z'))).toBe('2026-05-13T08:21:49-05:00');
    expect(toBogotaIso(new Date('2025-01-09T18:56:16Z'))).toBe('2025-01-09T13:56:16-05:00');
  });

  it('gives the Bogotá calendar date, which lags UTC in the evening', () => {
    expect(bogotaDate(new Date('2026-11-28T03:00:00Z'))).toBe('2026-11-27');
    expect(bogotaDate(new Date('2026-11-28T05:00:00Z'))).toBe('2026-11-28');
  });
});
