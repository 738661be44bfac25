import { configErrorOf as errorOf } from './testing/config-error-of';
import { loadConfig } from './load-config';

describe('loadConfig: operations', () => {
  it('defaults to JSON logs, a 1 MB body limit, CORS off, no proxy trust and no Redis', () => {
    const config = loadConfig({});
    expect(config.logFormat).toBe('json');
    expect(config.http).toEqual({
      bodyLimitBytes: 1_048_576,
      trustProxy: false,
      corsOrigins: [],
      inboundRateLimit: { limit: 300, windowMs: 60_000 },
      requestTimeoutMs: 30_000,
      connectionTimeoutMs: 600_000,
      maxConnections: 1000,
    });
    expect(config.readiness.factusCheckIntervalMs).toBe(30_000);
    expect(config.shutdown.graceMs).toBe(30_000);
    expect(config.redis).toBeUndefined();
  });

  it.each([
    ['true', true],
    ['false', false],
    ['2', 2],
    ['10.0.0.0/8, 127.0.0.1, ::1', ['10.0.0.0/8', '127.0.0.1', '::1']],
  ])('reads TRUST_PROXY=%s', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).http.trustProxy).toEqual(expected);
  });

  it('reads CORS origins, or * for any', () => {
    expect(
      loadConfig({ CORS_ORIGINS: 'https://erp.example.com, http://localhost:5173' }).http
        .corsOrigins,
    ).toEqual(['https://erp.example.com', 'http://localhost:5173']);
    expect(loadConfig({ CORS_ORIGINS: '*' }).http.corsOrigins).toEqual(['*']);
  });

  it('reads Redis with its prefix and timeouts', () => {
    const config = loadConfig({
      REDIS_URL: 'rediss://:pw@redis.internal:6380/2',
      REDIS_KEY_PREFIX: 'billing:',
      REDIS_COMMAND_TIMEOUT_MS: '500',
    });
    expect(config.redis).toEqual({
      url: 'rediss://:pw@redis.internal:6380/2',
      keyPrefix: 'billing:',
      connectTimeoutMs: 2000,
      commandTimeoutMs: 500,
    });
    expect(loadConfig({ REDIS_URL: 'redis://localhost' }).redis?.keyPrefix).toBe('factus-api:');
  });

  it.each([
    [{ LOG_FORMAT: 'xml' }, 'LOG_FORMAT', 'must be one of json, pretty'],
    [{ BODY_LIMIT: '1mb' }, 'BODY_LIMIT', 'whole number'],
    [{ BODY_LIMIT: '10' }, 'BODY_LIMIT', 'between 1024 and'],
    [{ TRUST_PROXY: 'yes please' }, 'TRUST_PROXY', 'IP addresses / CIDRs'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY', 'got "10.0.0.0/33"'],
    [{ CORS_ORIGINS: 'erp.example.com' }, 'CORS_ORIGINS', 'origins like https://'],
    [{ CORS_ORIGINS: 'https://erp.example.com/' }, 'CORS_ORIGINS', 'without path'],
    [{ INBOUND_RATE_LIMIT: '-1' }, 'INBOUND_RATE_LIMIT', 'whole number'],
    [{ INBOUND_RATE_WINDOW_MS: '10' }, 'INBOUND_RATE_WINDOW_MS', 'between 100 and'],
    [
      { READINESS_FACTUS_CHECK_INTERVAL_MS: '500' },
      'READINESS_FACTUS_CHECK_INTERVAL_MS',
      'between 1000 and',
    ],
    [{ SHUTDOWN_GRACE_MS: 'soon' }, 'SHUTDOWN_GRACE_MS', 'whole number'],
    [{ REDIS_URL: 'http://redis:6379' }, 'REDIS_URL', 'redis:// or rediss://'],
    [{ REDIS_URL: 'redis://x', REDIS_KEY_PREFIX: 'a b' }, 'REDIS_KEY_PREFIX', '1 to 64'],
    [
      { REDIS_URL: 'redis://x', REDIS_CONNECT_TIMEOUT_MS: '0' },
      'REDIS_CONNECT_TIMEOUT_MS',
      'between',
    ],
  ])('rejects %j naming %s', (env, variable, expectation) => {
    const error = errorOf(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(expectation);
  });

  it('never repeats a Redis password in a message', () => {
    const error = errorOf({ REDIS_URL: 'htp://:hunter2-secret@redis' });
    expect(error.message).not.toContain('hunter2-secret');
  });
});
