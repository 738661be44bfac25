import type { AppConfig } from './app-config';
import type {
  ApiKeysConfig,
  CacheConfig,
  FactusConfig,
  HttpEdgeConfig,
  LoggingConfig,
  ReadinessConfig,
  RedisSettings,
  ShutdownConfig,
} from './config-tokens';

/** The validated configuration cut per concern: the tree ConfigService serves (see config.module.ts). */
export interface ConfigNamespaces {
  factus: FactusConfig;
  cache: CacheConfig;
  http: HttpEdgeConfig;
  redis: RedisSettings;
  apiKeys: ApiKeysConfig;
  readiness: ReadinessConfig;
  shutdown: ShutdownConfig;
  logging: LoggingConfig;
}

export function configNamespaces(config: AppConfig): ConfigNamespaces {
  return {
    factus: config.factus,
    cache: {
      documentFilesMaxBytes: config.documentCacheMaxBytes,
      numberingRangesTtlMs: config.numberingRangeCacheTtlMs,
    },
    http: config.http,
    redis: { connection: config.redis },
    apiKeys: { keys: config.apiKeys },
    readiness: {
      factusCheckIntervalMs: config.readiness.factusCheckIntervalMs,
      environment: config.nodeEnv,
    },
    shutdown: config.shutdown,
    logging: { level: config.logLevel, format: config.logFormat },
  };
}
