import request from 'supertest';
import { FactusSimulator } from '../src/simulator/factus-simulator';
import { connectTestRedis, DEAD_REDIS_URL, REDIS_TEST_URL, TestRedis } from './support/redis';
import { peakInAnyWindowAllowingSlack } from './support/request-log-windows';
import { SimulatorControl } from './support/simulator-control';
import { DEMO_LOGIN, startTestService, TestService } from './support/test-service';

const MANAGED = { FACTUS_USERNAME: DEMO_LOGIN.email, FACTUS_PASSWORD: DEMO_LOGIN.password };

// Real services, Redis or child processes: sized for a loaded 2-core machine, not Jest's 5 s.
jest.setTimeout(60_000);

describe('Replicas sharing state through Redis (e2e)', () => {
  let redis: TestRedis;

  beforeAll(async () => {
    redis = await connectTestRedis();
  });
  afterAll(() => redis?.cleanup());

  it('two instances log in once between them and keep their combined Factus traffic within the limit', async () => {
    // 4 s, not 2: the peak is read over arrival times less a quarter window, and beside a
    // CPU-bound process a 2 s window's 500 ms of slack was once not enough (24 counted for 20).
    const windowMs = 4000;
    const simulator = new FactusSimulator({ settings: { rateLimit: 20, rateWindowMs: windowMs } });
    await simulator.start();
    const env = {
      ...MANAGED,
      REDIS_URL: REDIS_TEST_URL,
      REDIS_KEY_PREFIX: `${redis.prefix}replicas:`,
      FACTUS_RATE_LIMIT: '20',
      FACTUS_RATE_WINDOW_MS: String(windowMs),
    };
    const replicas: TestService[] = [];
    try {
      replicas.push(await startTestService({ env, sharedSimulator: simulator }));
      replicas.push(await startTestService({ env, sharedSimulator: simulator }));
      for (const replica of replicas) {
        const ready = await request(replica.url).get('/health/ready').expect(200);
        expect(ready.body.details.redis.status).toBe('up');
      }

      const started = Date.now();
      const responses = await Promise.all(
        Array.from({ length: 60 }, (_, i) => request(replicas[i % 2].url).get('/api/v1/invoices')),
      );
      const tookMs = Date.now() - started;
      expect(responses.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);

      const sim = new SimulatorControl(simulator.url);
      const counters = await sim.counters();
      expect(counters.tokenRequests).toBe(1);
      const log = await sim.requests();
      expect(log).toHaveLength(61);
      expect(log.filter((r) => r.status === 429)).toHaveLength(0);
      expect(peakInAnyWindowAllowingSlack(log, windowMs)).toBeLessThanOrEqual(20);
      // 61 requests at 20 per window cannot take less than three windows.
      expect(tookMs).toBeGreaterThanOrEqual(3 * windowMs);
      // And not much more: the limiter loses no window (double, for a loaded 2-core machine).
      expect(tookMs).toBeLessThan(2 * 4 * windowMs);
    } finally {
      await Promise.all(replicas.map((r) => r.close()));
      await simulator.close();
    }
  }, 60_000);

  it('serves from in-memory fallbacks, without hanging, when Redis is down, and says so in readiness', async () => {
    const service = await startTestService({
      env: { ...MANAGED, REDIS_URL: DEAD_REDIS_URL, REDIS_CONNECT_TIMEOUT_MS: '200' },
    });
    try {
      const started = Date.now();
      await request(service.url).get('/api/v1/invoices').expect(200);
      // Without hanging: a queued command would wait forever; 3 s is room for a loaded machine.
      expect(Date.now() - started).toBeLessThan(3000);
      const ready = await request(service.url).get('/health/ready').expect(503);
      expect(ready.body.code).toBe('NOT_READY');
      expect(ready.body.detail).toContain('redis');
      expect(ready.body.checks.redis.status).toBe('down');
    } finally {
      await service.close();
    }
  });
});
