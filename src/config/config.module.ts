import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from './app-config';
import { CACHE_CONFIG, CacheConfig, FACTUS_CONFIG } from './config-tokens';

/** Provides the configuration validated at start-up (see load-config.ts), whole and per concern. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    const cache: CacheConfig = {
      documentFilesMaxBytes: config.documentCacheMaxBytes,
      numberingRangesTtlMs: config.numberingRangeCacheTtlMs,
    };
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: FACTUS_CONFIG, useValue: config.factus },
        { provide: CACHE_CONFIG, useValue: cache },
      ],
      exports: [APP_CONFIG, FACTUS_CONFIG, CACHE_CONFIG],
    };
  }
}
