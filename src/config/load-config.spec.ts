import { configErrorOf as errorOf } from './testing/config-error-of';
import { loadConfig } from './load-config';

const real = {
  FACTUS_BASE_URL: 'https://api-sandbox.factus.com.co/',
  FACTUS_CLIENT_ID: 'id',
  FACTUS_CLIENT_SECRET: 'secret',
  DATABASE_URL: 'postgres://factus:pw@db.internal:5432/factus',
};

describe('loadConfig', () => {
  it('defaults to the embedded simulator outside production, leaving its account to it', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.nodeEnv).toBe('development');
    expect(config.factus.embeddedSimulator).toBe(true);
    // The simulator's demo client is filled in by the bootstrap (embedded-factus.spec.ts).
    expect(config.factus.clientId).toBe('');
    expect(config.factus.timeoutMs).toBe(30000);
    expect(config.swaggerEnabled).toBe(true);
    expect(config.numberingRangeCacheTtlMs).toBe(60000);
    expect(loadConfig({ NUMBERING_RANGE_CACHE_TTL_MS: '0' }).numberingRangeCacheTtlMs).toBe(0);
  });

  it('uses a configured Factus and strips the trailing slash', () => {
    const config = loadConfig({ ...real, NODE_ENV: 'production', FACTUS_TIMEOUT_MS: '5000' });
    expect(config.factus).toMatchObject({
      baseUrl: 'https://api-sandbox.factus.com.co',
      clientId: 'id',
      clientSecret: 'secret',
      timeoutMs: 5000,
      embeddedSimulator: false,
    });
    expect(config.factus.managedUser).toBeUndefined();
  });

  it.each([
    [{ NODE_ENV: 'production' }, 'FACTUS_BASE_URL', 'is required when NODE_ENV=production'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV', 'must be one of development, production, test'],
    [{ PORT: 'eighty' }, 'PORT', 'whole number between 0 and 65535'],
    [{ PORT: '70000' }, 'PORT', 'whole number between 0 and 65535'],
    [{ FACTUS_BASE_URL: 'api.factus.com.co' }, 'FACTUS_BASE_URL', 'absolute http(s) URL'],
    [{ FACTUS_BASE_URL: 'ftp://factus' }, 'FACTUS_BASE_URL', 'absolute http(s) URL'],
    [{ ...real, FACTUS_CLIENT_ID: '' }, 'FACTUS_CLIENT_ID', 'is required'],
    [{ ...real, FACTUS_CLIENT_SECRET: ' ' }, 'FACTUS_CLIENT_SECRET', 'is required'],
    [{ FACTUS_TIMEOUT_MS: '10' }, 'FACTUS_TIMEOUT_MS', 'between 100 and 300000'],
    [{ FACTUS_TIMEOUT_MS: '1.5' }, 'FACTUS_TIMEOUT_MS', 'whole number'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', 'must be one of fatal, error, warn, info, debug, verbose'],
    [{ SWAGGER_ENABLED: 'maybe' }, 'SWAGGER_ENABLED', 'must be true or false'],
    [{ DOCUMENT_CACHE_MAX_BYTES: '-1' }, 'DOCUMENT_CACHE_MAX_BYTES', 'whole number'],
    [{ NUMBERING_RANGE_CACHE_TTL_MS: '1m' }, 'NUMBERING_RANGE_CACHE_TTL_MS', 'whole number'],
    [
      { NUMBERING_RANGE_CACHE_TTL_MS: '86400001' },
      'NUMBERING_RANGE_CACHE_TTL_MS',
      'between 0 and 86400000',
    ],
    [{ FACTUS_USERNAME: 'a@b.co' }, 'FACTUS_PASSWORD', 'is required when FACTUS_USERNAME is set'],
    [{ FACTUS_PASSWORD: 'x' }, 'FACTUS_USERNAME', 'is required when FACTUS_PASSWORD is set'],
    [
      { ...real, NODE_ENV: 'production', FACTUS_USERNAME: 'a@b.co', FACTUS_PASSWORD: 'p' },
      'API_KEYS',
      'is required when NODE_ENV=production',
    ],
    [{ API_KEYS: 'short' }, 'API_KEYS', 'at least 16 characters'],
    [{ FACTUS_RATE_LIMIT: '0' }, 'FACTUS_RATE_LIMIT', 'between 1 and 100000'],
    [{ FACTUS_RATE_WINDOW_MS: 'soon' }, 'FACTUS_RATE_WINDOW_MS', 'whole number'],
    [{ FACTUS_QUEUE_TIMEOUT_MS: '-5' }, 'FACTUS_QUEUE_TIMEOUT_MS', 'whole number'],
    [{ FACTUS_RETRY_MAX: '11' }, 'FACTUS_RETRY_MAX', 'between 0 and 10'],
    [{ FACTUS_BREAKER_THRESHOLD: '0' }, 'FACTUS_BREAKER_THRESHOLD', 'between 1 and 1000'],
  ])('rejects %j naming %s', (env, variable, expectation) => {
    const error = errorOf(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
    expect(error.message).toContain(expectation);
  });

  it('keeps API keys only as hashes with a short public id', () => {
    const config = loadConfig({ API_KEYS: 'erp-one-0123456789abcdef, erp-two-0123456789abcdef' });
    expect(config.apiKeys).toHaveLength(2);
    expect(config.apiKeys[0].id).toMatch(/^[0-9a-f]{8}$/);
    expect(JSON.stringify(config)).not.toContain('erp-one-0123456789abcdef');
  });

  it('has no managed session without FACTUS_USERNAME (the embedded simulator adds its demo user)', () => {
    expect(loadConfig({}).factus.managedUser).toBeUndefined();
    expect(loadConfig(real).factus.managedUser).toBeUndefined();
  });

  it('enables the managed session with both Factus user variables', () => {
    const config = loadConfig({ FACTUS_USERNAME: 'a@b.co', FACTUS_PASSWORD: 'p' });
    expect(config.factus.managedUser).toEqual({ username: 'a@b.co', password: 'p' });
    expect(config.factus.rateLimit).toEqual({
      limit: 80,
      windowMs: 60000,
      queueTimeoutMs: 30000,
      maxQueue: 1000,
      maxPauseMs: 300_000,
    });
  });

  it('never echoes the client secret in a message', () => {
    const error = errorOf({ ...real, FACTUS_TIMEOUT_MS: 'x' });
    expect(error.message).not.toContain('secret');
  });
});
