import type { ApiKey, FactusConfig, LoginConfig, LogLevel, NodeEnv } from './app-config';
import type { HttpEdgeConfig, LogFormat, RedisConfig } from './operations-config';

/**
 * Typed configuration per concern: a class injects the part it reads, never the whole AppConfig.
 * Each token is provided by ConfigModule, through @nestjs/config's ConfigService, from the
 * configuration validated at start-up.
 */
export const FACTUS_CONFIG = Symbol('FACTUS_CONFIG');
export type { FactusConfig };

export const CACHE_CONFIG = Symbol('CACHE_CONFIG');
export interface CacheConfig {
  /** Bytes of downloaded PDFs and XMLs kept in memory (validated documents never change). */
  documentFilesMaxBytes: number;
  /** How long the numbering ranges of an account are reused before asking Factus again (0: never). */
  numberingRangesTtlMs: number;
  /**
   * A caller's own token may read cached files only if Factus accepted it this recently; past it
   * the file is asked of Factus again, which proves the token (or refuses it: a revoked token).
   */
  documentFilesTokenTrustMs: number;
}

/** Body limit, proxies, CORS and the inbound rate limit. */
export const HTTP_EDGE_CONFIG = Symbol('HTTP_EDGE_CONFIG');
export type { HttpEdgeConfig };

/** The shared Redis (REDIS_URL); `connection` is absent when none is configured. */
export const REDIS_CONFIG = Symbol('REDIS_CONFIG');
export interface RedisSettings {
  connection?: RedisConfig;
}
export type { RedisConfig };

/** API_KEYS, as hashes: empty means no key is required. */
export const API_KEYS_CONFIG = Symbol('API_KEYS_CONFIG');
export interface ApiKeysConfig {
  keys: readonly ApiKey[];
}

export const READINESS_CONFIG = Symbol('READINESS_CONFIG');
export interface ReadinessConfig {
  /** How often Factus's reachability is checked when no real call has proved it meanwhile. */
  factusCheckIntervalMs: number;
  /** NODE_ENV, reported by the readiness probe. */
  environment: NodeEnv;
}

export const SHUTDOWN_CONFIG = Symbol('SHUTDOWN_CONFIG');
export interface ShutdownConfig {
  /** After SIGTERM, how long in-flight requests may take before their connections are cut. */
  graceMs: number;
}

/** Our public login routes: who may log in through them, and how failures are slowed down. */
export const LOGIN_CONFIG = Symbol('LOGIN_CONFIG');
export type { LoginConfig };

export const LOGGING_CONFIG = Symbol('LOGGING_CONFIG');
export interface LoggingConfig {
  level: LogLevel;
  format: LogFormat;
}

/**
 * Where state that must survive a restart lives (the ledger, idempotency keys). `url` is a
 * PostgreSQL URL (DATABASE_URL, required in production); without it, an embedded PostgreSQL
 * (PGlite) in memory, or on disk under `dataDir` (DATA_DIR).
 */
export const DATABASE_CONFIG = Symbol('DATABASE_CONFIG');
export interface DatabaseConfig {
  url?: string;
  dataDir?: string;
  /** Connections in the pool toward PostgreSQL (the embedded store has one session). */
  poolMax: number;
  /** Run the migrations at start-up (the default); off when a release job runs `npm run migrate`. */
  migrateOnStart: boolean;
}

/** How documents are sent, followed and given up on (the document ledger). */
export const LEDGER_CONFIG = Symbol('LEDGER_CONFIG');
export interface LedgerConfig {
  /** A synchronous create waits this long for DIAN's answer, then answers 202 (SYNC_WAIT_MS). */
  syncWaitMs: number;
  /** A replica owns a document it sends for this long; past it, another one takes it over. */
  leaseMs: number;
  /** How often the worker looks for due documents (it is also woken at once by new ones). */
  pollMs: number;
  /** Documents one replica sends at the same time. */
  concurrency: number;
  /** Sending attempts before a document is `failed` (outages included). */
  maxAttempts: number;
  /** Backoff between attempts: base, doubled each time, capped (plus jitter). */
  retryBaseMs: number;
  retryMaxMs: number;
  /** A document DIAN has not answered for this long is `failed`. */
  pendingMaxAgeMs: number;
  /** What is done with a rejected document at Factus: deleted (it blocks the next ones) or kept. */
  rejectedCleanup: 'delete' | 'keep';
  /** Whether this replica runs the worker at all (off: it only records and answers). */
  workerEnabled: boolean;
}

/** Idempotency-Key: how long a key and its stored response are kept. */
export const IDEMPOTENCY_CONFIG = Symbol('IDEMPOTENCY_CONFIG');
export interface IdempotencyConfig {
  ttlMs: number;
  /** A key whose first request has not finished after this long (a crash) may be taken again. */
  lockMs: number;
}

/** Webhook delivery (Standard Webhooks): schedule, timeout, when to give up, where not to send. */
export const WEBHOOKS_CONFIG = Symbol('WEBHOOKS_CONFIG');
export interface WebhooksConfig {
  /** Delay before each retry after the first try (ms): the Standard Webhooks reference by default. */
  retryScheduleMs: number[];
  /** Per delivery attempt. */
  timeoutMs: number;
  /** An endpoint whose every delivery failed for this long is disabled (with an event). */
  disableAfterMs: number;
  /** Private, loopback, link-local and metadata targets allowed (never in production by default). */
  allowPrivateTargets: boolean;
  /** `https` required (production); loopback http allowed otherwise. */
  requireHttps: boolean;
  /** How often the delivery worker looks for due deliveries (also woken by new events). */
  pollMs: number;
  /** Deliveries one replica sends at once. */
  concurrency: number;
  /** How long after a rotation the previous secret keeps signing. */
  rotationOverlapMs: number;
}

/** When a numbering range counts as running low: one `numbering_range.low` event per crossing. */
export const RANGE_ALERTS_CONFIG = Symbol('RANGE_ALERTS_CONFIG');
export interface RangeAlertsConfig {
  /** Fewer numbers left than this (WEBHOOK_RANGE_LOW_REMAINING). */
  lowRemaining: number;
  /** The range's resolution ends within this many days (WEBHOOK_RANGE_LOW_DAYS). */
  lowDays: number;
}

/** Many companies, one gateway: the admin API, tenant secrets at rest and TENANTS_FILE. */
export const TENANTS_CONFIG = Symbol('TENANTS_CONFIG');
export interface TenantsConfig {
  /** ADMIN_API_KEYS (hashes only): the keys of /api/v1/admin routes. Empty: no admin API. */
  adminKeys: readonly ApiKey[];
  /**
   * TENANT_SECRETS_KEY: `id:base64-of-32-bytes` entries, comma-separated. The first encrypts;
   * every entry decrypts, so that a key can be rotated (add the new one first, keep the old one).
   * Empty: tenants cannot be stored.
   */
  secretKeys: readonly { id: string; key: Buffer }[];
  /** TENANTS_FILE: a mounted YAML or JSON file of declared tenants, read at start-up and on SIGHUP. */
  file?: string;
  /**
   * True when no FACTUS_BASE_URL is set but ADMIN_API_KEYS, TENANT_SECRETS_KEY and DATABASE_URL
   * are: the service runs with registered tenants only (no implicit tenant, no embedded simulator).
   */
  tenantsOnly: boolean;
  /** How long a resolved tenant API key is trusted before the store is asked again. */
  keyCacheMs: number;
}
