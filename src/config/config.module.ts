import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule as NestConfigModule, registerAs } from '@nestjs/config';
import type { AppConfig } from './app-config';
import { configNamespaces, ConfigNamespaces } from './config-namespaces';
import {
  API_KEYS_CONFIG,
  CACHE_CONFIG,
  DATABASE_CONFIG,
  FACTUS_CONFIG,
  HTTP_EDGE_CONFIG,
  IDEMPOTENCY_CONFIG,
  LEDGER_CONFIG,
  LOGGING_CONFIG,
  LOGIN_CONFIG,
  RANGE_ALERTS_CONFIG,
  READINESS_CONFIG,
  REDIS_CONFIG,
  SHUTDOWN_CONFIG,
  TENANTS_CONFIG,
  WEBHOOKS_CONFIG,
} from './config-tokens';

const TOKENS: Record<keyof ConfigNamespaces, symbol> = {
  factus: FACTUS_CONFIG,
  cache: CACHE_CONFIG,
  http: HTTP_EDGE_CONFIG,
  redis: REDIS_CONFIG,
  apiKeys: API_KEYS_CONFIG,
  readiness: READINESS_CONFIG,
  shutdown: SHUTDOWN_CONFIG,
  logging: LOGGING_CONFIG,
  login: LOGIN_CONFIG,
  database: DATABASE_CONFIG,
  ledger: LEDGER_CONFIG,
  idempotency: IDEMPOTENCY_CONFIG,
  webhooks: WEBHOOKS_CONFIG,
  rangeAlerts: RANGE_ALERTS_CONFIG,
  tenants: TENANTS_CONFIG,
};

/**
 * Serves the configuration validated at start-up (by loadEnvironmentConfig in production, by the
 * test itself in tests) as @nestjs/config namespaces (`registerAs`), one per concern, each under
 * its own token. The environment and any .env file were read before: ConfigService answers only
 * from the validated tree, never from process.env, so what a class injects is what was validated.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    const tree = configNamespaces(config);
    const keys = Object.keys(TOKENS) as (keyof ConfigNamespaces)[];
    const namespaces = keys.map((key) => registerAs(key, () => tree[key]));
    return {
      module: ConfigModule,
      imports: [
        NestConfigModule.forRoot({
          ignoreEnvFile: true,
          validatePredefined: false,
          skipProcessEnv: true,
          load: namespaces,
        }),
      ],
      providers: [
        // The namespace's own provider, not ConfigService.get: it holds the value as soon as it
        // is built, whereas ConfigService's tree is merged by a provider nothing waits for.
        ...keys.map((key, index) => ({ provide: TOKENS[key], useExisting: namespaces[index].KEY })),
      ],
      exports: Object.values(TOKENS),
    };
  }
}
