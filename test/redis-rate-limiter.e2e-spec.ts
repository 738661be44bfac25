import './support/quiet-nest-logger';
import { createHash } from 'node:crypto';
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

// Real Redis round trips and waits of up to a second or two per test: room for a loaded 2-core machine.
jest.setTimeout(30_000);

/** Polls until `probe` holds, failing after `timeoutMs`: a condition, not a sleep. */
async function until(
  probe: () => Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

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
  /** The Redis keys RedisRateLimiter keeps for a budget key (reservations, pause). */
  const redisKeysOf = (key: string) => {
    const id = createHash('sha256').update(key).digest('hex').slice(0, 32);
    const reservations = `${redis.prefix}factus-rate:${id}`;
    return { reservations, pause: `${reservations}:pause` };
  };
  const reservationsIn = (key: string) => redis.client.zcard(redisKeysOf(key).reservations);
  const pauseIn = async (key: string) => (await redis.client.pttl(redisKeysOf(key).pause)) > 0;

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
    // "Not much more": a second 2.5 s later would mean a lost span (room for a loaded machine).
    expect(took).toBeLessThan(4 * 550 + 2500);
  });

  it("gives a key its own limit (a tenant's), shared by the replicas; other keys keep the configured one", async () => {
    const budget = { limit: 1, windowMs: 1000 }; // span 1250 ms with the default margin
    const [a, b] = [await replica(budget), await replica(budget)];
    const [tenant, plain] = [`tenant:test-${(n += 1)}`, freshKey()];
    const started = Date.now();
    // Three at once for the tenant over both replicas, at its limit of 3 (the configured 1 would
    // hold the second and third for a span each).
    await Promise.all([a.acquire(tenant, 3), b.acquire(tenant, 3), a.acquire(tenant, 3)]);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await reservationsIn(tenant)).toBe(3);
    // The fourth waits for the window to slide, whichever replica asks; so does a plain key's second.
    const [fourth, second] = await Promise.all([
      b.acquire(tenant, 3).then(() => Date.now() - started),
      a.acquire(plain).then(() => b.acquire(plain)).then(() => Date.now() - started),
    ]);
    expect(fourth).toBeGreaterThanOrEqual(1250 - 50);
    expect(second).toBeGreaterThanOrEqual(1250 - 50);
  });

  it('refuses at once, with the seconds to wait, a call that would wait past the queue timeout', async () => {
    const budget = { limit: 1, windowMs: 10_000, queueTimeoutMs: 1000 };
    const [a, b] = [await replica(budget), await replica(budget)];
    const key = freshKey();
    await a.acquire(key);
    const started = Date.now();
    const error = await b.acquire(key).catch((e: unknown) => e);
    // At once: a limiter that waited would refuse only after the 1 s queue timeout.
    expect(Date.now() - started).toBeLessThan(900);
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
    await until(async () => (await reservationsIn(key)) === 2, "b's reservation in Redis"); // b queued
    const error = await a.acquire(key).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitQueueTimeoutError);
    expect((error as Error).message).toContain('already waiting');
    await queued;
  });

  it("holds every replica after one saw Factus's 429, until its Retry-After", async () => {
    const budget = { limit: 10, windowMs: 1000 };
    const [a, b] = [await replica(budget), await replica(budget)];
    const key = freshKey();
    const paused = Date.now();
    a.pause(key, 800);
    await until(() => pauseIn(key), 'the pause in Redis');
    await b.acquire(key);
    // Held until the pause ends, 800 ms after it was set (Redis's clock, so 50 ms of slack).
    expect(Date.now() - paused).toBeGreaterThanOrEqual(750);
  });

  it('re-reserves after a pause that arrived while a call was waiting', async () => {
    const budget = { limit: 1, windowMs: 300 };
    const [a, b] = [await replica(budget), await replica(budget)];
    const key = freshKey();
    await a.acquire(key);
    const started = Date.now();
    const waiting = b.acquire(key); // reserved for ~350 ms from now
    await until(async () => (await reservationsIn(key)) === 2, "b's reservation in Redis");
    a.pause(key, 900);
    await waiting;
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('leaves no key without an expiry', async () => {
    // Its own keys, written here: the test does not depend on what earlier tests left.
    const [a] = [await replica({ limit: 2, windowMs: 1000 })];
    const key = freshKey();
    await a.acquire(key);
    a.pause(key, 500);
    await until(() => pauseIn(key), 'the pause in Redis');
    const { reservations, pause } = redisKeysOf(key);
    const keys = await keysUnder(redis);
    expect(keys).toEqual(expect.arrayContaining([reservations, pause]));
    for (const k of keys) expect(await redis.client.pttl(k)).toBeGreaterThan(0);
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
    // Never hanging: no command waits for the dead Redis (its command timeout is 1 s, and a
    // queued command would wait forever); 2 s leaves room for a loaded machine.
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
