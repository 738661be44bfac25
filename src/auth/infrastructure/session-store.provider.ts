import type { Provider } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { FACTUS_CONFIG, FactusConfig } from '../../config/config-tokens';
import { RedisConnection } from '../../redis/redis-connection';
import {
  accountIdentity,
  FACTUS_SESSION_STORE,
  FACTUS_SESSION_STORES,
  FactusSessionStore,
  FactusSessionStores,
} from '../domain/factus-session-store.port';
import { InMemorySessionStore } from './in-memory-session.store';
import { RedisSessionStore } from './redis-session.store';

/**
 * With REDIS_URL, a managed session is shared by every replica (one login between them); without
 * it, each replica keeps its own in memory. One store per Factus account (the implicit one and
 * each tenant's).
 */
export const sessionStoresProvider: Provider = {
  provide: FACTUS_SESSION_STORES,
  inject: [FACTUS_CONFIG, RedisConnection],
  useFactory: (config: FactusConfig, redis: RedisConnection): FactusSessionStores => ({
    forAccount: (identity: string): FactusSessionStore => {
      const local = new InMemorySessionStore();
      if (!redis.client) return local;
      const lockTtlMs = 10_000;
      const id = sessionId(identity);
      return new RedisSessionStore(
        redis.client,
        {
          tokenKey: redis.key('factus-session', id),
          lockKey: redis.key('factus-session', id, 'lock'),
          lockTtlMs,
          maxWaitMs: worstCaseRenewalMs(config) + lockTtlMs,
        },
        local,
      );
    },
  }),
};

/** The store of the service's own managed session (FACTUS_USERNAME on the configured Factus). */
export const sessionStoreProvider: Provider = {
  provide: FACTUS_SESSION_STORE,
  inject: [FACTUS_CONFIG, FACTUS_SESSION_STORES],
  useFactory: (config: FactusConfig, stores: FactusSessionStores): FactusSessionStore =>
    stores.forAccount(
      accountIdentity(config.baseUrl, config.clientId, config.managedUser?.username ?? ''),
    ),
};

function sessionId(identity: string): string {
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
