/**
 * When the worker looks at a document again. Pure functions of what the record already holds
 * (attempts, age), so that every replica computes the same schedule without extra state.
 */
export interface RetrySchedule {
  baseMs: number;
  maxMs: number;
}

/**
 * After a failed attempt (an outage, a blocked account): base × 2^(attempts − 1), capped, with
 * ±20 % jitter so that a backlog does not come back as one burst. `random` is in [0, 1).
 */
export function retryDelayMs(attempts: number, schedule: RetrySchedule, random: number): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 30);
  const delay = Math.min(schedule.maxMs, schedule.baseMs * 2 ** exponent);
  return Math.round(delay * (0.8 + 0.4 * random));
}

/**
 * A document DIAN has not answered: checked again after half its age (so checks thin out as it
 * ages: 5 s, 10 s, 20 s… for a base of 1 s), never sooner than 5 × base nor later than the cap.
 */
export function followUpDelayMs(ageMs: number, schedule: RetrySchedule): number {
  return Math.min(schedule.maxMs, Math.max(schedule.baseMs * 5, Math.round(ageMs / 2)));
}
