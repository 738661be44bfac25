import { configNamespaces } from '../../config/config-namespaces';
import { loadConfig } from '../../config/load-config';
import type { FactusHttpClient } from '../../factus/factus-http.client';
import { FactusReachability } from './factus-reachability';

/** The two things FactusReachability uses from the client. */
class FakeClient {
  lastAnsweredAt?: number;
  probes = 0;
  answer: 'ok' | 'refused' = 'ok';

  probe(): Promise<number> {
    this.probes += 1;
    if (this.answer === 'refused') return Promise.reject(new Error('connect ECONNREFUSED'));
    this.lastAnsweredAt = Date.now();
    return Promise.resolve(404);
  }
}

describe('FactusReachability', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(1_000_000);
  });
  afterEach(() => jest.useRealTimers());

  function setup(baseUrl = 'http://factus.test') {
    const client = new FakeClient();
    const config = loadConfig({ READINESS_FACTUS_CHECK_INTERVAL_MS: '10000' });
    const reachability = new FactusReachability(
      configNamespaces(config).readiness,
      // As the bootstrap leaves it: the embedded simulator's URL filled in, or '' (tenants only).
      { ...config.factus, baseUrl },
      client as unknown as FactusHttpClient,
    );
    return { client, reachability };
  }

  it('is down until Factus first answers, then up, counting any HTTP answer', async () => {
    const { client, reachability } = setup();
    expect(reachability.status()).toEqual({
      up: false,
      lastAnswerAgeMs: undefined,
      reason: 'Factus has not answered since start-up',
    });
    reachability.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(0);
    expect(client.probes).toBe(1);
    expect(reachability.status()).toEqual({ up: true, lastAnswerAgeMs: 0 });
    reachability.beforeApplicationShutdown();
  });

  it('probes nothing in tenants-only mode, where the service has no Factus of its own', async () => {
    const { client, reachability } = setup('');
    reachability.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(client.probes).toBe(0);
  });

  it('lets real traffic stand in for the check: no probe while Factus answers calls', async () => {
    const { client, reachability } = setup();
    reachability.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 6; i += 1) {
      client.lastAnsweredAt = Date.now(); // a real call answered
      await jest.advanceTimersByTimeAsync(5000);
    }
    expect(client.probes).toBe(1);
    reachability.beforeApplicationShutdown();
  });

  it('goes down after two intervals without an answer, saying what the last check saw', async () => {
    const { client, reachability } = setup();
    reachability.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(0);
    client.answer = 'refused';
    await jest.advanceTimersByTimeAsync(20_000);
    expect(reachability.status().up).toBe(true);
    await jest.advanceTimersByTimeAsync(1);
    expect(reachability.status()).toMatchObject({
      up: false,
      reason: 'Factus has not answered for 20 s (last check: connect ECONNREFUSED)',
    });
    client.answer = 'ok';
    await jest.advanceTimersByTimeAsync(10_000);
    expect(reachability.status().up).toBe(true);
    reachability.beforeApplicationShutdown();
  });
});
