import { Module } from '@nestjs/common';
import { RedisConnection } from './redis-connection';

/** The shared Redis connection (none without REDIS_URL). Imported by the modules that use it. */
@Module({
  providers: [RedisConnection],
  exports: [RedisConnection],
})
export class RedisModule {}
