import { configErrorOf as errorOf } from './testing/config-error-of';
import { loadConfig } from './load-config';

const REAL_FACTUS = {
  FACTUS_BASE_URL: 'https://api.factus.com.co',
  FACTUS_CLIENT_ID: 'id',
  FACTUS_CLIENT_SECRET: 'secret',
};
const PASSWORD = 's3cr3t-db-password';

describe('loadConfig: database, ledger and idempotency', () => {
  it('outside production, without DATABASE_URL, uses the embedded store in memory with safe defaults', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({
      url: undefined,
      dataDir: undefined,
      poolMax: 10,
      migrateOnStart: true,
    });
    expect(config.ledger).toEqual({
      syncWaitMs: 25_000,
      leaseMs: 30_000,
      pollMs: 1000,
      concurrency: 8,
      maxAttempts: 50,
      retryBaseMs: 1000,
      retryMaxMs: 300_000,
      pendingMaxAgeMs: 72 * 3_600_000,
      rejectedCleanup: 'delete',
      workerEnabled: true,
    });
    expect(config.idempotency).toEqual({ ttlMs: 24 * 3_600_000, lockMs: 120_000 });
  });

  it('reads every setting it is given', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql://factus@127.0.0.1/factus',
      DATA_DIR: '/var/lib/factus',
      DATABASE_POOL_MAX: '3',
      DATABASE_MIGRATE_ON_START: 'false',
      SYNC_WAIT_MS: '0',
      LEDGER_WORKER: 'false',
      REJECTED_CLEANUP: 'keep',
      IDEMPOTENCY_TTL_MS: '60000',
    });
    expect(config.database).toEqual({
      url: 'postgresql://factus@127.0.0.1/factus',
      dataDir: '/var/lib/factus',
      poolMax: 3,
      migrateOnStart: false,
    });
    expect(config.ledger).toMatchObject({
      syncWaitMs: 0,
      workerEnabled: false,
      rejectedCleanup: 'keep',
    });
    expect(config.idempotency.ttlMs).toBe(60_000);
  });

  it('requires DATABASE_URL in production, naming it', () => {
    const error = errorOf({ ...REAL_FACTUS, NODE_ENV: 'production' });
    expect(error.variable).toBe('DATABASE_URL');
    expect(error.message).toContain('is required when NODE_ENV=production');
    expect(() =>
      loadConfig({
        ...REAL_FACTUS,
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://factus@db:5432/factus',
      }),
    ).not.toThrow();
  });

  it.each([
    'mysql://factus@db/factus',
    'http://db.internal:5432/factus',
    'db.internal:5432',
    `postgres://factus:${PASSWORD}@`,
  ])('refuses DATABASE_URL=%s naming the variable, never echoing the password', (url) => {
    const error = errorOf({ DATABASE_URL: url });
    expect(error.variable).toBe('DATABASE_URL');
    expect(error.message).toContain('postgres://');
    expect(error.message).not.toContain(PASSWORD);
  });

  it.each([
    [{ DATABASE_POOL_MAX: '0' }, 'DATABASE_POOL_MAX'],
    [{ DATABASE_POOL_MAX: '101' }, 'DATABASE_POOL_MAX'],
    [{ DATABASE_MIGRATE_ON_START: 'maybe' }, 'DATABASE_MIGRATE_ON_START'],
    [{ SYNC_WAIT_MS: '120001' }, 'SYNC_WAIT_MS'],
    [{ LEDGER_LEASE_MS: '999' }, 'LEDGER_LEASE_MS'],
    [{ LEDGER_POLL_MS: '10' }, 'LEDGER_POLL_MS'],
    [{ LEDGER_CONCURRENCY: '65' }, 'LEDGER_CONCURRENCY'],
    [{ LEDGER_MAX_ATTEMPTS: '0' }, 'LEDGER_MAX_ATTEMPTS'],
    [{ LEDGER_RETRY_BASE_MS: '5000', LEDGER_RETRY_MAX_MS: '1000' }, 'LEDGER_RETRY_MAX_MS'],
    [{ REJECTED_CLEANUP: 'archive' }, 'REJECTED_CLEANUP'],
    [{ LEDGER_WORKER: 'sometimes' }, 'LEDGER_WORKER'],
    [{ IDEMPOTENCY_TTL_MS: '59999' }, 'IDEMPOTENCY_TTL_MS'],
    [{ IDEMPOTENCY_LOCK_MS: 'soon' }, 'IDEMPOTENCY_LOCK_MS'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(errorOf(env).variable).toBe(variable);
  });
});
