import type { ApiKey, AppConfig, LogLevel, NodeEnv } from './app-config';
import { ConfigError } from './config.error';
import { Env, readBool, readEnum, readInt, readString, readUrl } from './env-readers';
import { loadOperationsConfig } from './load-operations-config';
import { loadStorageConfig } from './load-storage-config';
import { loadTenantsConfig } from './load-tenants-config';
import { loadWebhooksConfig } from './load-webhooks-config';
import { readApiKeys } from './read-api-keys';
import { assertSafeStartup } from './safe-defaults';

const NODE_ENVS: readonly NodeEnv[] = ['development', 'production', 'test'];
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'verbose'];

/**
 * Reads and validates the configuration once. Throws ConfigError naming the first bad variable.
 *
 * With FACTUS_BASE_URL unset outside production, the service runs against its embedded Factus
 * simulator: this only says so (`embeddedSimulator`). The base URL, the client credentials and the
 * demo user are the simulator's to give: the bootstrap fills them in once it listens (see
 * embedded-factus.ts), so that configuration never loads the simulator.
 *
 * With FACTUS_BASE_URL unset but tenants configured (see load-tenants-config.ts: `tenantsOnly`),
 * the service runs with registered tenants only: no simulator, no account of its own.
 */
export function loadConfig(env: Env): AppConfig {
  const nodeEnv = readEnum(env, 'NODE_ENV', NODE_ENVS, 'development');
  const baseUrl = readUrl(env, 'FACTUS_BASE_URL');
  const apiKeys = readApiKeys(env, nodeEnv);
  const tenants = loadTenantsConfig(env, {
    nodeEnv,
    factusConfigured: baseUrl !== undefined,
    apiKeys,
  });
  const { embeddedSimulator, client, managedUser } = readAccount(env, {
    nodeEnv,
    baseUrl,
    apiKeys,
    tenantsOnly: tenants.tenantsOnly,
  });

  const config: AppConfig = {
    nodeEnv,
    port: readInt(env, 'PORT', 3000, { min: 0, max: 65535 }),
    host: readString(env, 'HOST', '0.0.0.0') as string,
    logLevel: readEnum(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    // Off by default in production: the document lists every route and example to anyone.
    swaggerEnabled: readBool(env, 'SWAGGER_ENABLED', nodeEnv !== 'production'),
    factus: {
      baseUrl: baseUrl ?? '',
      ...client,
      timeoutMs: readInt(env, 'FACTUS_TIMEOUT_MS', 30000, { min: 100, max: 300000 }),
      embeddedSimulator,
      managedUser,
      tokenRefreshSkewMs: readInt(env, 'FACTUS_TOKEN_REFRESH_SKEW_MS', 60_000, {
        min: 0,
        max: 3_600_000,
      }),
      ...readResilience(env),
    },
    apiKeys,
    documentCacheMaxBytes: readInt(env, 'DOCUMENT_CACHE_MAX_BYTES', 64 * 1024 * 1024, {
      min: 0,
      max: 4 * 1024 ** 3,
    }),
    numberingRangeCacheTtlMs: readInt(env, 'NUMBERING_RANGE_CACHE_TTL_MS', 60_000, {
      min: 0,
      max: 86_400_000,
    }),
    login: readLogin(env, embeddedSimulator),
    documentCacheTokenTrustMs: readInt(env, 'DOCUMENT_CACHE_TOKEN_TRUST_MS', 60_000, {
      min: 0,
      max: 3_600_000,
    }),
    ...loadOperationsConfig(env),
    ...loadStorageConfig(env, nodeEnv),
    webhooks: loadWebhooksConfig(env, nodeEnv),
    rangeAlerts: readRangeAlerts(env),
    tenants,
  };
  assertSafeStartup(config);
  return config;
}

/** When a numbering range runs low (a `numbering_range.low` event). */
function readRangeAlerts(env: Env): AppConfig['rangeAlerts'] {
  return {
    lowRemaining: readInt(env, 'WEBHOOK_RANGE_LOW_REMAINING', 100, { min: 0, max: 100_000_000 }),
    lowDays: readInt(env, 'WEBHOOK_RANGE_LOW_DAYS', 30, { min: 0, max: 3650 }),
  };
}

/**
 * The service's own Factus account: FACTUS_BASE_URL's client, else the embedded simulator (filled
 * in later), else none at all (tenants only).
 */
function readAccount(
  env: Env,
  context: { nodeEnv: NodeEnv; baseUrl?: string; apiKeys: readonly ApiKey[]; tenantsOnly: boolean },
) {
  const { nodeEnv, baseUrl, tenantsOnly } = context;
  const embeddedSimulator = baseUrl === undefined && !tenantsOnly;
  if (embeddedSimulator && nodeEnv === 'production') {
    throw new ConfigError(
      'FACTUS_BASE_URL',
      'is required when NODE_ENV=production (e.g. https://api.factus.com.co); the embedded simulator is for development only',
    );
  }
  const client = baseUrl === undefined ? { clientId: '', clientSecret: '' } : readClient(env);
  const managedUser = tenantsOnly ? noManagedUser(env) : readManagedUser(env);
  if (managedUser && context.apiKeys.length === 0 && nodeEnv === 'production') {
    throw new ConfigError(
      'API_KEYS',
      'is required when NODE_ENV=production and FACTUS_USERNAME is set: without it anyone who reaches the port issues invoices in the company name',
    );
  }
  return { embeddedSimulator, client, managedUser };
}

/** The rate budget, retries and circuit breaker toward Factus. */
function readResilience(env: Env): Pick<AppConfig['factus'], 'rateLimit' | 'retry' | 'breaker'> {
  return {
    rateLimit: {
      limit: readInt(env, 'FACTUS_RATE_LIMIT', 80, { min: 1, max: 100_000 }),
      windowMs: readInt(env, 'FACTUS_RATE_WINDOW_MS', 60_000, { min: 100, max: 3_600_000 }),
      queueTimeoutMs: readInt(env, 'FACTUS_QUEUE_TIMEOUT_MS', 30_000, { min: 0, max: 600_000 }),
      maxQueue: readInt(env, 'FACTUS_QUEUE_MAX', 1000, { min: 0, max: 1_000_000 }),
      maxPauseMs: readInt(env, 'FACTUS_MAX_PAUSE_MS', 300_000, { min: 1000, max: 3_600_000 }),
    },
    retry: {
      maxRetries: readInt(env, 'FACTUS_RETRY_MAX', 2, { min: 0, max: 10 }),
      baseDelayMs: readInt(env, 'FACTUS_RETRY_BASE_DELAY_MS', 200, { min: 1, max: 60_000 }),
      maxDelayMs: readInt(env, 'FACTUS_RETRY_MAX_DELAY_MS', 2000, { min: 1, max: 60_000 }),
    },
    breaker: {
      threshold: readInt(env, 'FACTUS_BREAKER_THRESHOLD', 5, { min: 1, max: 1000 }),
      openMs: readInt(env, 'FACTUS_BREAKER_OPEN_MS', 10_000, { min: 100, max: 600_000 }),
    },
  };
}

function readClient(env: Env): { clientId: string; clientSecret: string } {
  const clientId = readString(env, 'FACTUS_CLIENT_ID');
  const clientSecret = readString(env, 'FACTUS_CLIENT_SECRET');
  if (!clientId)
    throw new ConfigError('FACTUS_CLIENT_ID', 'is required when FACTUS_BASE_URL is set');
  if (!clientSecret) {
    throw new ConfigError('FACTUS_CLIENT_SECRET', 'is required when FACTUS_BASE_URL is set');
  }
  return { clientId, clientSecret };
}

/** FACTUS_USERNAME and FACTUS_PASSWORD, both or neither: the service's own Factus session. */
function readManagedUser(env: Env): { username: string; password: string } | undefined {
  const username = readString(env, 'FACTUS_USERNAME');
  const password = readString(env, 'FACTUS_PASSWORD');
  if (username && !password)
    throw new ConfigError('FACTUS_PASSWORD', 'is required when FACTUS_USERNAME is set');
  if (password && !username)
    throw new ConfigError('FACTUS_USERNAME', 'is required when FACTUS_PASSWORD is set');
  return username && password ? { username, password } : undefined;
}

/** With tenants only there is no account of the service's own for a Factus user to log in to. */
function noManagedUser(env: Env): undefined {
  for (const name of ['FACTUS_USERNAME', 'FACTUS_PASSWORD']) {
    if (readString(env, name) !== undefined) {
      throw new ConfigError(
        name,
        'must be unset when FACTUS_BASE_URL is unset and tenants are configured (tenants only): each tenant logs in with its own Factus user',
      );
    }
  }
  return undefined;
}

/**
 * The public login routes. A login as the managed user through them is refused unless allowed
 * (against the embedded simulator it is, so the demo user works from Swagger UI): anyone could
 * otherwise try the company's password there, spending its Factus budget.
 */
function readLogin(env: Env, embeddedSimulator: boolean): AppConfig['login'] {
  return {
    allowManagedUser: readBool(env, 'AUTH_ALLOW_MANAGED_USER_LOGIN', embeddedSimulator),
    maxFailuresPerEmail: readInt(env, 'LOGIN_MAX_FAILURES_PER_EMAIL', 5, { min: 1, max: 10_000 }),
    maxFailuresPerClient: readInt(env, 'LOGIN_MAX_FAILURES_PER_CLIENT', 20, {
      min: 1,
      max: 100_000,
    }),
    lockoutMs: readInt(env, 'LOGIN_LOCKOUT_MS', 900_000, { min: 1000, max: 86_400_000 }),
  };
}
