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
