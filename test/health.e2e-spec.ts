import request from 'supertest';
import { createServer, Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { FactusReachability } from '../src/operations/health/factus-reachability';
import { DEMO_LOGIN, startTestService, TestService } from './support/test-service';

const PROBLEM = /^application\/problem\+json/;
const KEY = 'erp-key-0123456789abcdef';

describe('Health probes (e2e)', () => {
  describe('with Factus reachable', () => {
    let service: TestService;

    beforeAll(async () => {
      service = await startTestService({
        env: {
          API_KEYS: KEY,
          FACTUS_USERNAME: DEMO_LOGIN.email,
          FACTUS_PASSWORD: DEMO_LOGIN.password,
          INBOUND_RATE_LIMIT: '2',
        },
      });
      // The first reachability check runs at start-up without holding it: wait for its answer.
      await service.app.get(FactusReachability).check();
    });
    afterAll(() => service.close());

    it('answers liveness without calling Factus', async () => {
      const response = await request(service.url).get('/health/live').expect(200);
      expect(response.body).toEqual({ status: 'ok' });
    });

    it('is ready, naming every check, outside /api/v1, without API key and without rate limit', async () => {
      for (let i = 0; i < 5; i += 1) {
        const response = await request(service.url).get('/health/ready').expect(200);
        expect(response.body).toMatchObject({
          status: 'ok',
          details: {
            config: { status: 'up', managedSession: true, sharedState: 'in-memory' },
            shutdown: { status: 'up' },
            database: { status: 'up', store: 'postgresql' },
            factus: { status: 'up' },
          },
        });
      }
      await request(service.url).get('/api/v1/health/ready').set('X-API-Key', KEY).expect(404);
    });

    it('never spends Factus requests on probes: they read the cached reachability', async () => {
      const before = service.simulator.state.log.all().length;
      await Promise.all(
        Array.from({ length: 20 }, () => request(service.url).get('/health/ready')),
      );
      expect(service.simulator.state.log.all().length).toBe(before);
    });
  });

  describe('with Factus unreachable', () => {
    let closedPort: Server;
    let service: TestService;

    beforeAll(async () => {
      // A port that refuses connections: listen, note the port, close.
      closedPort = createServer();
      await new Promise<void>((resolve) => closedPort.listen(0, '127.0.0.1', resolve));
      const { port } = closedPort.address() as AddressInfo;
      await new Promise<void>((resolve) => closedPort.close(() => resolve()));
      service = await startTestService({ factusBaseUrl: `http://127.0.0.1:${port}` });
      await service.app.get(FactusReachability).check();
    });
    afterAll(() => service.close());

    it('is not ready, 503 problem naming Factus and why, while alive', async () => {
      await request(service.url).get('/health/live').expect(200);
      const response = await request(service.url).get('/health/ready').expect(503);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({
        status: 503,
        code: 'NOT_READY',
        instance: '/health/ready',
        checks: { factus: { status: 'down' }, config: { status: 'up' } },
      });
      expect(response.body.detail).toMatch(
        /factus \(Factus has not answered since start-up \(last check: .*ECONNREFUSED/,
      );
    });
  });
});
