export const FACTUS_RATE_LIMITER = Symbol('FACTUS_RATE_LIMITER');

/**
 * Keeps the calls of one Factus user within Factus's budget (80 requests a minute). Implemented in
 * memory for one replica; a shared implementation keeps several replicas within one budget.
 */
export interface FactusRateLimiter {
  /**
   * Resolves when a request for `key` may be sent. Waits in FIFO order; rejects at once with
   * RateLimitQueueTimeoutError when the wait would exceed the queue timeout (or the queue is full).
   * `limit`: this key's own budget (requests per window), a tenant's; the configured one when
   * absent (or not a positive number). The latest limit given for a key is the one it keeps.
   */
  acquire(key: string, limit?: number): Promise<void>;
  /** Factus answered 429: hold every request of `key` until `retryAfterMs` from now. */
  pause(key: string, retryAfterMs: number): void;
  /** Requests waiting now, over all keys. */
  queueDepth(): number;
}
