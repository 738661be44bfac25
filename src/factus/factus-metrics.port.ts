export const FACTUS_METRICS = Symbol('FACTUS_METRICS');

/**
 * What FactusHttpClient reports about its traffic, so that it knows nothing of the metrics library.
 * Labels passed here are bounded: endpoint templates, status codes, error reasons and tenant ids,
 * never document numbers, references, NITs, names or URLs.
 */
export interface FactusMetrics {
  /**
   * One HTTP exchange with Factus (one attempt); `outcome` is the status code or an error reason,
   * `tenant` the call's tenant id, or `default` for the configured Factus.
   */
  callCompleted(call: {
    method: string;
    endpoint: string;
    outcome: string;
    seconds: number;
    tenant: string;
  }): void;
  /** One token request sent to Factus (`password` or `refresh_token`). */
  tokenRequested(grant: string): void;
  /** Time a call waited for Factus's rate budget; `refused` when it was answered 429 instead. */
  limiterWaited(seconds: number, outcome: 'granted' | 'refused'): void;
  /** A Factus 429 paused an account until this instant (epoch ms; already capped). */
  rateLimitPaused(untilEpochMs: number): void;
}

/** Used when no metrics are wired (unit tests that build the client by hand). */
export const NO_FACTUS_METRICS: FactusMetrics = {
  callCompleted: () => undefined,
  tokenRequested: () => undefined,
  limiterWaited: () => undefined,
  rateLimitPaused: () => undefined,
};
