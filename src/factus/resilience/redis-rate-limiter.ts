import { Logger } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import { isRedisUnavailable } from '../../redis/redis-errors';
import { RedisScript } from '../../redis/redis-script';
import type { FactusRateLimiter } from './rate-limiter.port';
import { RateLimitQueueTimeoutError } from './rate-limit.errors';
import { CONFIRM_SLOT, PAUSE, RESERVE_SLOT } from './redis-rate-limiter.scripts';
import { effectiveLimit, windowSpanMs } from './window-span';

export interface RedisRateLimiterOptions {
  limit: number;
  windowMs: number;
  queueTimeoutMs: number;
  maxQueue: number;
  marginMs?: number;
  /** Builds a key under REDIS_KEY_PREFIX. */
  key: (...parts: string[]) => string;
}

const reserveSlot = new RedisScript(RESERVE_SLOT);
const confirmSlot = new RedisScript(CONFIRM_SLOT);
const pauseKey = new RedisScript(PAUSE);

/**
 * The Factus rate limiter shared by every replica through Redis: the same contract as
 * SlidingWindowRateLimiter (never more than `limit` sends in any window plus margin per key, FIFO
 * waiting, refusal at once when the wait would pass the queue timeout, pause after a Factus 429),
 * with the budget kept in Redis. Each caller reserves a send time atomically (a Lua script over a
 * sorted set) and sleeps until it.
 *
 * When Redis cannot be reached, calls go through `fallback` (this replica's own in-memory limiter)
 * instead of failing or hanging; the replicas then each keep their own budget until Redis is back.
 */
export class RedisRateLimiter implements FactusRateLimiter {
  private readonly logger = new Logger(RedisRateLimiter.name);
  private readonly span: number;
  private waiting = 0;
  private usingFallback = false;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisRateLimiterOptions,
    private readonly fallback: FactusRateLimiter,
  ) {
    this.span = windowSpanMs(options.windowMs, options.marginMs);
  }

  /** `limit`: the key's own budget (a tenant's), sent with each reservation; see the port. */
  async acquire(key: string, limit?: number): Promise<void> {
    const keys = this.keysOf(key);
    const keyLimit = effectiveLimit(limit, this.options.limit);
    const deadline = Date.now() + this.options.queueTimeoutMs;
    for (;;) {
      const member = randomUUID();
      let reply: number[];
      try {
        reply = (await reserveSlot.run(this.redis, keys, [
          this.span,
          keyLimit,
          Math.max(0, deadline - Date.now()),
          this.options.maxQueue,
          member,
        ])) as number[];
      } catch (error) {
        return this.onRedisFailure(error, () => this.fallback.acquire(key, keyLimit));
      }
      this.recovered();
      const [granted, now, slot, queueFull] = reply;
      const waitMs = slot - now;
      if (granted !== 1) {
        throw new RateLimitQueueTimeoutError(
          Math.max(1, Math.ceil(waitMs / 1000)),
          queueFull === 1 ? 'queue_full' : 'wait',
        );
      }
      if (waitMs <= 0) return;
      await this.sleep(waitMs);
      // A Factus 429 may have paused the key while we slept: then reserve again after the pause.
      let pausedForMs: number;
      try {
        pausedForMs = Number(await confirmSlot.run(this.redis, keys, [member]));
      } catch (error) {
        return this.onRedisFailure(error, () => Promise.resolve());
      }
      if (pausedForMs <= 0) return;
    }
  }

  pause(key: string, retryAfterMs: number): void {
    this.fallback.pause(key, retryAfterMs);
    const [, pause] = this.keysOf(key);
    pauseKey
      .run(this.redis, [pause], [Math.max(1, Math.round(retryAfterMs))])
      .catch((error: unknown) => {
        if (!isRedisUnavailable(error))
          this.logger.error({ msg: 'Could not pause the shared budget', error: String(error) });
      });
  }

  /** Requests of this replica waiting now (each replica reports its own). */
  queueDepth(): number {
    return this.waiting + this.fallback.queueDepth();
  }

  /** Keys hash the budget key: it holds the Factus user's e-mail, which has no place in Redis. */
  private keysOf(key: string): [string, string] {
    const id = createHash('sha256').update(key).digest('hex').slice(0, 32);
    return [this.options.key('factus-rate', id), this.options.key('factus-rate', id, 'pause')];
  }

  private async sleep(ms: number): Promise<void> {
    this.waiting += 1;
    try {
      await new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
    } finally {
      this.waiting -= 1;
    }
  }

  private onRedisFailure(error: unknown, fallback: () => Promise<void>): Promise<void> {
    if (!isRedisUnavailable(error)) throw error;
    if (!this.usingFallback) {
      this.usingFallback = true;
      this.logger.warn({
        msg: 'Redis unavailable: the Factus budget is kept per replica until it is back',
        error: error instanceof Error ? error.message : String(error),
      });
    }
    return fallback();
  }

  private recovered(): void {
    if (!this.usingFallback) return;
    this.usingFallback = false;
    this.logger.log({ msg: 'Redis is back: the Factus budget is shared again' });
  }
}
