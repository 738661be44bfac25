import request from 'supertest';
import { DEMO_LOGIN, startTestService, TestService } from './support/test-service';

const PROBLEM = /^application\/problem\+json/;
const KEY_A = 'erp-key-a-0123456789abcdef';
const KEY_B = 'erp-key-b-0123456789abcdef';
const MANAGED = { FACTUS_USERNAME: DEMO_LOGIN.email, FACTUS_PASSWORD: DEMO_LOGIN.password };

describe('HTTP hardening (e2e)', () => {
  describe('defaults', () => {
    let service: TestService;
    beforeAll(async () => {
      service = await startTestService({ env: { BODY_LIMIT: '2048' } });
    });
    afterAll(() => service.close());

    it('sends the security headers, with a CSP that allows only our own scripts', async () => {
      const response = await request(service.url).get('/api/v1/catalogs').expect(200);
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['content-security-policy']).not.toContain(
        'upgrade-insecure-requests',
      );
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['strict-transport-security']).toMatch(/^max-age=/);
      expect(response.headers['x-frame-options']).toBe('DENY');
    });

    it('serves Swagger UI under that policy (the page, its scripts and its init file)', async () => {
      const page = await request(service.url).get('/docs').redirects(1).expect(200);
      expect(page.text).toContain('swagger-ui-bundle.js');
      expect(page.text).not.toMatch(/<script>(?!\s*<\/script>)/); // no inline scripts to allow
      await request(service.url).get('/docs/swagger-ui-init.js').expect(200);
    });

    it('answers a body over BODY_LIMIT with a 413 problem', async () => {
      const response = await request(service.url)
        .post('/api/v1/auth/token')
        .send({ email: DEMO_LOGIN.email, password: 'x'.repeat(4096) })
        .expect(413);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    });

    it('has CORS off: no Access-Control headers for another origin', async () => {
      const response = await request(service.url)
        .options('/api/v1/catalogs')
        .set('Origin', 'https://erp.example.com')
        .set('Access-Control-Request-Method', 'GET');
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('CORS_ORIGINS', () => {
    let service: TestService;
    beforeAll(async () => {
      service = await startTestService({ env: { CORS_ORIGINS: 'https://erp.example.com' } });
    });
    afterAll(() => service.close());

    it('allows exactly the configured origins and exposes the request id', async () => {
      const allowed = await request(service.url)
        .options('/api/v1/catalogs')
        .set('Origin', 'https://erp.example.com')
        .set('Access-Control-Request-Method', 'GET')
        .expect(204);
      expect(allowed.headers['access-control-allow-origin']).toBe('https://erp.example.com');
      const simple = await request(service.url)
        .get('/api/v1/catalogs')
        .set('Origin', 'https://erp.example.com')
        .expect(200);
      expect(simple.headers['access-control-expose-headers']).toContain('x-request-id');
      const other = await request(service.url)
        .get('/api/v1/catalogs')
        .set('Origin', 'https://evil.example.com');
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('SWAGGER_ENABLED=false', () => {
    it('removes /docs', async () => {
      const service = await startTestService({ env: { SWAGGER_ENABLED: 'false' } });
      try {
        await request(service.url).get('/docs').expect(404);
        await request(service.url).get('/docs-json').expect(404);
      } finally {
        await service.close();
      }
    });
  });

  describe('inbound rate limit', () => {
    it('limits each API key separately with a 429 problem and Retry-After', async () => {
      const service = await startTestService({
        env: {
          ...MANAGED,
          API_KEYS: `${KEY_A},${KEY_B}`,
          INBOUND_RATE_LIMIT: '3',
          INBOUND_RATE_WINDOW_MS: '10000',
        },
      });
      try {
        const call = (key: string) =>
          request(service.url).get('/api/v1/catalogs').set('X-API-Key', key);
        for (let i = 0; i < 3; i += 1) await call(KEY_A).expect(200);
        const limited = await call(KEY_A).expect(429);
        expect(limited.headers['content-type']).toMatch(PROBLEM);
        expect(limited.body).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
        expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(10);
        // Another key has its own budget; probes and metrics are never limited.
        await call(KEY_B).expect(200);
        for (let i = 0; i < 5; i += 1) {
          await request(service.url).get('/health/live').expect(200);
          await request(service.url).get('/metrics').expect(200);
        }
        const lines = service.logs.entries().filter((e) => e.status === 429);
        expect(lines[0]).toMatchObject({ route: '/api/v1/catalogs', apiKeyId: expect.any(String) });
      } finally {
        await service.close();
      }
    });

    it('limits by client IP without keys, trusting X-Forwarded-For only with TRUST_PROXY', async () => {
      const env = { INBOUND_RATE_LIMIT: '2', INBOUND_RATE_WINDOW_MS: '10000' };
      const trusting = await startTestService({ env: { ...env, TRUST_PROXY: '127.0.0.1' } });
      const direct = await startTestService({ env });
      try {
        const from = (service: TestService, ip: string) =>
          request(service.url).get('/api/v1/catalogs').set('X-Forwarded-For', ip);
        await from(trusting, '203.0.113.1').expect(200);
        await from(trusting, '203.0.113.1').expect(200);
        await from(trusting, '203.0.113.1').expect(429);
        await from(trusting, '203.0.113.2').expect(200); // another client behind the proxy

        await from(direct, '203.0.113.1').expect(200);
        await from(direct, '203.0.113.2').expect(200);
        await from(direct, '203.0.113.3').expect(429); // the header is ignored: one client
      } finally {
        await trusting.close();
        await direct.close();
      }
    });
  });
});
