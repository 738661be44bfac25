/**
 * Dates as Factus writes them. Factus runs on Colombian time (UTC-5 all year: Colombia has no
 * daylight saving), and its responses say `DD-MM-YYYY hh:mm:ss AM/PM` for timestamps and
 * `DD-MM-YYYY` for dates, while requests use `YYYY-MM-DD` and `HH:mm:ss` (factus-api.md §4.7).
 */
const BOGOTA_OFFSET_MS = -5 * 60 * 60 * 1000;

/** The offset DIAN documents carry in their times (`HorFac`, `cbc:IssueTime`). */
export const BOGOTA_UTC_OFFSET = '-05:00';

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function bogotaParts(epochMs: number): Parts {
  // Shifting the instant by the fixed offset and reading it as UTC gives Bogotá's wall clock.
  const shifted = new Date(epochMs + BOGOTA_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `13-05-2026 08:21:49 AM` for 2026-05-13T13:21:49Z. */
export function factusTimestamp(epochMs: number): string {
  const p = bogotaParts(epochMs);
  const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
  const meridiem = p.hour < 12 ? 'AM' : 'PM';
  return `${pad(p.day)}-${pad(p.month)}-${p.year} ${pad(hour12)}:${pad(p.minute)}:${pad(p.second)} ${meridiem}`;
}

/** Bogotá's calendar date, `YYYY-MM-DD`. */
export function bogotaIsoDate(epochMs: number): string {
  const p = bogotaParts(epochMs);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** Bogotá's wall-clock time, `HH:mm:ss` (24 h). */
export function bogotaTime(epochMs: number): string {
  const p = bogotaParts(epochMs);
  return `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** `2026-05-13` -> `13-05-2026`, the form of dates inside Factus responses. */
export function factusDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}-${month}-${year}`;
}

/** A real calendar date written `YYYY-MM-DD` (Laravel's `date_format:Y-m-d`). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A time written `HH:mm:ss` (24 h). */
export function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(value);
}

/** Whole months between two `YYYY-MM-DD` dates (the `months` of a numbering range). */
export function monthsBetween(startIso: string, endIso: string): number {
  const [y1, m1, d1] = startIso.split('-').map(Number);
  const [y2, m2, d2] = endIso.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}
