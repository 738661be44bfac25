import { looseValue, optionalField } from './loose-value';

/**
 * Factus dates. Time zone: Factus runs in Bogotá and writes wall-clock times without an offset,
 * so a date or time without one is read as Bogotá time (UTC−05:00 all year: Colombia has no
 * daylight saving time, so fixed arithmetic is exact). A `Z` or `±hh:mm` suffix is honoured.
 *
 * Forms read: `DD-MM-YYYY hh:mm:ss AM/PM`, `DD-MM-YYYY HH:mm[:ss]`, `DD-MM-YYYY`,
 * `YYYY-MM-DD[ |T]HH:mm[:ss[.fff]][Z|±hh:mm]`, `YYYY-MM-DD`. Impossible dates (`31-02-2025`,
 * `25:00`) are refused rather than rolled over. `new Date()` is never trusted with them: it reads
 * `09-01-2025` as September 1st.
 */
const BOGOTA_OFFSET_MINUTES = -5 * 60;
const MINUTE_MS = 60_000;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC the text said; undefined when it said none (then Bogotá). */
  offsetMinutes?: number;
}

const DAY_FIRST =
  /^(\d{2})-(\d{2})-(\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const YEAR_FIRST =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

function hour24(hour: number, meridiem: string | undefined): number | undefined {
  if (!meridiem) return hour <= 23 ? hour : undefined;
  if (hour < 1 || hour > 12) return undefined;
  const pm = meridiem.toUpperCase() === 'PM';
  return (hour % 12) + (pm ? 12 : 0);
}

function offsetOf(zone: string | undefined): number | undefined {
  if (!zone) return undefined;
  if (zone.toUpperCase() === 'Z') return 0;
  const [, sign, hh, mm] = /^([+-])(\d{2}):?(\d{2})$/.exec(zone) ?? [];
  return (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm));
}

function readDayFirst(text: string): WallClock | undefined {
  const match = DAY_FIRST.exec(text);
  if (!match) return undefined;
  const [, dd, mm, yyyy, hh = '0', mi = '0', ss = '0', meridiem] = match;
  const hour = hour24(Number(hh), meridiem);
  if (hour === undefined) return undefined;
  const [year, month, day] = [Number(yyyy), Number(mm), Number(dd)];
  return { year, month, day, hour, minute: Number(mi), second: Number(ss), millisecond: 0 };
}

function readYearFirst(text: string): WallClock | undefined {
  const match = YEAR_FIRST.exec(text);
  if (!match) return undefined;
  const [, yyyy, mm, dd, hh = '0', mi = '0', ss = '0', fraction = '0', zone] = match;
  return {
    year: Number(yyyy),
    month: Number(mm),
    day: Number(dd),
    hour: Number(hh),
    minute: Number(mi),
    second: Number(ss),
    millisecond: Number(fraction.padEnd(3, '0').slice(0, 3)),
    offsetMinutes: offsetOf(zone),
  };
}

/** The instant, or undefined when a field is out of range (31st of February, minute 61). */
function instantOf(clock: WallClock): Date | undefined {
  const { year, month, day, hour, minute, second, millisecond } = clock;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const check = new Date(wall);
  const sameDay =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day;
  if (!sameDay) return undefined;
  return new Date(wall - (clock.offsetMinutes ?? BOGOTA_OFFSET_MINUTES) * MINUTE_MS);
}

/** What the text said (for the calendar day) and the instant it names. */
function readMoment(input: unknown): { clock: WallClock; instant: Date } | undefined {
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  const clock = readDayFirst(text) ?? readYearFirst(text);
  const instant = clock && instantOf(clock);
  return clock && instant ? { clock, instant } : undefined;
}

function readInstant(input: unknown): Date | undefined {
  return readMoment(input)?.instant;
}

/** The Bogotá calendar day: as written, or converted when the text carried its own offset. */
function readCalendarDate(input: unknown): string | undefined {
  const moment = readMoment(input);
  if (!moment) return undefined;
  const { clock, instant } = moment;
  if (clock.offsetMinutes === undefined) {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
  }
  const bogota = new Date(instant.getTime() + BOGOTA_OFFSET_MINUTES * MINUTE_MS);
  return bogota.toISOString().slice(0, 10);
}

/** A Factus date-time → the instant (Date). A date alone is midnight in Bogotá. */
export const factusDateTime = looseValue('a date', readInstant);
export const optionalFactusDateTime = optionalField(factusDateTime);

/** A Factus date (a time, if any, is dropped) → `YYYY-MM-DD` of the Bogotá calendar. */
export const factusCalendarDate = looseValue('a date', readCalendarDate);
export const optionalFactusCalendarDate = optionalField(factusCalendarDate);
