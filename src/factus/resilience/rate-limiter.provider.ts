import type { Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { RedisConnection } from '../../redis/redis-connection';
import { FACTUS_RATE_LIMITER, FactusRateLimiter } from './rate-limiter.port';
import { RedisRateLimiter } from './redis-rate-limiter';
import { SlidingWindowRateLimiter } from './sliding-window-rate-limiter';

/**
 * With REDIS_URL, one budget shared by every replica (RedisRateLimiter, falling back to this
 * replica's own when Redis is down); without it, the in-memory limiter, right for one replica.
 */
export const rateLimiterProvider: Provider = {
  provide: FACTUS_RATE_LIMITER,
  inject: [APP_CONFIG, RedisConnection],
  useFactory: (config: AppConfig, redis: RedisConnection): FactusRateLimiter => {
    const local = new SlidingWindowRateLimiter(config.factus.rateLimit);
    if (!redis.client) return local;
    return new RedisRateLimiter(
      redis.client,
      { ...config.factus.rateLimit, key: (...parts) => redis.key(...parts) },
      local,
    );
  },
};
