/**
 * Colombia has no daylight saving time: Bogotá is UTC-05:00 all year, so plain arithmetic is exact
 * and no time-zone database is needed.
 */
const OFFSET_MS = -5 * 60 * 60 * 1000;

/** `2026-05-13T08:21:49-05:00` */
export function toBogotaIso(date: Date): string {
  const local = new Date(date.getTime() + OFFSET_MS).toISOString(); // 2026-05-13T08:21:49.000Z
  return `${local.slice(0, 19)}-05:00`;
}

/** Today's date in Bogotá, `YYYY-MM-DD`. */
export function bogotaDate(now: Date): string {
  return new Date(now.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Parses Factus's `DD-MM-YYYY hh:mm:ss AM/PM` (Bogotá time), or `DD-MM-YYYY`, or ISO 8601.
 * `new Date()` would read `09-01-2025` as September 1st, so this never delegates to it for that form.
 */
export function parseFactusDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  const factus =
    /^(\d{2})-(\d{2})-(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/.exec(text);
  if (factus) {
    const [, dd, mm, yyyy, hh = '0', mi = '0', ss = '0', meridiem] = factus;
    let hour = Number(hh);
    if (meridiem) {
      const pm = meridiem.toUpperCase() === 'PM';
      if (hour === 12) hour = pm ? 12 : 0;
      else if (pm) hour += 12;
    }
    const utc =
      Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd), hour, Number(mi), Number(ss)) - OFFSET_MS;
    const date = new Date(utc);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const iso = /[zZ]|[+-]\d{2}:?\d{2}$/.test(text) || text.length === 10 ? text : `${text}-05:00`;
    const date = new Date(text.length === 10 ? `${text}T00:00:00-05:00` : iso.replace(' ', 'T'));
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}
