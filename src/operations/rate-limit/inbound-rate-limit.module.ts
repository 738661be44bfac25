import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { HTTP_EDGE_CONFIG, HttpEdgeConfig } from '../../config/config-tokens';

/**
 * The throttler's options and storage (in memory: each replica counts its own callers). The guard,
 * InboundThrottlerGuard, is registered in AppModule right after ApiKeyGuard, whose key id it uses.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [HTTP_EDGE_CONFIG],
      useFactory: (http: HttpEdgeConfig) => {
        const { limit, windowMs } = http.inboundRateLimit;
        return {
          throttlers: [{ name: 'default', limit: Math.max(1, limit), ttl: windowMs }],
          skipIf: () => limit === 0,
        };
      },
    }),
  ],
})
export class InboundRateLimitModule {}
