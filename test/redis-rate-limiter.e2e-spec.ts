import './support/quiet-nest-logger';
import { loadConfig } from '../src/config/load-config';
import { RateLimitQueueTimeoutError } from '../src/factus/resilience/rate-limit.errors';
import { RedisRateLimiter } from '../src/factus/resilience/redis-rate-limiter';
import { SlidingWindowRateLimiter } from '../src/factus/resilience/sliding-window-rate-limiter';
import { RedisConnection } from '../src/redis/redis-connection';
import {
  connectTestRedis,
  DEAD_REDIS_URL,
  keysUnder,
  REDIS_TEST_URL,
  TestRedis,
} from './support/redis';

interface Budget {
  limit: number;
  windowMs: number;
  queueTimeoutMs?: number;
  maxQueue?: number;
}

/**
 * The shared Factus rate limiter against a real Redis, each "replica" with its own connection, as
 * production builds them.
 */
describe('RedisRateLimiter (real Redis)', () => {
  let redis: TestRedis;
  const connections: RedisConnection[] = [];

  beforeAll(async () => {
    redis = await connectTestRedis();
  });
  afterAll(async () => {
    await Promise.all(connections.map((c) => c.onApplicationShutdown()));
    await redis?.cleanup();
  });

  async function replica(budget: Budget, url = REDIS_TEST_URL): Promise<RedisRateLimiter> {
    const config = loadConfig({
      REDIS_URL: url,
      REDIS_KEY_PREFIX: redis.prefix,
      REDIS_CONNECT_TIMEOUT_MS: '300',
    });
    const connection = new RedisConnection({ connection: config.redis });
    connections.push(connection);
    await connection.onModuleInit();
    const options = { queueTimeoutMs: 30_000, maxQueue: 1000, ...budget };
    if (!connection.client) throw new Error('no client');
    return new RedisRateLimiter(
      connection.client,
      { ...options, key: (...parts) => connection.key(...parts) },
      new SlidingWindowRateLimiter(options),
    );
  }

  let n = 0;
  const freshKey = () => `user:test-${(n += 1)}@example.com`;

  it('lets two replicas together send at most the limit in any window, FIFO-ish', async () => {
    const budget = { limit: 5, windowMs: 500 };
    const [a, b] = [await replica(budget), await replica(budget)];
    const key = freshKey();
    const started = Date.now();
    const sent: number[] = [];
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        (i % 2 === 0 ? a : b).acquire(key).then(() => sent.push(Date.now())),
      ),
    );
    sent.sort((x, y) => x - y);
    for (const t of sent) {
      expect(sent.filter((u) => u >= t && u < t + budget.windowMs).length).toBeLessThanOrEqual(5);
    }
    // 24 sends at 5 per 550 ms (window + margin) take four full spans, and not much more.
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(4 * 550 - 50);
    expect(took).toBeLessThan(4 * 550 + 1000);
  });

  it('refuses at once, with the seconds to wait, a call that would wait past the queue timeout', async () => {
    const budget = { limit: 1, windowMs: 10_000, queueTimeoutMs: 1000 };
    const [a, b] = [await replica(budget), await replica(budget)];
    const key = freshKey();
    await a.acquire(key);
    const started = Date.now();
    const error = await b.acquire(key).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(300);
    expect(error).toBeInstanceOf(RateLimitQueueTimeoutError);
    expect((error as RateLimitQueueTimeoutError).retryAfterSeconds).toBeGreaterThanOrEqual(9);
    expect((error as RateLimitQueueTimeoutError).retryAfterSeconds).toBeLessThanOrEqual(11);
  });

  it('refuses when the shared queue is full', async () => {
    const budget = { limit: 1, windowMs: 1000, maxQueue: 1 };
    const [a, b] = [await replica(budget), await replica(budget)];
    const key = freshKey();
    await a.acquire(key);
    const queued = b.acquire(key);
    await new Promise((resolve) => setTimeout(resolve, 50)); // b's reservation is in
    const error = await a.acquire(key).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitQueueTimeoutError);
    expect((error as Error).message).toContain('already waiting');
    await queued;
  });

  it("holds every replica after one saw Factus's 429, until its Retry-After", async () => {
    const budget = { limit: 10, windowMs: 1000 };
    const [a, b] = [await replica(budget), await replica(budget)];
    const key = freshKey();
    a.pause(key, 800);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = Date.now();
    await b.acquire(key);
    expect(Date.now() - started).toBeGreaterThanOrEqual(700);
  });

  it('re-reserves after a pause that arrived while a call was waiting', async () => {
    const budget = { limit: 1, windowMs: 300 };
    const [a, b] = [await replica(budget), await replica(budget)];
    const key = freshKey();
    await a.acquire(key);
    const started = Date.now();
    const waiting = b.acquire(key); // reserved for ~350 ms from now
    await new Promise((resolve) => setTimeout(resolve, 50));
    a.pause(key, 900);
    await waiting;
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('leaves no key without an expiry', async () => {
    const keys = await keysUnder(redis);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(await redis.client.pttl(key)).toBeGreaterThan(0);
  });

  it('falls back to its own in-memory budget at once when Redis is down, never hanging', async () => {
    const limiter = await replica(
      { limit: 1, windowMs: 10_000, queueTimeoutMs: 100 },
      DEAD_REDIS_URL,
    );
    const key = freshKey();
    const started = Date.now();
    await limiter.acquire(key);
    await expect(limiter.acquire(key)).rejects.toBeInstanceOf(RateLimitQueueTimeoutError);
    expect(Date.now() - started).toBeLessThan(500);
  });
});
