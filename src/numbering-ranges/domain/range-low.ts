import type { NumberingRange } from './numbering-range';

/** When a range counts as running low (WEBHOOK_RANGE_LOW_REMAINING, WEBHOOK_RANGE_LOW_DAYS). */
export interface RangeLowThresholds {
  /** Fewer numbers left than this. */
  remaining: number;
  /** Its resolution ends within this many days. */
  days: number;
}

/** `numbers`: few numbers left; `days`: the resolution ends soon. */
export type RangeLowReason = 'numbers' | 'days';

export interface RangeLow {
  range: NumberingRange;
  reason: RangeLowReason;
  /** Numbers the range still gives out (`current` is the next one). */
  remaining: number;
  /** Days until `endDate` (0: it ends today); null when the range has no end date. */
  daysLeft: number | null;
}

const DAY_MS = 86_400_000;

/**
 * The active, unexpired ranges running low, one entry per threshold crossed (a range short of
 * both numbers and days appears twice). `today` is the account's calendar date (`YYYY-MM-DD`).
 */
export function rangesRunningLow(
  ranges: readonly NumberingRange[],
  thresholds: RangeLowThresholds,
  today: string,
): RangeLow[] {
  const low: RangeLow[] = [];
  for (const range of ranges) {
    if (!range.isActive || range.isExpired) continue;
    const remaining = Math.max(0, range.to - range.current + 1);
    const daysLeft = range.endDate ? daysBetween(today, range.endDate) : null;
    if (remaining < thresholds.remaining)
      low.push({ range, reason: 'numbers', remaining, daysLeft });
    if (daysLeft !== null && daysLeft >= 0 && daysLeft <= thresholds.days)
      low.push({ range, reason: 'days', remaining, daysLeft });
  }
  return low;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Colombia's calendar date at `now` (UTC−5 all year: no daylight saving), as DIAN dates are. */
export function colombianDate(now: Date): string {
  return new Date(now.getTime() - 5 * 3_600_000).toISOString().slice(0, 10);
}
