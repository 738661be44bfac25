import type { LoggedRequest } from '../../src/simulator/core/request-log';

/** Most requests Factus received in any `windowMs` (sliding over arrival times). */
export function maxInAnyWindow(log: LoggedRequest[], windowMs: number): number {
  const times = log.map((r) => Date.parse(r.at)).sort((a, b) => a - b);
  let max = 0;
  for (let i = 0, j = 0; i < times.length; i += 1) {
    while (times[i] - times[j] >= windowMs) j += 1;
    max = Math.max(max, i - j + 1);
  }
  return max;
}

/**
 * The most requests in any window, over arrival times less a scheduling slack (a quarter of the
 * window). A limiter grants at most N in any window, but the log has arrival times, which a loaded
 * machine delays unevenly: a grant at the end of one window can arrive with the next one's. Over
 * the shortened window a correct limiter never shows more than N, while one that grants too many
 * per window (or does not limit at all) still does.
 */
export function peakInAnyWindowAllowingSlack(log: LoggedRequest[], windowMs: number): number {
  return maxInAnyWindow(log, windowMs - windowMs / 4);
}
