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
