import type {
  DatabaseConfig,
  IdempotencyConfig,
  LedgerConfig,
  RangeAlertsConfig,
  TenantsConfig,
  WebhooksConfig,
} from './config-tokens';
import type { OperationsConfig } from './operations-config';

/** The service's whole configuration, validated once at start-up (see load-config.ts). */
export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'verbose';

export interface FactusConfig {
  /**
   * Factus base URL without trailing slash, e.g. https://api-sandbox.factus.com.co. With the
   * embedded simulator, it and the client credentials are empty until the bootstrap fills them in
   * from the simulator (see embedded-factus.ts).
   */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** Per-request timeout toward Factus. */
  timeoutMs: number;
  /** True when the service runs against its own embedded simulator (no Factus configured). */
  embeddedSimulator: boolean;
  /**
   * The service's own Factus user: requests without a Factus bearer use this managed session.
   * Against the embedded simulator, its demo user unless FACTUS_USERNAME says otherwise.
   */
  managedUser?: { username: string; password: string };
  /** Renew a managed token this long before Factus says it expires (capped at half its lifetime). */
  tokenRefreshSkewMs: number;
  /**
   * Factus allows `limit` requests per `windowMs` per user; calls over it wait in a bounded queue.
   * A Factus 429 pauses the user for its Retry-After, never longer than `maxPauseMs`.
   */
  rateLimit: {
    limit: number;
    windowMs: number;
    queueTimeoutMs: number;
    maxQueue: number;
    maxPauseMs: number;
  };
  /** Retries of safe calls (reads, invoice creation) on network errors, 5xx and 429. */
  retry: { maxRetries: number; baseDelayMs: number; maxDelayMs: number };
  /** Opens after `threshold` consecutive failures; answers 503 at once for `openMs`, then probes. */
  breaker: { threshold: number; openMs: number };
}

/** Logins through our public route (POST /api/v1/auth/token). */
export interface LoginConfig {
  /** Whether the managed user (FACTUS_USERNAME) may log in through POST /api/v1/auth/token. */
  allowManagedUser: boolean;
  /** Failed logins per e-mail, and per client address, within `lockoutMs` before a 429. */
  maxFailuresPerEmail: number;
  maxFailuresPerClient: number;
  lockoutMs: number;
}

/** An accepted API key, kept only as its SHA-256 (never the key itself). */
export interface ApiKey {
  /** Short public id for logs and metrics: the first 8 hex characters of the hash. */
  id: string;
  sha256: Buffer;
}

/** Logs, HTTP edge, health, shutdown and Redis settings come from OperationsConfig. */
export interface AppConfig extends OperationsConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  logLevel: LogLevel;
  swaggerEnabled: boolean;
  factus: FactusConfig;
  /** When non-empty, every /api/v1 route but the auth routes requires one of these in X-API-Key. */
  apiKeys: ApiKey[];
  /** Bytes of downloaded PDFs and XMLs kept in memory (validated documents never change). */
  documentCacheMaxBytes: number;
  /** How long the numbering ranges of an account are reused before asking Factus again (0: never). */
  numberingRangeCacheTtlMs: number;
  /** POST /api/v1/auth/token and /refresh. */
  login: LoginConfig;
  /** Cached files go to a caller's own token only if Factus accepted it this recently. */
  documentCacheTokenTrustMs: number;
  /** DATABASE_URL or the embedded PGlite (DATA_DIR): where the ledger and idempotency keys live. */
  database: DatabaseConfig;
  ledger: LedgerConfig;
  idempotency: IdempotencyConfig;
  webhooks: WebhooksConfig;
  rangeAlerts: RangeAlertsConfig;
  /** ADMIN_API_KEYS, TENANT_SECRETS_KEY, TENANTS_FILE: many companies on one gateway. */
  tenants: TenantsConfig;
}
