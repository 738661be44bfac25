import { FactusHttpClient } from './factus-http.client';
import type { FactusRateLimiter } from './resilience/rate-limiter.port';
import { FakeAnswer, FakeFactusTransport, fakeAppConfig } from './testing/fake-transport';
import { FactusTransportError } from './transport/factus-transport.error';

/** The whole client over a fake seam, with a limiter that counts what it grants. */
function clientWith(answers: FakeAnswer[], maxRetries = 0) {
  const transport = new FakeFactusTransport(answers);
  const acquired: string[] = [];
  const limiter: FactusRateLimiter = {
    acquire: (key) => Promise.resolve(void acquired.push(key)),
    pause: () => undefined,
    queueDepth: () => 0,
  };
  const config = fakeAppConfig({ retry: { maxRetries, baseDelayMs: 1, maxDelayMs: 1 } }).factus;
  return { client: new FactusHttpClient(transport, config, limiter), transport, acquired };
}

const bearers = (transport: FakeFactusTransport) =>
  transport.requests.map((r) => r.headers.Authorization);

describe('FactusHttpClient', () => {
  it('spends the rate budget on every attempt, retries included', async () => {
    const { client, acquired } = clientWith(
      [{ status: 500 }, { networkError: 'ECONNRESET' }, { status: 200, body: { data: 1 } }],
      2,
    );
    const result = await client.send({ method: 'GET', path: '/v2/bills', rateKey: 'acct' });
    expect(result).toEqual({ status: 200, body: { data: 1 }, headers: {} });
    expect(acquired).toEqual(['acct', 'acct', 'acct']);
  });

  it('replays a refused managed token once, through the budget again, with the renewed token', async () => {
    const { client, transport, acquired } = clientWith([
      { status: 401, body: { message: 'Unauthenticated.' } },
      { status: 200, body: {} },
    ]);
    const renew = jest.fn(() => Promise.resolve('fresh'));
    const session = { accessToken: 'stale', accountKey: 'svc', renew };
    await client.send({ method: 'GET', path: '/v2/bills', session });
    expect(bearers(transport)).toEqual(['Bearer stale', 'Bearer fresh']);
    expect(acquired).toEqual(['svc', 'svc']);
  });

  it("passes a bare token's 401 to the caller", async () => {
    const { client, transport } = clientWith([{ status: 401, body: {} }]);
    await expect(
      client.send({ method: 'GET', path: '/v2/bills', accessToken: 'caller' }),
    ).rejects.toMatchObject({ code: 'FACTUS_UNAUTHORIZED' });
    expect(bearers(transport)).toEqual(['Bearer caller']);
  });

  it('probes the base URL outside the budget and remembers that Factus answered', async () => {
    const { client, transport, acquired } = clientWith([{ status: 404, raw: '<html/>' }]);
    expect(client.lastAnsweredAt).toBeUndefined();
    await expect(client.probe(700)).resolves.toBe(404);
    expect(transport.requests).toEqual([
      {
        method: 'GET',
        baseURL: 'https://factus.test',
        url: '/',
        headers: { Accept: 'application/json' },
        timeoutMs: 700,
      },
    ]);
    expect(acquired).toEqual([]);
    expect(client.lastAnsweredAt).toBeGreaterThan(Date.now() - 5000);
  });

  it('rejects a probe that nothing answers, without counting it as an answer', async () => {
    const { client } = clientWith([{ networkError: 'ECONNREFUSED' }]);
    await expect(client.probe(700)).rejects.toBeInstanceOf(FactusTransportError);
    expect(client.lastAnsweredAt).toBeUndefined();
  });

  it("trips a tenant's own breaker on its failures, leaving the configured one closed", async () => {
    const transport = new FakeFactusTransport(
      Array.from({ length: 5 }, () => ({ networkError: 'ECONNREFUSED' })),
    );
    const limiter: FactusRateLimiter = {
      acquire: () => Promise.resolve(),
      pause: () => undefined,
      queueDepth: () => 0,
    };
    const config = fakeAppConfig({ breaker: { threshold: 5, openMs: 60_000 } }).factus;
    const client = new FactusHttpClient(transport, config, limiter);
    const account = { tenantId: 'acme', baseUrl: 'https://acme.factus.test' };
    for (let i = 0; i < 5; i += 1) {
      await expect(
        client.send({ method: 'POST', path: '/v2/bills/validate', account }),
      ).rejects.toMatchObject({ reason: 'not_sent' });
    }
    expect(client.breakerStateOf('acme')).toBe('open');
    expect(client.breakerStateOf('globex')).toBe('closed');
    expect(client.breakerState).toBe('closed');
    expect(transport.requests.map((r) => r.baseURL)).toEqual(
      Array.from({ length: 5 }, () => 'https://acme.factus.test'),
    );
  });

  it('rejects a probe at once, sending nothing, when no Factus base URL is configured', async () => {
    const transport = new FakeFactusTransport([{ status: 200, body: {} }]);
    const config = { ...fakeAppConfig().factus, baseUrl: '' };
    const limiter: FactusRateLimiter = {
      acquire: () => Promise.resolve(),
      pause: () => undefined,
      queueDepth: () => 0,
    };
    const client = new FactusHttpClient(transport, config, limiter);
    const probing = client.probe(700);
    await expect(probing).rejects.toThrow('no Factus base URL configured');
    expect(transport.requests).toEqual([]);
    expect(client.lastAnsweredAt).toBeUndefined();
  });

  it('reports the breaker state and closes the transport on shutdown', () => {
    const { client, transport } = clientWith([]);
    expect(client.breakerState).toBe('closed');
    client.onApplicationShutdown();
    expect(transport.closed).toBe(true);
  });
});
