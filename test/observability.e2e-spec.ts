import request from 'supertest';
import { ManagedSessionService } from '../src/auth/application/managed-session.service';
import { SIMULATOR_DEMO_ACCOUNT } from '../src/simulator/demo-account';
import { officialExampleInvoice } from './support/invoice-fixtures';
import { SimulatorControl } from './support/simulator-control';
import { DEMO_LOGIN, startTestService, TestService } from './support/test-service';

const KEY = 'erp-key-0123456789abcdef';

type LogEntry = Record<string, unknown>;

/** Every token the simulator ever issued (it keeps them privately): all must stay out of logs. */
function issuedTokens(service: TestService): string[] {
  const store = service.simulator.state.tokens as unknown as {
    access: Map<string, unknown>;
    refresh: Map<string, unknown>;
  };
  return [...store.access.keys(), ...store.refresh.keys()];
}

// Real services, Redis or child processes: sized for a loaded 2-core machine, not Jest's 5 s.
jest.setTimeout(60_000);

describe('Structured logs and metrics (e2e)', () => {
  let service: TestService;
  let sim: SimulatorControl;
  let number: string;
  const tokensSeen: string[] = [];

  beforeAll(async () => {
    service = await startTestService({
      env: {
        API_KEYS: KEY,
        FACTUS_USERNAME: DEMO_LOGIN.email,
        FACTUS_PASSWORD: DEMO_LOGIN.password,
      },
    });
    sim = new SimulatorControl(service.simulator.url);

    // Managed session: create, show, download twice; a revoked token forces a refresh grant.
    const api = (path: string, requestId: string) =>
      request(service.url).get(path).set('X-API-Key', KEY).set('X-Request-Id', requestId);
    const created = await request(service.url)
      .post('/api/v1/invoices')
      .set('X-API-Key', KEY)
      .set('X-Request-Id', 'obs-create-1')
      .send(officialExampleInvoice())
      .expect(201);
    number = created.body.number as string;
    const managed = await service.app.get(ManagedSessionService).currentToken();
    tokensSeen.push(managed.accessToken, managed.refreshToken);
    await sim.revokeTokens();
    await api(`/api/v1/invoices/${number}`, 'obs-get-1').expect(200);
    await api(`/api/v1/invoices/${number}/pdf`, 'obs-pdf-1').expect(200);
    await api(`/api/v1/invoices/${number}/pdf`, 'obs-pdf-2').expect(200);
    await api('/api/v1/no-such-route/12345', 'obs-404').expect(404);

    // Pass-through: log in, use the bearer, refresh, and a failed login with another password.
    const login = await request(service.url)
      .post('/api/v1/auth/token')
      .send(DEMO_LOGIN)
      .expect(200);
    const bearer = { Authorization: `Bearer ${login.body.accessToken as string}` };
    await request(service.url)
      .post('/api/v1/invoices')
      .set('X-API-Key', KEY)
      .set(bearer)
      .set('X-Request-Id', 'obs-create-2')
      .send(officialExampleInvoice())
      .expect(201);
    const refreshed = await request(service.url)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: login.body.refreshToken })
      .expect(200);
    await request(service.url)
      .post('/api/v1/auth/token')
      .send({ email: DEMO_LOGIN.email, password: 'wrong-password-also-secret' })
      .expect(401);
    tokensSeen.push(
      login.body.accessToken,
      login.body.refreshToken,
      refreshed.body.accessToken,
      refreshed.body.refreshToken,
    );
  });
  afterAll(() => service.close());

  const entries = (): LogEntry[] => service.logs.entries();
  const ofRequest = (requestId: string) => entries().filter((e) => e.requestId === requestId);

  describe('logs', () => {
    it('are JSON lines with an ISO time and a level name', () => {
      expect(service.logs.lines.length).toBeGreaterThan(10);
      for (const entry of entries()) {
        expect(entry.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        expect(['trace', 'debug', 'info', 'warn', 'error', 'fatal']).toContain(entry.level);
      }
    });

    it('tell a request its story under the caller X-Request-Id: Factus calls, then one request line', () => {
      const story = ofRequest('obs-get-1');
      const factus = story.filter((e) => e.msg === 'Factus call');
      // The revoked managed token: refused, renewed with the refresh grant, replayed.
      expect(
        factus.map((e) => `${e.method as string} ${e.endpoint as string} ${e.status as number}`),
      ).toEqual([
        'GET /v2/bills/:number 401',
        'POST /oauth/token 200',
        'GET /v2/bills/:number 200',
      ]);
      for (const call of factus) {
        expect(call).toMatchObject({ attempt: 1, durationMs: expect.any(Number), level: 'info' });
      }
      const [line] = story.filter((e) => e.msg === 'request completed');
      expect(line).toMatchObject({
        method: 'GET',
        route: '/api/v1/invoices/:number',
        status: 200,
        durationMs: expect.any(Number),
        apiKeyId: service.config.apiKeys[0].id,
        level: 'info',
      });
      expect(story.indexOf(line)).toBe(story.length - 1);
    });

    it('keep the request id through body parsing: a POST has its Factus calls under its id', () => {
      const story = ofRequest('obs-create-2');
      expect(story.map((e) => e.msg)).toEqual(['Factus call', 'request completed']);
      expect(story[0]).toMatchObject({
        method: 'POST',
        endpoint: '/v2/bills/validate',
        status: 201,
      });
      expect(story[1]).toMatchObject({ route: '/api/v1/invoices', status: 201 });
    });

    it('name the route template, never the concrete URL, and collapse unknown routes', () => {
      const lines = entries().filter((e) => e.msg === 'request completed');
      expect(lines.map((e) => e.route)).toEqual(
        expect.arrayContaining(['/api/v1/invoices', '/api/v1/invoices/:number/pdf', 'unmatched']),
      );
      expect(JSON.stringify(lines)).not.toContain(number);
      expect(ofRequest('obs-404')[0]).toMatchObject({ status: 404, route: 'unmatched' });
    });

    it('give a request without X-Request-Id a generated one, on its lines and in its answer', async () => {
      const response = await request(service.url).get('/api/v1/invoices').set('X-API-Key', KEY);
      const id = response.headers['x-request-id'];
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(ofRequest(id).map((e) => e.msg)).toEqual(['Factus call', 'request completed']);
    });

    it('contain no password, client secret, token or API key, in managed and pass-through mode', () => {
      const log = service.logs.lines.join('\n');
      const secrets = [
        DEMO_LOGIN.password,
        'wrong-password-also-secret',
        SIMULATOR_DEMO_ACCOUNT.clientSecret,
        KEY,
        ...tokensSeen,
        ...issuedTokens(service),
      ];
      expect(issuedTokens(service).length).toBeGreaterThanOrEqual(6);
      for (const secret of secrets) expect(log).not.toContain(secret);
      expect(log).toContain('/oauth/token'); // token requests are logged, just not their secrets
    });
  });

  describe('metrics', () => {
    let text: string;
    beforeAll(async () => {
      // Outside /api/v1 and not behind the API key.
      const response = await request(service.url).get('/metrics').expect(200);
      expect(response.headers['content-type']).toContain('text/plain');
      text = response.text;
    });

    const sample = (name: string, labels: Record<string, string>): number | undefined => {
      const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
      const line = text
        .split('\n')
        .find((l) => l.startsWith(`${name}{`) && wanted.every((w) => l.includes(w)));
      return line === undefined ? undefined : Number(line.split(' ').pop());
    };

    it('time inbound requests by route template, method and status', () => {
      expect(
        sample('http_request_duration_seconds_count', {
          method: 'GET',
          route: '/api/v1/invoices/:number/pdf',
          status_code: '200',
        }),
      ).toBe(2);
      expect(
        sample('http_request_duration_seconds_count', { route: 'unmatched', status_code: '404' }),
      ).toBe(1);
    });

    it('time Factus calls by endpoint template, outcome and tenant, and count token requests by grant', () => {
      expect(
        sample('factus_request_duration_seconds_count', {
          endpoint: '/v2/bills/:number',
          outcome: '401',
          tenant: 'default',
        }),
      ).toBe(1);
      expect(
        sample('factus_request_duration_seconds_count', {
          method: 'POST',
          endpoint: '/v2/bills/validate',
          outcome: '201',
          tenant: 'default',
        }),
      ).toBe(2);
      expect(sample('factus_token_requests_total', { grant: 'password' })).toBe(3);
      expect(sample('factus_token_requests_total', { grant: 'refresh_token' })).toBe(2);
    });

    it('expose the limiter, the breaker, the document cache and the process', () => {
      expect(text).toMatch(/^factus_rate_limiter_queue_depth 0$/m);
      expect(text).toMatch(/^factus_rate_limiter_wait_seconds_count\{outcome="granted"\} \d+$/m);
      expect(text).toMatch(/^factus_circuit_breaker_state\{tenant="default"\} 0$/m);
      expect(text).toMatch(/^document_cache_hits_total 1$/m);
      expect(text).toMatch(/^document_cache_misses_total 1$/m);
      expect(text).toMatch(/^http_requests_in_flight \d+$/m);
      expect(text).toMatch(/^process_cpu_seconds_total /m);
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    });

    it('never carry a document number, reference or key in a label', () => {
      expect(text).not.toContain(number);
      expect(text).not.toContain('12345');
      expect(text).not.toContain(KEY);
    });
  });
});
