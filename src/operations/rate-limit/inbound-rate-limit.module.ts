import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

/**
 * The throttler's options and storage (in memory: each replica counts its own callers). The guard,
 * InboundThrottlerGuard, is registered in AppModule right after ApiKeyGuard, whose key id it uses.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const { limit, windowMs } = config.http.inboundRateLimit;
        return {
          throttlers: [{ name: 'default', limit: Math.max(1, limit), ttl: windowMs }],
          skipIf: () => limit === 0,
        };
      },
    }),
  ],
})
export class InboundRateLimitModule {}
