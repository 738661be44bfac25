import type { FactusCall } from '../factus-call';
import type { FactusMetrics } from '../factus-metrics.port';
import {
  FactusTimeoutError,
  FactusUnavailableError,
  UnsafeFactusPathError,
} from '../factus.errors';
import { FakeAnswer, FakeFactusTransport } from '../testing/fake-transport';
import { ExchangeStep } from './exchange.step';
import { ExchangeTelemetry } from './exchange-telemetry';

const CONFIG = { baseUrl: 'https://factus.test', timeoutMs: 1500 };

function exchangeWith(...answers: FakeAnswer[]) {
  const transport = new FakeFactusTransport(answers);
  const calls: Array<{ endpoint: string; outcome: string; tenant: string }> = [];
  const grants: string[] = [];
  const metrics: FactusMetrics = {
    callCompleted: ({ endpoint, outcome, tenant }) =>
      void calls.push({ endpoint, outcome, tenant }),
    tokenRequested: (grant) => void grants.push(grant),
    limiterWaited: () => undefined,
    rateLimitPaused: () => undefined,
  };
  const telemetry = new ExchangeTelemetry(metrics);
  const step = new ExchangeStep(transport, CONFIG, telemetry);
  const send = (call: FactusCall, accessToken?: string) =>
    step.send({ call, accessToken, attempt: 1 });
  return { send, transport, calls, grants, telemetry };
}

describe('ExchangeStep', () => {
  it('sends JSON with the bearer token, the query and the deadline', async () => {
    const { send, transport } = exchangeWith({ status: 201, body: { data: {} } });
    await send(
      { method: 'POST', path: '/v2/bills/validate', json: { a: 1 }, query: { page: 2 } },
      'tok-1',
    );
    expect(transport.requests).toEqual([
      {
        method: 'POST',
        baseURL: 'https://factus.test',
        url: '/v2/bills/validate',
        params: { page: 2 },
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          Authorization: 'Bearer tok-1',
        },
        data: '{"a":1}',
        timeoutMs: 1500,
      },
    ]);
  });

  it('form-encodes the OAuth call, sends no bearer, and counts the token request by grant', async () => {
    const { send, transport, grants } = exchangeWith({ status: 200, body: {} });
    await send({
      method: 'POST',
      path: '/oauth/token',
      form: { grant_type: 'password', a: 'b&c' },
    });
    const [sent] = transport.requests;
    expect(sent.headers).toEqual({
      Accept: 'application/json',
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(sent.data).toBe('grant_type=password&a=b%26c');
    expect(grants).toEqual(['password']);
  });

  it('sends a bodiless GET without Content-Type', async () => {
    const { send, transport } = exchangeWith({ status: 200, body: {} });
    await send({ method: 'GET', path: '/v2/bills' });
    expect(transport.requests[0].headers).toEqual({ Accept: 'application/json' });
    expect(transport.requests[0].data).toBeUndefined();
  });

  it('times every answer by endpoint template and status, errors included', async () => {
    const { send, calls, telemetry } = exchangeWith(
      { status: 200, body: {} },
      { status: 404, body: { message: 'No' } },
    );
    expect(telemetry.lastAnsweredAt).toBeUndefined();
    await send({ method: 'GET', path: '/v2/bills/SETP990000001' });
    await expect(
      send({ method: 'GET', path: '/v2/bills/x', endpoint: '/v2/bills/:number' }),
    ).rejects.toMatchObject({ status: 404 });
    expect(calls).toEqual([
      { endpoint: '/v2/bills/:id', outcome: '200', tenant: 'default' },
      { endpoint: '/v2/bills/:number', outcome: '404', tenant: 'default' },
    ]);
    expect(telemetry.lastAnsweredAt).toBeGreaterThan(Date.now() - 5000);
  });

  it('maps network failures, labels them by outcome, and does not count them as answers', async () => {
    const { send, calls, telemetry } = exchangeWith(
      { networkError: 'ECONNABORTED' },
      { networkError: 'ECONNREFUSED' },
      { networkError: 'ECONNRESET' },
    );
    const call: FactusCall = { method: 'GET', path: '/v2/bills' };
    await expect(send(call)).rejects.toBeInstanceOf(FactusTimeoutError);
    await expect(send(call)).rejects.toMatchObject({ reason: 'not_sent' });
    await expect(send(call)).rejects.toBeInstanceOf(FactusUnavailableError);
    expect(calls.map((c) => c.outcome)).toEqual(['timeout', 'not_sent', 'connection_lost']);
    expect(telemetry.lastAnsweredAt).toBeUndefined();
  });

  it('treats anything else a transport throws as unavailable, keeping it as the cause', async () => {
    const cause = new TypeError('bug');
    const transport = { request: () => Promise.reject(cause), close: () => undefined };
    const telemetry = new ExchangeTelemetry({
      callCompleted: () => undefined,
      tokenRequested: () => undefined,
      limiterWaited: () => undefined,
      rateLimitPaused: () => undefined,
    });
    const step = new ExchangeStep(transport, CONFIG, telemetry);
    await expect(
      step.send({ call: { method: 'GET', path: '/v2/bills' }, attempt: 1 }),
    ).rejects.toMatchObject({ code: 'FACTUS_UNAVAILABLE', cause });
  });
});

describe('ExchangeStep and tenant accounts', () => {
  const account = { tenantId: 'acme', baseUrl: 'https://acme.factus.test' };

  it("sends a call for a tenant to its account's base URL, given on the call or its session", async () => {
    const ok = { status: 200, body: {} };
    const { send, transport } = exchangeWith(ok, ok, ok);
    await send({ method: 'GET', path: '/v2/bills', account });
    await send({
      method: 'GET',
      path: '/v2/bills',
      session: { accessToken: 't', accountKey: 'tenant:acme', account },
    });
    await send({
      method: 'GET',
      path: '/v2/bills',
      session: { accessToken: 't', accountKey: 'u' },
    });
    expect(transport.requests.map((r) => r.baseURL)).toEqual([
      'https://acme.factus.test',
      'https://acme.factus.test',
      'https://factus.test',
    ]);
  });

  it("prefers the call's account over its session's", async () => {
    const { send, transport } = exchangeWith({ status: 200, body: {} });
    const other = { tenantId: 'other', baseUrl: 'https://other.factus.test' };
    await send({
      method: 'GET',
      path: '/v2/bills',
      account,
      session: { accessToken: 't', accountKey: 'tenant:other', account: other },
    });
    expect(transport.requests[0].baseURL).toBe('https://acme.factus.test');
  });

  it('labels metrics with the tenant id, and default for the configured Factus, failures too', async () => {
    const { send, calls } = exchangeWith(
      { status: 200, body: {} },
      { networkError: 'ECONNREFUSED' },
      { status: 200, body: {} },
    );
    const session = { accessToken: 't', accountKey: 'tenant:acme', account };
    await send({ method: 'GET', path: '/v2/bills', account });
    await expect(send({ method: 'GET', path: '/v2/bills', session })).rejects.toMatchObject({
      reason: 'not_sent',
    });
    await send({ method: 'GET', path: '/v2/bills' });
    expect(calls).toEqual([
      { endpoint: '/v2/bills', outcome: '200', tenant: 'acme' },
      { endpoint: '/v2/bills', outcome: 'not_sent', tenant: 'acme' },
      { endpoint: '/v2/bills', outcome: '200', tenant: 'default' },
    ]);
  });

  it('refuses a dot-segment for a tenant too, before sending anything', async () => {
    const { send, transport } = exchangeWith({ status: 200, body: {} });
    await expect(
      send({ method: 'DELETE', path: '/v2/bills/destroy/reference/..', account }),
    ).rejects.toBeInstanceOf(UnsafeFactusPathError);
    expect(transport.requests).toHaveLength(0);
  });
});

describe('ExchangeStep and dot-segments', () => {
  it.each(['..', '.', '%2E%2E', '.%2e', '%2e'])(
    'refuses a path with the segment %s before sending anything',
    async (segment) => {
      const { send, transport } = exchangeWith({ status: 200, body: {} });
      await expect(
        send({ method: 'DELETE', path: `/v2/bills/destroy/reference/${segment}` }),
      ).rejects.toBeInstanceOf(UnsafeFactusPathError);
      expect(transport.requests).toHaveLength(0);
    },
  );

  it('sends an encoded slash or dots inside a segment as they are', async () => {
    const ok = { status: 200, body: {} };
    const { send, transport } = exchangeWith(ok, ok);
    await send({ method: 'GET', path: `/v2/bills/${encodeURIComponent('a/../b')}` });
    await send({ method: 'GET', path: '/v2/bills/A...B' });
    expect(transport.requests.map((r) => r.url)).toEqual([
      '/v2/bills/a%2F..%2Fb',
      '/v2/bills/A...B',
    ]);
  });
});
