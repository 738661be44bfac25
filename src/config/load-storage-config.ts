import type { NodeEnv } from './app-config';
import { ConfigError } from './config.error';
import type { DatabaseConfig, IdempotencyConfig, LedgerConfig } from './config-tokens';
import { Env, readBool, readEnum, readInt, readString } from './env-readers';

const HOUR_MS = 3_600_000;
const REJECTED_CLEANUP: readonly LedgerConfig['rejectedCleanup'][] = ['delete', 'keep'];

export interface StorageConfig {
  database: DatabaseConfig;
  ledger: LedgerConfig;
  idempotency: IdempotencyConfig;
}

/** Where durable state lives (the database), and how the ledger and idempotency keys use it. */
export function loadStorageConfig(env: Env, nodeEnv: NodeEnv): StorageConfig {
  return {
    database: readDatabase(env, nodeEnv),
    ledger: readLedger(env),
    idempotency: {
      // Tests shorten it to a minute; a day is what ERPs that retry the next morning rely on.
      ttlMs: readInt(env, 'IDEMPOTENCY_TTL_MS', 24 * HOUR_MS, {
        min: 60_000,
        max: 30 * 24 * HOUR_MS,
      }),
      lockMs: readInt(env, 'IDEMPOTENCY_LOCK_MS', 120_000, { min: 1000, max: 24 * HOUR_MS }),
    },
  };
}

function readDatabase(env: Env, nodeEnv: NodeEnv): DatabaseConfig {
  const url = readPostgresUrl(env);
  // The embedded store lives in this process: replicas would each keep their own ledger, and a
  // memory one loses every document on restart. Production must say where the database is.
  if (url === undefined && nodeEnv === 'production') {
    throw new ConfigError(
      'DATABASE_URL',
      'is required when NODE_ENV=production (e.g. postgres://user:password@db.internal:5432/factus); the embedded PGlite store is for development only',
    );
  }
  return {
    url,
    dataDir: readString(env, 'DATA_DIR'),
    poolMax: readInt(env, 'DATABASE_POOL_MAX', 10, { min: 1, max: 100 }),
    migrateOnStart: readBool(env, 'DATABASE_MIGRATE_ON_START', true),
  };
}

/** DATABASE_URL: a postgres:// or postgresql:// URL naming a database. Its password is never echoed. */
function readPostgresUrl(env: Env): string | undefined {
  const url = readString(env, 'DATABASE_URL');
  if (url === undefined) return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !['postgres:', 'postgresql:'].includes(parsed.protocol) || !parsed.hostname) {
    throw new ConfigError(
      'DATABASE_URL',
      'must be a postgres:// or postgresql:// URL with a host, e.g. postgres://user:password@db.internal:5432/factus',
    );
  }
  return url;
}

function readLedger(env: Env): LedgerConfig {
  const retryBaseMs = readInt(env, 'LEDGER_RETRY_BASE_MS', 1000, { min: 10, max: HOUR_MS });
  const retryMaxMs = readInt(env, 'LEDGER_RETRY_MAX_MS', 300_000, { min: 10, max: 24 * HOUR_MS });
  if (retryMaxMs < retryBaseMs) {
    throw new ConfigError(
      'LEDGER_RETRY_MAX_MS',
      `must be at least LEDGER_RETRY_BASE_MS (${retryBaseMs}) (got ${retryMaxMs})`,
    );
  }
  return {
    syncWaitMs: readInt(env, 'SYNC_WAIT_MS', 25_000, { min: 0, max: 120_000 }),
    leaseMs: readInt(env, 'LEDGER_LEASE_MS', 30_000, { min: 1000, max: 600_000 }),
    pollMs: readInt(env, 'LEDGER_POLL_MS', 1000, { min: 50, max: 60_000 }),
    concurrency: readInt(env, 'LEDGER_CONCURRENCY', 8, { min: 1, max: 64 }),
    maxAttempts: readInt(env, 'LEDGER_MAX_ATTEMPTS', 50, { min: 1, max: 10_000 }),
    retryBaseMs,
    retryMaxMs,
    pendingMaxAgeMs: readInt(env, 'LEDGER_PENDING_MAX_AGE_MS', 72 * HOUR_MS, {
      min: 1000,
      max: 90 * 24 * HOUR_MS,
    }),
    rejectedCleanup: readEnum(env, 'REJECTED_CLEANUP', REJECTED_CLEANUP, 'delete'),
    workerEnabled: readBool(env, 'LEDGER_WORKER', true),
  };
}
