import { Test } from '@nestjs/testing';
import { ConfigModule } from './config.module';
import {
  API_KEYS_CONFIG,
  CACHE_CONFIG,
  DATABASE_CONFIG,
  FACTUS_CONFIG,
  HTTP_EDGE_CONFIG,
  IDEMPOTENCY_CONFIG,
  LEDGER_CONFIG,
  LOGGING_CONFIG,
  READINESS_CONFIG,
  REDIS_CONFIG,
  SHUTDOWN_CONFIG,
} from './config-tokens';
import { loadConfig } from './load-config';

describe('ConfigModule', () => {
  const config = loadConfig({
    FACTUS_BASE_URL: 'https://api-sandbox.factus.com.co',
    FACTUS_CLIENT_ID: 'id',
    FACTUS_CLIENT_SECRET: 'secret',
    LOG_LEVEL: 'warn',
    SHUTDOWN_GRACE_MS: '1234',
    FACTUS_TIMEOUT_MS: '1000',
    REDIS_URL: 'redis://127.0.0.1:6390',
    API_KEYS: 'erp-one-0123456789abcdef',
    DOCUMENT_CACHE_MAX_BYTES: '2048',
    INBOUND_RATE_LIMIT: '7',
    READINESS_FACTUS_CHECK_INTERVAL_MS: '5000',
    DATABASE_URL: 'postgres://factus:pw@127.0.0.1:5432/factus',
    SYNC_WAIT_MS: '500',
    IDEMPOTENCY_TTL_MS: '60000',
  });

  it('provides each concern under its own token, from the configuration it was given', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config)],
    }).compile();
    expect(moduleRef.get(FACTUS_CONFIG)).toMatchObject({ clientId: 'id', timeoutMs: 1000 });
    expect(moduleRef.get(CACHE_CONFIG)).toEqual({
      documentFilesMaxBytes: 2048,
      numberingRangesTtlMs: 60000,
      documentFilesTokenTrustMs: 60000,
    });
    expect(moduleRef.get(HTTP_EDGE_CONFIG).inboundRateLimit).toEqual({ limit: 7, windowMs: 60000 });
    expect(moduleRef.get(REDIS_CONFIG).connection).toMatchObject({ url: 'redis://127.0.0.1:6390' });
    expect(moduleRef.get(API_KEYS_CONFIG).keys).toHaveLength(1);
    expect(moduleRef.get(READINESS_CONFIG)).toEqual({
      factusCheckIntervalMs: 5000,
      environment: 'development',
    });
    expect(moduleRef.get(SHUTDOWN_CONFIG)).toEqual({ graceMs: 1234 });
    expect(moduleRef.get(LOGGING_CONFIG)).toEqual({ level: 'warn', format: 'json' });
    expect(moduleRef.get(DATABASE_CONFIG)).toMatchObject({
      url: 'postgres://factus:pw@127.0.0.1:5432/factus',
      poolMax: 10,
    });
    expect(moduleRef.get(LEDGER_CONFIG)).toMatchObject({ syncWaitMs: 500 });
    expect(moduleRef.get(IDEMPOTENCY_CONFIG)).toEqual({ ttlMs: 60000, lockMs: 120000 });
    await moduleRef.close();
  });

  it('ignores the process environment once given a configuration', async () => {
    process.env.SHUTDOWN_GRACE_MS = '9999';
    try {
      const moduleRef = await Test.createTestingModule({
        imports: [ConfigModule.forRoot(config)],
      }).compile();
      expect(moduleRef.get(SHUTDOWN_CONFIG)).toEqual({ graceMs: 1234 });
      await moduleRef.close();
    } finally {
      delete process.env.SHUTDOWN_GRACE_MS;
    }
  });

  it('has no Redis connection without REDIS_URL', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(loadConfig({}))],
    }).compile();
    expect(moduleRef.get(REDIS_CONFIG)).toEqual({ connection: undefined });
    await moduleRef.close();
  });
});
