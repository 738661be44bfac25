import type { Provider } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { FACTUS_CONFIG, FactusConfig } from '../../config/config-tokens';
import { RedisConnection } from '../../redis/redis-connection';
import { FACTUS_SESSION_STORE, FactusSessionStore } from '../domain/factus-session-store.port';
import { InMemorySessionStore } from './in-memory-session.store';
import { RedisSessionStore } from './redis-session.store';

/**
 * With REDIS_URL, the managed session is shared by every replica (one login between them); without
 * it, each replica keeps its own in memory.
 */
export const sessionStoreProvider: Provider = {
  provide: FACTUS_SESSION_STORE,
  inject: [FACTUS_CONFIG, RedisConnection],
  useFactory: (config: FactusConfig, redis: RedisConnection): FactusSessionStore => {
    const local = new InMemorySessionStore();
    if (!redis.client) return local;
    const lockTtlMs = 10_000;
    return new RedisSessionStore(
      redis.client,
      {
        tokenKey: redis.key('factus-session', sessionId(config)),
        lockKey: redis.key('factus-session', sessionId(config), 'lock'),
        lockTtlMs,
        maxWaitMs: worstCaseRenewalMs(config) + lockTtlMs,
      },
      local,
    );
  },
};

/** One session per Factus account: the same Redis may serve deployments for several. */
function sessionId(config: FactusConfig): string {
  const { baseUrl, clientId, managedUser } = config;
  const identity = `${baseUrl}|${clientId}|${managedUser?.username.toLowerCase() ?? ''}`;
  return createHash('sha256').update(identity).digest('hex').slice(0, 32);
}

/**
 * The longest one renewal can take: a wait for the rate budget, one refresh attempt, then a
 * password login with its retries and backoff.
 */
function worstCaseRenewalMs(config: FactusConfig): number {
  const { rateLimit, timeoutMs, retry } = config;
  const attempts = 1 + (retry.maxRetries + 1);
  return rateLimit.queueTimeoutMs + attempts * timeoutMs + retry.maxRetries * retry.maxDelayMs;
}
