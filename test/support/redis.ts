import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';

/** The Redis these tests use: CI machines run one on the default port before the tests. */
export const REDIS_TEST_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';

/** A port nothing listens on, for "Redis is down" tests. */
export const DEAD_REDIS_URL = 'redis://127.0.0.1:1';

export interface TestRedis {
  client: Redis;
  /** A key prefix of this test run only (REDIS_KEY_PREFIX). */
  prefix: string;
  /** Deletes every key under the prefix and disconnects. */
  cleanup(): Promise<void>;
}

/**
 * Connects to the test Redis or fails at once, loudly: these tests need a real Redis and must not
 * hang or silently pass without one.
 */
export async function connectTestRedis(): Promise<TestRedis> {
  const client = new Redis(REDIS_TEST_URL, {
    lazyConnect: true,
    connectTimeout: 2000,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    client.disconnect();
    throw new Error(
      `These tests need Redis at ${REDIS_TEST_URL} (set REDIS_TEST_URL to use another); it did not answer: ${String(error)}`,
    );
  }
  const prefix = `factus-api-test:${randomUUID().slice(0, 8)}:`;
  return {
    client,
    prefix,
    cleanup: async () => {
      let cursor = '0';
      do {
        const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
        if (keys.length > 0) await client.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      await client.quit();
    },
  };
}

/** Keys under the prefix now (to check that everything written has a TTL, for instance). */
export async function keysUnder(redis: TestRedis): Promise<string[]> {
  return redis.client.keys(`${redis.prefix}*`);
}
