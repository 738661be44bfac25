import type { AppConfig } from './app-config';
import type {
  ApiKeysConfig,
  CacheConfig,
  DatabaseConfig,
  FactusConfig,
  HttpEdgeConfig,
  IdempotencyConfig,
  LedgerConfig,
  LoggingConfig,
  LoginConfig,
  RangeAlertsConfig,
  ReadinessConfig,
  RedisSettings,
  ShutdownConfig,
  TenantsConfig,
  WebhooksConfig,
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
  login: LoginConfig;
  database: DatabaseConfig;
  ledger: LedgerConfig;
  idempotency: IdempotencyConfig;
  webhooks: WebhooksConfig;
  rangeAlerts: RangeAlertsConfig;
  tenants: TenantsConfig;
}

export function configNamespaces(config: AppConfig): ConfigNamespaces {
  return {
    factus: config.factus,
    cache: {
      documentFilesMaxBytes: config.documentCacheMaxBytes,
      numberingRangesTtlMs: config.numberingRangeCacheTtlMs,
      documentFilesTokenTrustMs: config.documentCacheTokenTrustMs,
    },
    http: config.http,
    redis: { connection: config.redis },
    apiKeys: { keys: config.apiKeys },
    readiness: {
      factusCheckIntervalMs: config.readiness.factusCheckIntervalMs,
      environment: config.nodeEnv,
    },
    shutdown: config.shutdown,
    login: config.login,
    logging: { level: config.logLevel, format: config.logFormat },
    database: config.database,
    ledger: config.ledger,
    idempotency: config.idempotency,
    webhooks: config.webhooks,
    rangeAlerts: config.rangeAlerts,
    tenants: config.tenants,
  };
}
