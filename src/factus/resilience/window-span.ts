/**
 * The span a sliding-window limiter counts over: the window plus a margin. Factus counts arrivals
 * and we count departures, and two requests may take different times to arrive, so the margin
 * (2 % of the window, 250 ms to 1 s, unless given) keeps us within any window Factus starts.
 * A quarter second covers the spread of arrival times of a burst sent in one instant.
 */
export function windowSpanMs(windowMs: number, marginMs?: number): number {
  const margin = marginMs ?? Math.min(1000, Math.max(250, Math.round(windowMs * 0.02)));
  return windowMs + margin;
}

/** A key's own limit when it is a usable one (a positive number, floored), else the configured. */
export function effectiveLimit(limit: number | undefined, configured: number): number {
  return limit !== undefined && Number.isFinite(limit) && limit >= 1
    ? Math.floor(limit)
    : configured;
}
