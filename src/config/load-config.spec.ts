import { ConfigError } from './config.error';
import { loadConfig } from './load-config';

const real = {
  FACTUS_BASE_URL: 'https://api-sandbox.factus.com.co/',
  FACTUS_CLIENT_ID: 'id',
  FACTUS_CLIENT_SECRET: 'secret',
};

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('defaults to the embedded simulator with the demo client outside production', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.nodeEnv).toBe('development');
    expect(config.factus.embeddedSimulator).toBe(true);
    expect(config.factus.clientId).toBe('simulator-client');
    expect(config.factus.timeoutMs).toBe(30000);
    expect(config.swaggerEnabled).toBe(true);
  });

  it('uses a configured Factus and strips the trailing slash', () => {
    const config = loadConfig({ ...real, NODE_ENV: 'production', FACTUS_TIMEOUT_MS: '5000' });
    expect(config.factus).toEqual({
      baseUrl: 'https://api-sandbox.factus.com.co',
      clientId: 'id',
      clientSecret: 'secret',
      timeoutMs: 5000,
      embeddedSimulator: false,
    });
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
  ])('rejects %j naming %s', (env, variable, expectation) => {
    const error = errorOf(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
    expect(error.message).toContain(expectation);
  });

  it('never echoes the client secret in a message', () => {
    const error = errorOf({ ...real, FACTUS_TIMEOUT_MS: 'x' });
    expect(error.message).not.toContain('secret');
  });
});
