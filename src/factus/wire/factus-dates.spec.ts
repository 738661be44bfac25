import {
  factusCalendarDate,
  factusDateTime,
  optionalFactusCalendarDate,
  optionalFactusDateTime,
} from './factus-dates';

describe('factusDateTime (wall-clock times are Bogotá, UTC−05:00)', () => {
  it.each([
    ['09-01-2025 01:56:16 PM', '2025-01-09T18:56:16.000Z'],
    ['09-01-2025 12:05:00 AM', '2025-01-09T05:05:00.000Z'],
    ['09-01-2025 12:05:00 PM', '2025-01-09T17:05:00.000Z'],
    ['09-01-2025 13:56:16', '2025-01-09T18:56:16.000Z'],
    ['09-01-2025', '2025-01-09T05:00:00.000Z'],
    ['2025-01-09 13:56:16', '2025-01-09T18:56:16.000Z'],
    ['2025-01-09', '2025-01-09T05:00:00.000Z'],
    ['2025-12-10T00:00:00Z', '2025-12-10T00:00:00.000Z'],
    ['2025-12-10T00:00:00.250+01:00', '2025-12-09T23:00:00.250Z'],
    ['2025-12-10T00:00:00-0500', '2025-12-10T05:00:00.000Z'],
  ])('reads %s as %s', (input, iso) => {
    expect(factusDateTime.parse(input).toISOString()).toBe(iso);
  });

  it.each([
    '31-02-2025',
    '2025-02-29',
    '09-13-2025',
    '09-01-2025 25:00:00',
    '09-01-2025 13:00:00 PM',
    '09-01-2025 00:10:00 AM',
    '2025-01-09 10:61:00',
    '9/1/2025',
    'mañana',
    1736445376,
  ])('refuses %j', (input) => {
    expect(factusDateTime.safeParse(input).error?.issues[0].message).toBe('is not a date');
  });

  it('calls an absent date missing; the optional one reads it as undefined', () => {
    expect(factusDateTime.safeParse(null).error?.issues[0].message).toBe('is missing');
    expect(optionalFactusDateTime.parse(null)).toBeUndefined();
    expect(optionalFactusDateTime.parse('')).toBeUndefined();
    expect(optionalFactusDateTime.safeParse('soon').success).toBe(false);
  });
});

describe('factusCalendarDate', () => {
  it.each([
    ['2019-01-19', '2019-01-19'],
    ['19-01-2019', '2019-01-19'],
    ['19-01-2019 11:59:00 PM', '2019-01-19'],
    ['2019-01-19 23:59:00', '2019-01-19'],
    // An instant with its own offset is placed on the Bogotá calendar.
    ['2025-12-10T00:00:00Z', '2025-12-09'],
  ])('reads %s as %s', (input, expected) => {
    expect(factusCalendarDate.parse(input)).toBe(expected);
  });

  it('refuses impossible dates; the optional one reads absent as undefined', () => {
    expect(factusCalendarDate.safeParse('30-02-2019').success).toBe(false);
    expect(optionalFactusCalendarDate.parse(null)).toBeUndefined();
    expect(optionalFactusCalendarDate.safeParse('2019/01/19').success).toBe(false);
  });
});
