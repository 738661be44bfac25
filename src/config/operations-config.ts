/** Configuration of how the service runs in production (logs, HTTP edge, health, shutdown, Redis). */
export type LogFormat = 'json' | 'pretty';

/**
 * Fastify's `trustProxy`: off, on (trust every hop), the number of proxy hops to trust, or the
 * addresses / CIDRs of the trusted proxies.
 */
export type TrustProxy = boolean | number | string[];

export interface HttpEdgeConfig {
  /** Largest request body accepted, in bytes; larger ones are answered 413. */
  bodyLimitBytes: number;
  trustProxy: TrustProxy;
  /** Origins allowed by CORS; empty: CORS off; `['*']`: any origin. */
  corsOrigins: string[];
  /** Requests per API key (or per client IP without keys) per window; limit 0 disables it. */
  inboundRateLimit: { limit: number; windowMs: number };
  /** Longest time a client may take to send a whole request, headers and body (408 past it). */
  requestTimeoutMs: number;
  /** A socket with no traffic either way for this long is closed (covers the longest answer). */
  connectionTimeoutMs: number;
  /** Open connections one replica accepts; more are closed at once (0: no cap). */
  maxConnections: number;
}

export interface RedisConfig {
  /** redis:// or rediss:// URL, credentials included. Never logged. */
  url: string;
  /** Prepended to every key the service writes, so several services can share one Redis. */
  keyPrefix: string;
  connectTimeoutMs: number;
  commandTimeoutMs: number;
}

export interface OperationsConfig {
  logFormat: LogFormat;
  http: HttpEdgeConfig;
  readiness: {
    /** How often Factus's reachability is checked when no real call has proved it meanwhile. */
    factusCheckIntervalMs: number;
  };
  shutdown: {
    /** After SIGTERM, how long in-flight requests may take before their connections are cut. */
    graceMs: number;
  };
  /** Set with REDIS_URL: the managed session and the Factus rate limiter are shared through it. */
  redis?: RedisConfig;
}
