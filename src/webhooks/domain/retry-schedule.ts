/**
 * The webhook retry schedule: a list of delays, the first one before the first try (`0`: at once),
 * each next one after a failed attempt. Written as a comma list of durations such as
 * `0,5s,5m,30m,2h,5h,10h,10h` (the Standard Webhooks reference schedule).
 */
export const STANDARD_WEBHOOKS_SCHEDULE = '0,5s,5m,30m,2h,5h,10h,10h';

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/** Milliseconds of one duration (`250ms`, `5s`, `5m`, `2h`, `1d`, or a bare number of ms). */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+)(ms|s|m|h|d)?$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * UNIT_MS[match[2] ?? 'ms'];
}

/** The delays of a schedule, or the first entry that is not a duration. */
export function parseRetrySchedule(text: string): { delaysMs: number[] } | { invalid: string } {
  const entries = text.split(',').map((entry) => entry.trim());
  const delaysMs: number[] = [];
  for (const entry of entries) {
    const ms = parseDuration(entry);
    if (ms === undefined) return { invalid: entry };
    delaysMs.push(ms);
  }
  return { delaysMs };
}

/**
 * When the attempt after `attemptsMade` failed attempts is due, or undefined when the schedule is
 * spent (the delivery is then dead). Attempt 1 waits `schedule[0]`, attempt 2 `schedule[1]`, etc.
 * A retry gets up to ±10 % jitter (never the first try): endpoints that failed together (an outage
 * on their side) are not hit by every retry at the same instant.
 */
export function nextAttemptAt(
  schedule: readonly number[],
  attemptsMade: number,
  now: Date,
  random: () => number = Math.random,
): Date | undefined {
  if (attemptsMade >= schedule.length) return undefined;
  const delay = schedule[attemptsMade];
  const jitter = attemptsMade === 0 ? 0 : Math.round(delay * 0.1 * (random() * 2 - 1));
  return new Date(now.getTime() + Math.max(0, delay + jitter));
}
