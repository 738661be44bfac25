import { SIMULATOR_DEMO_ACCOUNT } from '../simulator/demo-account';
import type { AppConfig, LogLevel, NodeEnv } from './app-config';
import { ConfigError } from './config.error';
import { Env, readBool, readEnum, readInt, readString, readUrl } from './env-readers';

const NODE_ENVS: readonly NodeEnv[] = ['development', 'production', 'test'];
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'verbose'];

/**
 * Reads and validates the configuration once. Throws ConfigError naming the first bad variable.
 *
 * With FACTUS_BASE_URL unset outside production, the service runs against its embedded Factus
 * simulator: baseUrl is left empty here and filled by main.ts once the simulator listens.
 */
export function loadConfig(env: Env): AppConfig {
  const nodeEnv = readEnum(env, 'NODE_ENV', NODE_ENVS, 'development');
  const baseUrl = readUrl(env, 'FACTUS_BASE_URL');
  const embeddedSimulator = baseUrl === undefined;

  if (embeddedSimulator && nodeEnv === 'production') {
    throw new ConfigError(
      'FACTUS_BASE_URL',
      'is required when NODE_ENV=production (e.g. https://api.factus.com.co); the embedded simulator is for development only',
    );
  }

  let clientId: string | undefined = SIMULATOR_DEMO_ACCOUNT.clientId;
  let clientSecret: string | undefined = SIMULATOR_DEMO_ACCOUNT.clientSecret;
  if (!embeddedSimulator) {
    clientId = readString(env, 'FACTUS_CLIENT_ID');
    clientSecret = readString(env, 'FACTUS_CLIENT_SECRET');
    if (!clientId)
      throw new ConfigError('FACTUS_CLIENT_ID', 'is required when FACTUS_BASE_URL is set');
    if (!clientSecret) {
      throw new ConfigError('FACTUS_CLIENT_SECRET', 'is required when FACTUS_BASE_URL is set');
    }
  }

  return {
    nodeEnv,
    port: readInt(env, 'PORT', 3000, { min: 0, max: 65535 }),
    host: readString(env, 'HOST', '0.0.0.0') as string,
    logLevel: readEnum(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    swaggerEnabled: readBool(env, 'SWAGGER_ENABLED', true),
    factus: {
      baseUrl: baseUrl ?? '',
      clientId,
      clientSecret,
      timeoutMs: readInt(env, 'FACTUS_TIMEOUT_MS', 30000, { min: 100, max: 300000 }),
      embeddedSimulator,
    },
    documentCacheMaxBytes: readInt(env, 'DOCUMENT_CACHE_MAX_BYTES', 64 * 1024 * 1024, {
      min: 0,
      max: 4 * 1024 ** 3,
    }),
  };
}
