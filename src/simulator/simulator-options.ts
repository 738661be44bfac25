/** Tunables of the Factus simulator. Every one can also be changed at run time via /__simulator/settings. */
export interface SimulatorSettings {
  /** Requests one user may make per window (Factus: 80 a minute). */
  rateLimit: number;
  rateWindowMs: number;
  /** `expires_in` of issued access tokens, in seconds (Factus: 3600 observed). */
  tokenTtlSeconds: number;
  /** E-mails one document may be sent per Bogotá day through `send-email` (then 409). */
  emailDailyLimit: number;
  /**
   * Documents the subscription allows (`GET /v2/subscriptions`); each new document consumes one,
   * and at the limit document creation answers 402 Payment Required.
   */
  documentsQuota: number;
}

export const DEFAULT_SIMULATOR_SETTINGS: SimulatorSettings = {
  rateLimit: 80,
  rateWindowMs: 60_000,
  tokenTtlSeconds: 3600,
  emailDailyLimit: 3,
  documentsQuota: 100_000,
};

export interface SimulatorOptions {
  port?: number;
  host?: string;
  settings?: Partial<SimulatorSettings>;
  /** Clock, replaceable in tests. */
  now?: () => number;
}
