import request from 'supertest';
import { SimulatorControl } from './support/simulator-control';
import { DEMO_LOGIN, startTestService, TestService } from './support/test-service';

// Each test starts a service and a simulator and sends hundreds of calls: sized for a loaded
// 2-core machine.
jest.setTimeout(30_000);

const MANAGED = { FACTUS_USERNAME: DEMO_LOGIN.email, FACTUS_PASSWORD: DEMO_LOGIN.password };

describe('Managed Factus session (e2e)', () => {
  let service: TestService;
  let sim: SimulatorControl;

  beforeEach(async () => {
    service = await startTestService({
      env: { ...MANAGED, FACTUS_TOKEN_REFRESH_SKEW_MS: '1000', FACTUS_RATE_LIMIT: '100000' },
      simulator: { rateLimit: 100_000 },
    });
    sim = new SimulatorControl(service.simulator.url);
  });
  afterEach(() => service.close());

  const list = () => request(service.url).get('/api/v1/invoices');
  const grants = async () =>
    (await sim.requests())
      .filter((r) => r.path === '/oauth/token')
      .map((r) => `${r.grantType}:${r.status}`);

  it('sends exactly one token request for 50 concurrent first requests', async () => {
    const responses = await Promise.all(Array.from({ length: 50 }, () => list()));
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(await grants()).toEqual(['password:200']);
  });

  it('makes one token request for 1,000 invoice calls', async () => {
    for (let batch = 0; batch < 50; batch += 1) {
      const responses = await Promise.all(Array.from({ length: 20 }, () => list()));
      expect(responses.every((r) => r.status === 200)).toBe(true);
    }
    const counters = await sim.counters();
    expect(counters.byRoute['GET /v2/bills']).toBe(1000);
    expect(counters.tokenRequests).toBe(1);
    // 1,000 requests through service and simulator: ~5 s on a quiet 2-core machine, and over 30 s
    // beside `stress --cpu 1` and two other Jest workers.
  }, 120_000);

  it('refreshes a token that expires mid-traffic once, before it expires, and no request fails', async () => {
    await sim.settings({ tokenTtlSeconds: 3 });
    const statuses: number[] = [];
    const traffic = async () => {
      const batch = await Promise.all(Array.from({ length: 5 }, () => list()));
      statuses.push(...batch.map((r) => r.status));
    };
    // Traffic until the renewal shows at Factus (due 2 s in, before the 3 s expiry), then one
    // more batch on the renewed token: a condition with a deadline, not a fixed duration.
    const deadline = Date.now() + 20_000;
    let batches = 0;
    while (!(await grants()).includes('refresh_token:200')) {
      if (Date.now() > deadline) throw new Error('no refresh within 20 s');
      await traffic();
      batches += 1;
    }
    await traffic();
    // Traffic before the renewal and after it, however few batches a loaded machine managed.
    expect(batches).toBeGreaterThan(1);
    expect(statuses).toEqual(Array<number>(5 * (batches + 1)).fill(200));
    // Renewed at expires_in − skew (2 s): one refresh, and Factus never had to refuse a token.
    expect(await grants()).toEqual(['password:200', 'refresh_token:200']);
    expect((await sim.requests()).filter((r) => r.status === 401)).toHaveLength(0);
  });

  it('renews a token Factus expired early, once, and replays the refused calls', async () => {
    await list().expect(200);
    await sim.fault({ type: 'expire-token', route: 'GET /v2/bills' });
    const responses = await Promise.all(Array.from({ length: 10 }, () => list()));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(await grants()).toEqual(['password:200', 'refresh_token:200']);
  });

  it('replaces a revoked token and replays the call', async () => {
    await list().expect(200);
    await sim.revokeTokens();
    await list().expect(200);
    const log = await sim.requests();
    const bills = log.filter((r) => r.path === '/v2/bills').map((r) => r.status);
    expect(bills).toEqual([200, 401, 200]);
    expect(await grants()).toEqual(['password:200', 'refresh_token:200']);
  });

  it('still passes a caller bearer token through untouched', async () => {
    const token = (
      await request(service.url).post('/api/v1/auth/token').send(DEMO_LOGIN).expect(200)
    ).body;
    await request(service.url)
      .get('/api/v1/invoices')
      .set('Authorization', `Bearer ${token.accessToken}`)
      .expect(200);
    // The caller's login is the only token request: the managed session was never needed.
    expect(await grants()).toEqual(['password:200']);
  });

  it('does not replay a refused pass-through token: the caller owns it', async () => {
    const token = (
      await request(service.url).post('/api/v1/auth/token').send(DEMO_LOGIN).expect(200)
    ).body;
    await sim.revokeTokens();
    const response = await request(service.url)
      .get('/api/v1/invoices')
      .set('Authorization', `Bearer ${token.accessToken}`)
      .expect(401);
    expect(response.body.code).toBe('FACTUS_UNAUTHORIZED');
  });
});
