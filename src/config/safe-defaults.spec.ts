import { ConfigError } from './config.error';
import { loadConfig } from './load-config';
import { estimatedKeyBits, isLoopback } from './safe-defaults';

const REAL = {
  FACTUS_BASE_URL: 'https://api-sandbox.factus.com.co',
  FACTUS_CLIENT_ID: 'id',
  FACTUS_CLIENT_SECRET: 'secret',
  DATABASE_URL: 'postgres://factus:pw@db.internal:5432/factus',
};
const MANAGED = { FACTUS_USERNAME: 'ops@company.co', FACTUS_PASSWORD: 'pw' };
const STRONG_KEY = 'c1f0a9d25e7b4c3f8a6d0e1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3';

function refusal(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('loadConfig accepted the configuration');
}

describe('start-up refusals (unsafe defaults)', () => {
  it('refuses, in every mode, a managed session on a real Factus reachable beyond loopback without API keys', () => {
    for (const NODE_ENV of ['development', 'test', 'production']) {
      expect(refusal({ ...REAL, ...MANAGED, NODE_ENV }).message).toContain('API_KEYS');
    }
    expect(refusal({ ...REAL, ...MANAGED, HOST: '10.0.0.5' }).message).toContain('HOST');
  });

  it('accepts it bound to loopback, with API keys, or against the embedded simulator (npm start)', () => {
    expect(() => loadConfig({ ...REAL, ...MANAGED, HOST: '127.0.0.1' })).not.toThrow();
    expect(() => loadConfig({ ...REAL, ...MANAGED, HOST: '::1' })).not.toThrow();
    expect(() => loadConfig({ ...REAL, ...MANAGED, API_KEYS: STRONG_KEY })).not.toThrow();
    expect(() => loadConfig({})).not.toThrow();
    expect(() => loadConfig({ ...MANAGED })).not.toThrow();
  });

  it('refuses http:// Factus URLs in production unless they are loopback', () => {
    const production = { ...REAL, NODE_ENV: 'production' };
    const plain = { ...production, FACTUS_BASE_URL: 'http://api.factus.com.co' };
    expect(refusal(plain).message).toContain('FACTUS_BASE_URL must be an https:// URL');
    expect(() =>
      loadConfig({ ...production, FACTUS_BASE_URL: 'http://127.0.0.1:4010' }),
    ).not.toThrow();
    expect(() => loadConfig({ ...REAL, FACTUS_BASE_URL: 'http://factus.lan' })).not.toThrow();
  });

  it('refuses guessable API keys in production, saying how to make one, never echoing it', () => {
    const production = { ...REAL, NODE_ENV: 'production' };
    const weak = refusal({ ...production, API_KEYS: `${STRONG_KEY},aaaaaaaaaaaaaaaa` });
    expect(weak.message).toContain('key #2');
    expect(weak.message).toContain('openssl rand -hex 32');
    expect(weak.message).not.toContain('aaaaaaaaaaaaaaaa');
    expect(() => loadConfig({ ...production, API_KEYS: STRONG_KEY })).not.toThrow();
    // Outside production the length rule alone applies (tests use readable keys).
    expect(() => loadConfig({ API_KEYS: 'aaaaaaaaaaaaaaaa' })).not.toThrow();
  });

  it('turns Swagger off by default in production, and on elsewhere', () => {
    expect(loadConfig({ ...REAL, NODE_ENV: 'production' }).swaggerEnabled).toBe(false);
    expect(
      loadConfig({ ...REAL, NODE_ENV: 'production', SWAGGER_ENABLED: 'true' }).swaggerEnabled,
    ).toBe(true);
    expect(loadConfig({}).swaggerEnabled).toBe(true);
  });

  it('refuses a shutdown grace shorter than the Factus deadline', () => {
    const error = refusal({ SHUTDOWN_GRACE_MS: '5000', FACTUS_TIMEOUT_MS: '10000' });
    expect(error.message).toContain('SHUTDOWN_GRACE_MS must be at least FACTUS_TIMEOUT_MS (10000)');
    expect(() =>
      loadConfig({ SHUTDOWN_GRACE_MS: '10000', FACTUS_TIMEOUT_MS: '10000' }),
    ).not.toThrow();
  });

  it('refuses a connection timeout shorter than the request timeout', () => {
    expect(
      refusal({ HTTP_REQUEST_TIMEOUT_MS: '60000', HTTP_CONNECTION_TIMEOUT_MS: '30000' }).message,
    ).toContain('HTTP_CONNECTION_TIMEOUT_MS');
  });

  it('lets the managed user log in through the public route only against the simulator or when allowed', () => {
    expect(loadConfig({}).login.allowManagedUser).toBe(true);
    expect(loadConfig({ ...REAL }).login.allowManagedUser).toBe(false);
    expect(
      loadConfig({ ...REAL, AUTH_ALLOW_MANAGED_USER_LOGIN: 'true' }).login.allowManagedUser,
    ).toBe(true);
  });
});

describe('estimatedKeyBits', () => {
  it('scores repeated and short keys low, random hex of 64 characters high', () => {
    expect(estimatedKeyBits('aaaaaaaaaaaaaaaa')).toBe(0);
    expect(estimatedKeyBits('erp-key-a-0123456789abcdef')).toBeLessThan(128);
    expect(estimatedKeyBits(STRONG_KEY)).toBeGreaterThan(200);
  });
});

describe('isLoopback', () => {
  it.each([
    ['127.0.0.1', true],
    ['::1', true],
    ['[::1]', true],
    ['localhost', true],
    ['0.0.0.0', false],
    ['::', false],
    ['10.0.0.1', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });
});
