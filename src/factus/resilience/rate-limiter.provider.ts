import type { Provider } from '@nestjs/common';
import { FACTUS_CONFIG, FactusConfig } from '../../config/config-tokens';
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
  inject: [FACTUS_CONFIG, RedisConnection],
  useFactory: (config: FactusConfig, redis: RedisConnection): FactusRateLimiter => {
    const local = new SlidingWindowRateLimiter(config.rateLimit);
    if (!redis.client) return local;
    return new RedisRateLimiter(
      redis.client,
      { ...config.rateLimit, key: (...parts) => redis.key(...parts) },
      local,
    );
  },
};
