import request from 'supertest';
import { createServer, Server } from 'node:net';
import { AddressInfo } from 'node:net';
import { DEMO_LOGIN, startTestService, TestService } from './support/test-service';
import { SimulatorControl } from './support/simulator-control';
import {
  FACTUS_TRANSPORT,
  FactusTransport,
  FactusTransportRequest,
} from '../src/factus/transport/factus-transport.port';

const PROBLEM = /^application\/problem\+json/;

describe('Auth (e2e, against the simulator)', () => {
  let service: TestService;
  let sim: SimulatorControl;

  beforeAll(async () => {
    // Fault tests share one service: keep the breaker out of their way (it has its own tests).
    service = await startTestService({
      env: { FACTUS_TIMEOUT_MS: '400', FACTUS_BREAKER_THRESHOLD: '1000' },
    });
    sim = new SimulatorControl(service.simulator.url);
  });
  afterAll(() => service.close());
  beforeEach(() => sim.reset());

  /** Records every request the service sends to Factus (at the transport seam), passing it on. */
  function recordFactusRequests() {
    const transport = service.app.get<FactusTransport>(FACTUS_TRANSPORT);
    const sent: FactusTransportRequest[] = [];
    const original = transport.request.bind(transport);
    const spy = jest.spyOn(transport, 'request').mockImplementation((call) => {
      sent.push(call);
      return original(call);
    });
    return { sent, spy };
  }

  it('logs in with the demo account and returns a Factus token', async () => {
    const before = Date.now();
    const response = await request(service.url)
      .post('/api/v1/auth/token')
      .send(DEMO_LOGIN)
      .expect(200);
    expect(response.headers['x-request-id']).toBeTruthy();
    expect(response.body).toEqual({
      accessToken: expect.any(String),
      tokenType: 'Bearer',
      expiresIn: 3600,
      expiresAt: expect.any(String),
      refreshToken: expect.stringMatching(/^def50200/),
    });
    // ISO 8601 in Bogotá time, as every date the API returns (README).
    expect(response.body.expiresAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-05:00$/);
    const expiresAt = Date.parse(response.body.expiresAt);
    expect(expiresAt).toBeGreaterThanOrEqual(before + 3600_000 - 1000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 3600_000 + 1000);

    const [logged] = await sim.requests();
    expect(logged).toMatchObject({
      method: 'POST',
      path: '/oauth/token',
      status: 200,
      grantType: 'password',
    });
  });

  it('reports the expiry the simulator grants', async () => {
    await sim.settings({ tokenTtlSeconds: 120 });
    const response = await request(service.url)
      .post('/api/v1/auth/token')
      .send(DEMO_LOGIN)
      .expect(200);
    expect(response.body.expiresIn).toBe(120);
  });

  it('refreshes with rotation: the new pair works once, the old refresh token no longer does', async () => {
    const first = (
      await request(service.url).post('/api/v1/auth/token').send(DEMO_LOGIN).expect(200)
    ).body;
    const second = (
      await request(service.url)
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: first.refreshToken })
        .expect(200)
    ).body;
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(second.refreshToken).not.toBe(first.refreshToken);

    const reused = await request(service.url)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: first.refreshToken })
      .expect(401)
      .expect('content-type', PROBLEM);
    expect(reused.body).toMatchObject({
      code: 'FACTUS_AUTH_FAILED',
      detail: 'The refresh token is invalid.',
    });

    await request(service.url)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: second.refreshToken })
      .expect(200);
  });

  it('sends the refresh grant as refresh-token.md documents it: form body, Accept and the bearer', async () => {
    const { sent, spy } = recordFactusRequests();
    try {
      const first = (
        await request(service.url).post('/api/v1/auth/token').send(DEMO_LOGIN).expect(200)
      ).body;
      const second = (
        await request(service.url)
          .post('/api/v1/auth/refresh')
          .send({ refreshToken: first.refreshToken })
          .expect(200)
      ).body;
      expect(second.expiresAt).toMatch(/-05:00$/);
      const [login, refresh] = sent;
      expect(login.headers.Authorization).toBeUndefined();
      expect(refresh.headers).toMatchObject({
        Accept: 'application/json',
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Bearer ${first.accessToken}`,
      });
      expect(new URLSearchParams(refresh.data).get('grant_type')).toBe('refresh_token');
    } finally {
      spy.mockRestore();
    }
  });

  it("carries the caller's Authorization bearer on a refresh of a pair this service never issued", async () => {
    // A pair obtained elsewhere (another replica, or before a restart): only the caller knows it.
    const { clientId, clientSecret } = service.config.factus;
    const pair = (
      await request(service.simulator.url)
        .post('/oauth/token')
        .type('form')
        .send({
          grant_type: 'password',
          client_id: clientId,
          client_secret: clientSecret,
          username: DEMO_LOGIN.email,
          password: DEMO_LOGIN.password,
        })
        .expect(200)
    ).body as { access_token: string; refresh_token: string };
    const { sent, spy } = recordFactusRequests();
    try {
      await request(service.url)
        .post('/api/v1/auth/refresh')
        .set('Authorization', `Bearer ${pair.access_token}`)
        .send({ refreshToken: pair.refresh_token })
        .expect(200);
      expect(sent.map((call) => call.headers.Authorization)).toEqual([
        `Bearer ${pair.access_token}`,
      ]);
      const malformed = await request(service.url)
        .post('/api/v1/auth/refresh')
        .set('Authorization', 'Basic abc')
        .send({ refreshToken: 'whatever' })
        .expect(401);
      expect(malformed.body.code).toBe('AUTHORIZATION_MALFORMED');
    } finally {
      spy.mockRestore();
    }
  });

  it('answers a wrong password with 401 FACTUS_AUTH_FAILED and Factus own message', async () => {
    const response = await request(service.url)
      .post('/api/v1/auth/token')
      .send({ email: DEMO_LOGIN.email, password: 'not-the-password' })
      .expect(401)
      .expect('content-type', PROBLEM);
    expect(response.body).toEqual({
      type: expect.stringContaining('factus-auth-failed'),
      title: 'Factus refused the credentials',
      status: 401,
      detail: 'The user credentials were incorrect.',
      code: 'FACTUS_AUTH_FAILED',
      requestId: response.headers['x-request-id'],
      instance: '/api/v1/auth/token',
    });
    expect(JSON.stringify(response.body)).not.toContain('not-the-password');
  });

  it('rejects a malformed body with 400 naming each bad field, without calling Factus', async () => {
    const response = await request(service.url)
      .post('/api/v1/auth/token')
      .send({ email: 'not-an-email' })
      .expect(400)
      .expect('content-type', PROBLEM);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = (response.body.errors as Array<{ field: string }>).map((e) => e.field).sort();
    expect(fields).toEqual(['email', 'password']);
    expect(await sim.requests()).toHaveLength(0);
  });

  it('rejects unknown fields', async () => {
    const response = await request(service.url)
      .post('/api/v1/auth/token')
      .send({ ...DEMO_LOGIN, clientSecret: 'x' })
      .expect(400);
    expect(response.body.errors).toEqual([
      { field: 'clientSecret', message: 'clientSecret is not a known field' },
    ]);
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const response = await request(service.url)
      .post('/api/v1/auth/token')
      .set('content-type', 'application/json')
      .send('{"email":')
      .expect(400)
      .expect('content-type', PROBLEM);
    expect(response.body.code).toBe('BAD_REQUEST');
  });

  it('keeps the caller X-Request-Id on the response and in the problem', async () => {
    const response = await request(service.url)
      .post('/api/v1/auth/token')
      .set('x-request-id', 'erp-call-42')
      .send({})
      .expect(400);
    expect(response.headers['x-request-id']).toBe('erp-call-42');
    expect(response.body.requestId).toBe('erp-call-42');
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await request(service.url)
      .get('/api/v1/nothing-here')
      .expect(404)
      .expect('content-type', PROBLEM);
    expect(response.body).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it('maps Factus being too slow to 504 within the configured timeout', async () => {
    await sim.fault({ type: 'latency', latencyMs: 1500, route: 'POST /oauth/token' });
    const started = Date.now();
    const response = await request(service.url)
      .post('/api/v1/auth/token')
      .send(DEMO_LOGIN)
      .expect(504);
    expect(Date.now() - started).toBeLessThan(1200);
    expect(response.body.code).toBe('FACTUS_TIMEOUT');
  });

  it('maps a non-JSON answer from Factus to 502', async () => {
    await sim.fault({ type: 'garbage', route: '/oauth/token', count: 10 });
    const response = await request(service.url)
      .post('/api/v1/auth/token')
      .send(DEMO_LOGIN)
      .expect(502);
    expect(response.body.code).toBe('FACTUS_BAD_RESPONSE');
  });

  it('maps Factus maintenance (503) to 503 with Retry-After', async () => {
    await sim.fault({ type: 'status', status: 503, retryAfterSeconds: 30, count: 10 });
    const response = await request(service.url)
      .post('/api/v1/auth/token')
      .send(DEMO_LOGIN)
      .expect(503);
    expect(response.body.code).toBe('FACTUS_UNAVAILABLE');
    expect(response.headers['retry-after']).toBe('30');
    // A password grant is safe to resend: the first try and FACTUS_RETRY_MAX (2) retries.
    expect(await sim.requests()).toHaveLength(3);
  });

  it('never writes the password or the tokens to the log', async () => {
    const secretPassword = 'very-secret-password-123';
    await request(service.url)
      .post('/api/v1/auth/token')
      .send({ email: DEMO_LOGIN.email, password: secretPassword })
      .expect(401);
    const token = (
      await request(service.url).post('/api/v1/auth/token').send(DEMO_LOGIN).expect(200)
    ).body;
    await request(service.url)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: token.refreshToken })
      .expect(200);
    const log = service.logs.lines.join('\n');
    expect(log).toContain('/oauth/token'); // the calls are logged at all
    for (const secret of [
      secretPassword,
      DEMO_LOGIN.password,
      token.accessToken,
      token.refreshToken,
      'simulator-secret',
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});

describe('Auth (e2e, Factus rate limit)', () => {
  let service: TestService;
  let sim: SimulatorControl;

  beforeAll(async () => {
    service = await startTestService({ env: { FACTUS_QUEUE_TIMEOUT_MS: '2000' } });
    sim = new SimulatorControl(service.simulator.url);
  });
  afterAll(() => service.close());

  it('honours a Factus 429 that outlasts the queue timeout with our 429 and Retry-After', async () => {
    await sim.settings({ rateLimit: 2, rateWindowMs: 60_000 });
    // Our own budget is 80 a minute, so the third call reaches Factus and gets its 429.
    await request(service.url).post('/api/v1/auth/token').send(DEMO_LOGIN).expect(200);
    await request(service.url).post('/api/v1/auth/token').send(DEMO_LOGIN).expect(200);
    const limited = await request(service.url)
      .post('/api/v1/auth/token')
      .send(DEMO_LOGIN)
      .expect(429)
      .expect('content-type', PROBLEM);
    expect(['FACTUS_RATE_LIMITED', 'RATE_LIMIT_QUEUE_TIMEOUT']).toContain(limited.body.code);
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(50);
    expect(retryAfter).toBeLessThanOrEqual(61);
    // Factus said wait: nothing more was sent to it.
    expect((await sim.requests()).filter((r) => r.status === 429)).toHaveLength(1);
  });
});

describe('Auth (e2e, Factus unreachable)', () => {
  let service: TestService;
  let closedPort: Server;

  beforeAll(async () => {
    // Reserve a port, then close it so that nothing listens there.
    closedPort = createServer();
    await new Promise<void>((resolve) => closedPort.listen(0, '127.0.0.1', resolve));
    const { port } = closedPort.address() as AddressInfo;
    await new Promise<void>((resolve) => closedPort.close(() => resolve()));
    service = await startTestService({ factusBaseUrl: `http://127.0.0.1:${port}` });
  });
  afterAll(() => service.close());

  it('answers 503 FACTUS_UNAVAILABLE when Factus is down', async () => {
    const response = await request(service.url)
      .post('/api/v1/auth/token')
      .send(DEMO_LOGIN)
      .expect(503);
    expect(response.body).toMatchObject({ code: 'FACTUS_UNAVAILABLE', status: 503 });
    expect(response.body.detail).not.toMatch(/stack|at \w+ \(/);
  });
});
