/** What the parent asks the load worker to run, and what it gets back (plain JSON over IPC). */
export interface LoadJob {
  /** Base URL of the target, e.g. http://127.0.0.1:43121 */
  url: string;
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  connections: number;
  /** Run for this long… */
  durationSeconds?: number;
  /** …or until this many responses (takes precedence). */
  amount?: number;
  /** Per-request timeout (autocannon's default is 10 s). */
  timeoutSeconds?: number;
  /** A body generated per request, with a unique reference code each time. */
  body?: { format: 'service-invoice' | 'factus-bill'; lines: number };
}

export interface LoadResult {
  /** Responses received. */
  requests: number;
  durationSeconds: number;
  /** Responses per second over the whole run. */
  rps: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  /** Responses per status code. */
  statusCodes: Record<string, number>;
  non2xx: number;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
}

export type WorkerRequest = { id: number; job: LoadJob };
export type WorkerReply = { id: number; result?: LoadResult; error?: string };
