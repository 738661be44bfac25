import { isIP } from 'node:net';
import { ConfigError } from './config.error';
import { Env, readEnum, readInt, readString } from './env-readers';
import type { LogFormat, OperationsConfig, RedisConfig, TrustProxy } from './operations-config';

const LOG_FORMATS: readonly LogFormat[] = ['json', 'pretty'];

/** The operational part of the configuration (see operations-config.ts). */
export function loadOperationsConfig(env: Env): OperationsConfig {
  return {
    logFormat: readEnum(env, 'LOG_FORMAT', LOG_FORMATS, 'json'),
    http: {
      bodyLimitBytes: readInt(env, 'BODY_LIMIT', 1024 * 1024, { min: 1024, max: 100 * 1024 ** 2 }),
      trustProxy: readTrustProxy(env),
      corsOrigins: readCorsOrigins(env),
      inboundRateLimit: {
        limit: readInt(env, 'INBOUND_RATE_LIMIT', 300, { min: 0, max: 1_000_000 }),
        windowMs: readInt(env, 'INBOUND_RATE_WINDOW_MS', 60_000, { min: 100, max: 3_600_000 }),
      },
      ...readHttpTimeouts(env),
    },
    readiness: {
      factusCheckIntervalMs: readInt(env, 'READINESS_FACTUS_CHECK_INTERVAL_MS', 30_000, {
        min: 1000,
        max: 3_600_000,
      }),
    },
    shutdown: {
      graceMs: readInt(env, 'SHUTDOWN_GRACE_MS', 30_000, { min: 0, max: 600_000 }),
    },
    redis: readRedis(env),
  };
}

/** How long a client may take to send a request, how long a silent socket lives, how many. */
function readHttpTimeouts(
  env: Env,
): Pick<OperationsConfig['http'], 'requestTimeoutMs' | 'connectionTimeoutMs' | 'maxConnections'> {
  return {
    requestTimeoutMs: readInt(env, 'HTTP_REQUEST_TIMEOUT_MS', 30_000, { min: 1000, max: 600_000 }),
    connectionTimeoutMs: readInt(env, 'HTTP_CONNECTION_TIMEOUT_MS', 600_000, {
      min: 1000,
      max: 3_600_000,
    }),
    maxConnections: readInt(env, 'HTTP_MAX_CONNECTIONS', 1000, { min: 0, max: 1_000_000 }),
  };
}

/** TRUST_PROXY: true, false, a hop count, or comma-separated proxy addresses / CIDRs. */
function readTrustProxy(env: Env): TrustProxy {
  const value = readString(env, 'TRUST_PROXY');
  if (value === undefined || value.toLowerCase() === 'false') return false;
  if (value.toLowerCase() === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address);
    const maxBits = family === 6 ? 128 : 32;
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
    if (family === 0 || !bitsOk || extra !== undefined) {
      throw new ConfigError(
        'TRUST_PROXY',
        `must be true, false, a hop count or comma-separated IP addresses / CIDRs (got "${entry}")`,
      );
    }
  }
  return entries;
}

/** CORS_ORIGINS: `*` or comma-separated origins such as https://erp.example.com. */
function readCorsOrigins(env: Env): string[] {
  const value = readString(env, 'CORS_ORIGINS');
  if (value === undefined) return [];
  if (value === '*') return ['*'];
  return value.split(',').map((entry) => {
    const origin = entry.trim();
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== origin) {
      throw new ConfigError(
        'CORS_ORIGINS',
        `must be * or comma-separated origins like https://erp.example.com, without path or trailing slash (got "${origin}")`,
      );
    }
    return origin;
  });
}

function readRedis(env: Env): RedisConfig | undefined {
  const url = readString(env, 'REDIS_URL');
  if (url === undefined) return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !['redis:', 'rediss:'].includes(parsed.protocol)) {
    // The URL may hold a password: the message never repeats it.
    throw new ConfigError('REDIS_URL', 'must be a redis:// or rediss:// URL');
  }
  const keyPrefix = readString(env, 'REDIS_KEY_PREFIX', 'factus-api:') as string;
  if (!/^[A-Za-z0-9._:-]{1,64}$/.test(keyPrefix)) {
    throw new ConfigError(
      'REDIS_KEY_PREFIX',
      `must be 1 to 64 characters among letters, digits and . _ : - (got "${keyPrefix}")`,
    );
  }
  return {
    url,
    keyPrefix,
    connectTimeoutMs: readInt(env, 'REDIS_CONNECT_TIMEOUT_MS', 2000, { min: 100, max: 60_000 }),
    commandTimeoutMs: readInt(env, 'REDIS_COMMAND_TIMEOUT_MS', 1000, { min: 50, max: 60_000 }),
  };
}
