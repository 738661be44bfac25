import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The id of the request the current code runs for, kept in an AsyncLocalStorage instead of a child
 * logger per request: the root logger's mixin adds it to each line written within a request, so a
 * request costs one storage entry, not a logger (a pino child per request was ~4 % of a show's CPU).
 */
const requestIds = new AsyncLocalStorage<string>();

/** Runs `work` (and everything it starts) as part of request `requestId`. */
export function runInRequest(requestId: string, work: () => void): void {
  requestIds.run(requestId, work);
}

/**
 * The pino mixin: `{ requestId }` within a request, nothing outside one. A new object each time:
 * pino merges the line's own fields into what the mixin returns.
 */
export function requestIdFields(): { requestId?: string } {
  const requestId = requestIds.getStore();
  return requestId === undefined ? {} : { requestId };
}
