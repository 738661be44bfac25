import { isCalendarDate, isClockTime } from './calendar-date';

describe('calendar dates', () => {
  it.each(['2026-05-13', '2024-02-29', '2026-12-31', '2000-02-29'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each([
    '2026-02-29',
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '1900-02-29',
    '13-05-2026',
    '2026-5-13',
    '2026-05-13T00:00:00',
    '',
  ])('refuses %p', (date) => {
    expect(isCalendarDate(date)).toBe(false);
  });

  it.each([
    ['00:00:00', true],
    ['23:59:59', true],
    ['08:21:49', true],
    ['24:00:00', false],
    ['8:21:49', false],
    ['08:60:00', false],
    ['08:21', false],
    ['08:21:49 AM', false],
  ])('time %s valid: %s', (time, valid) => {
    expect(isClockTime(time)).toBe(valid);
  });
});
