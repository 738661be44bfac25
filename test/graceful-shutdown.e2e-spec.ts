import request from 'supertest';
import { SIMULATOR_DEMO_ACCOUNT } from '../src/simulator/demo-account';
import { FactusSimulator } from '../src/simulator/factus-simulator';
import { spawnService, ServiceProcess } from './support/service-process';
import { SimulatorControl } from './support/simulator-control';
import { DEMO_LOGIN } from './support/test-service';

const SLOW_MS = 2000;

/** Polls until `probe` resolves true, or fails after `timeoutMs`. */
async function until(probe: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

describe('Graceful shutdown of the real process (e2e)', () => {
  let simulator: FactusSimulator;
  let service: ServiceProcess;

  beforeAll(async () => {
    simulator = new FactusSimulator({ settings: { rateLimit: 100_000 } });
    await simulator.start();
  });
  afterAll(async () => {
    if (service?.child.exitCode === null) service.child.kill('SIGKILL');
    await simulator.close();
  });

  it('on SIGTERM turns unready, finishes every in-flight request, refuses new work and exits 0', async () => {
    const spawnedAt = Date.now();
    service = spawnService({
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      FACTUS_BASE_URL: simulator.url,
      FACTUS_CLIENT_ID: SIMULATOR_DEMO_ACCOUNT.clientId,
      FACTUS_CLIENT_SECRET: SIMULATOR_DEMO_ACCOUNT.clientSecret,
      FACTUS_USERNAME: DEMO_LOGIN.email,
      FACTUS_PASSWORD: DEMO_LOGIN.password,
      API_KEYS: 'shutdown-test-key-7f3a9c1e5b2d8f4a6c0e9b3d7a1f5c2e',
      SHUTDOWN_GRACE_MS: '10000',
      FACTUS_TIMEOUT_MS: '10000',
    });
    const listening = await service.waitForLog((e) => e.msg === 'Factus API listening');
    const url = listening.url as string;
    await until(async () => (await request(url).get('/health/ready')).status === 200);
    const readyAfterMs = Date.now() - spawnedAt;

    const sim = new SimulatorControl(simulator.url);
    await sim.fault({ type: 'latency', route: 'GET /v2/bills', latencyMs: SLOW_MS, count: 5 });
    const slow = Array.from({ length: 5 }, () =>
      request(url).get('/api/v1/invoices').set('X-API-Key', 'shutdown-test-key-7f3a9c1e5b2d8f4a6c0e9b3d7a1f5c2e'),
    );
    const answers = Promise.all(slow.map((r) => r.then((response) => response)));
    await until(async () => {
      const metrics = await request(url).get('/metrics');
      return /^http_requests_in_flight 5$/m.test(metrics.text);
    });

    const sigtermAt = Date.now();
    service.child.kill('SIGTERM');

    // From then on: not ready (503 naming the shutdown), and new work refused with a problem.
    await until(async () => (await request(url).get('/health/ready')).status === 503, 2000);
    const ready = await request(url).get('/health/ready').expect(503);
    expect(ready.body).toMatchObject({
      code: 'NOT_READY',
      checks: { shutdown: { status: 'down' } },
    });
    const refused = await request(url)
      .get('/api/v1/invoices')
      .set('X-API-Key', 'shutdown-test-key-7f3a9c1e5b2d8f4a6c0e9b3d7a1f5c2e')
      .expect(503);
    expect(refused.body.code).toBe('SHUTTING_DOWN');
    expect(refused.headers.connection).toBe('close');
    await request(url).get('/health/live').expect(200);

    // Every in-flight request completes normally.
    const responses = await answers;
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(Date.now() - sigtermAt).toBeLessThan(SLOW_MS + 1000);

    expect(await service.exited).toBe(0);
    const drained = service.logs.find((e) => e.msg === 'Drained');
    expect(drained).toMatchObject({ inFlight: 5, cut: 0 });
    const stopped = service.logs.find((e) => e.msg === 'Stopped');
    console.log(
      `graceful shutdown: ready ${readyAfterMs} ms after spawn (ts-node), ` +
        `drained ${drained?.inFlight as number} in-flight requests in ${drained?.drainMs as number} ms, ` +
        `stopped ${stopped?.shutdownMs as number} ms after SIGTERM`,
    );
  }, 60_000);
});
