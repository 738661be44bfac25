import {
  FactusBadResponseError,
  FactusTimeoutError,
  FactusUnavailableError,
} from '../../factus/factus.errors';
import type { FactusCall } from '../../factus/factus-call';
import { FakeAnswer, fakeFactusClient } from '../../factus/testing/fake-transport';
import { AuthenticationFailedError } from '../domain/auth.errors';
import { FactusAuthGateway } from './factus-auth.gateway';

const TOKEN = {
  token_type: 'Bearer',
  expires_in: 3600,
  access_token: 'at-1',
  refresh_token: 'rt-1',
};

function gatewayWith(...answers: FakeAnswer[]) {
  const fake = fakeFactusClient(answers);
  return {
    gateway: new FactusAuthGateway(fake.client, fake.config.factus),
    requests: fake.requests,
  };
}

describe('FactusAuthGateway', () => {
  it('sends the password grant form-encoded with the client credentials', async () => {
    const { gateway, requests } = gatewayWith({ status: 200, body: TOKEN });
    const before = Date.now();
    const token = await gateway.authenticate('ana@erp.co', 'p@ss w0rd&=');

    expect(requests).toHaveLength(1);
    const [sent] = requests;
    expect(sent.method).toBe('POST');
    expect(sent.baseURL).toBe('https://factus.test');
    expect(sent.url).toBe('/oauth/token');
    expect(sent.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(sent.headers.Accept).toBe('application/json');
    expect(sent.headers.Authorization).toBeUndefined();
    expect(Object.fromEntries(new URLSearchParams(sent.data as string))).toEqual({
      grant_type: 'password',
      username: 'ana@erp.co',
      password: 'p@ss w0rd&=',
      client_id: 'cid',
      client_secret: 'csecret',
    });
    expect(token).toMatchObject({
      accessToken: 'at-1',
      tokenType: 'Bearer',
      expiresIn: 3600,
      refreshToken: 'rt-1',
    });
    expect(token.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 3600_000);
  });

  it('sends the refresh grant with the refresh token', async () => {
    const { gateway, requests } = gatewayWith({ status: 200, body: { ...TOKEN, expires_in: 600 } });
    const token = await gateway.refresh('rt-0');
    expect(Object.fromEntries(new URLSearchParams(requests[0].data as string))).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'rt-0',
      client_id: 'cid',
      client_secret: 'csecret',
    });
    expect(token.expiresIn).toBe(600);
  });

  describe('the refresh grant as refresh-token.md documents it', () => {
    it('carries Authorization: Bearer with the access token issued with the refresh token', async () => {
      const { gateway, requests } = gatewayWith(
        { status: 200, body: TOKEN },
        { status: 200, body: { ...TOKEN, access_token: 'at-2', refresh_token: 'rt-2' } },
        { status: 200, body: { ...TOKEN, access_token: 'at-3', refresh_token: 'rt-3' } },
      );
      await gateway.authenticate('ana@erp.co', 'pw');
      await gateway.refresh('rt-1');
      await gateway.refresh('rt-2');

      const [login, first, second] = requests;
      expect(login.headers.Authorization).toBeUndefined();
      for (const [sent, bearer] of [
        [first, 'at-1'],
        [second, 'at-2'],
      ] as const) {
        expect(sent.url).toBe('/oauth/token');
        expect(sent.headers).toMatchObject({
          Authorization: `Bearer ${bearer}`,
          Accept: 'application/json',
          'Content-Type': 'application/x-www-form-urlencoded',
        });
      }
    });

    it('uses the access token the caller gives, and sends none when it knows none', async () => {
      const { gateway, requests } = gatewayWith(
        { status: 200, body: TOKEN },
        { status: 200, body: { ...TOKEN, refresh_token: 'rt-9' } },
      );
      await gateway.refresh('rt-elsewhere', undefined, 'at-from-caller');
      await gateway.refresh('rt-unknown');
      expect(requests[0].headers.Authorization).toBe('Bearer at-from-caller');
      expect(requests[1].headers.Authorization).toBeUndefined();
    });

    it('keeps the pairing when a refresh fails, so that a second try carries it too', async () => {
      const { gateway, requests } = gatewayWith(
        { status: 200, body: TOKEN },
        { networkError: 'ECONNRESET' },
        { status: 200, body: { ...TOKEN, refresh_token: 'rt-2' } },
      );
      await gateway.authenticate('ana@erp.co', 'pw');
      await expect(gateway.refresh('rt-1')).rejects.toBeInstanceOf(FactusUnavailableError);
      await gateway.refresh('rt-1');
      expect(requests.map((r) => r.headers.Authorization)).toEqual([
        undefined,
        'Bearer at-1',
        'Bearer at-1',
      ]);
    });

    it('is not answered with a session renewal when Factus refuses it (401 stays a refusal)', async () => {
      const { gateway, requests } = gatewayWith({
        status: 401,
        body: { error: 'invalid_client', error_description: 'Client authentication failed' },
      });
      const error = await gateway.refresh('rt-0', undefined, 'at-0').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationFailedError);
      expect(requests).toHaveLength(1);
    });
  });

  it.each([
    [
      {
        status: 400,
        body: {
          error: 'invalid_grant',
          error_description: 'The user credentials were incorrect.',
          message: 'The user credentials were incorrect.',
        },
      },
      'The user credentials were incorrect.',
    ],
    [
      {
        status: 401,
        body: { error: 'invalid_client', error_description: 'Client authentication failed' },
      },
      'Client authentication failed',
    ],
    [{ status: 400, body: { error: 'invalid_grant' } }, 'invalid_grant'],
    [{ status: 401, raw: '' }, 'Factus answered HTTP 401'],
  ])('maps refused credentials %j to AuthenticationFailedError', async (answer, message) => {
    const { gateway } = gatewayWith(answer);
    const error = await gateway.authenticate('a@b.co', 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationFailedError);
    expect((error as Error).message).toBe(message);
  });

  it.each<[string, FakeAnswer, unknown]>([
    [
      'a 500',
      { status: 500, body: { message: 'Ha ocurrido un error inesperado' } },
      FactusBadResponseError,
    ],
    [
      'a 503',
      { status: 503, body: { message: 'mantenimiento' }, headers: { 'retry-after': '120' } },
      FactusUnavailableError,
    ],
    ['a non-JSON 200', { status: 200, raw: '<html>oops</html>' }, FactusBadResponseError],
    [
      'a 200 without a token',
      { status: 200, body: { token_type: 'Bearer' } },
      FactusBadResponseError,
    ],
    ['a refused connection', { networkError: 'ECONNREFUSED' }, FactusUnavailableError],
    ['a reset connection', { networkError: 'ECONNRESET' }, FactusUnavailableError],
    ['a timeout', { networkError: 'ECONNABORTED' }, FactusTimeoutError],
  ])('maps %s to the right upstream error', async (_name, answer, type) => {
    const { gateway } = gatewayWith(answer);
    const error = await gateway.authenticate('a@b.co', 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no access token', { ...TOKEN, access_token: '' }, 'access_token is missing'],
    ['no refresh token', { ...TOKEN, refresh_token: null }, 'refresh_token is missing'],
    [
      'a lifetime that is not a number',
      { ...TOKEN, expires_in: 'soon' },
      'expires_in is not an integer',
    ],
    [
      'an expired lifetime',
      { ...TOKEN, expires_in: 0 },
      'expires_in is not a positive number of seconds',
    ],
  ])(
    'refuses a token answer with %s, naming the field and never a token',
    async (_c, body, detail) => {
      const { gateway } = gatewayWith({ status: 200, body });
      const error = await gateway.authenticate('a@b.co', 'x').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FactusBadResponseError);
      expect((error as Error).message).toBe(
        `Factus answered POST /oauth/token with a body we cannot use: ${detail}.`,
      );
      expect((error as Error).message).not.toMatch(/at-1|rt-1/);
    },
  );

  it('reads a lifetime Factus writes as text', async () => {
    const { gateway } = gatewayWith({ status: 200, body: { ...TOKEN, expires_in: '3600' } });
    expect((await gateway.refresh('rt-0')).expiresIn).toBe(3600);
  });

  it('keeps the Retry-After of a 503', async () => {
    const { gateway } = gatewayWith({ status: 503, body: {}, headers: { 'retry-after': '120' } });
    const error = (await gateway
      .authenticate('a@b.co', 'x')
      .catch((e: unknown) => e)) as FactusUnavailableError;
    expect(error.retryAfterSeconds).toBe(120);
  });

  it('never puts the password or client secret in an error message', async () => {
    const { gateway } = gatewayWith({ networkError: 'ECONNREFUSED' });
    const error = (await gateway
      .authenticate('a@b.co', 'hunter2')
      .catch((e: unknown) => e)) as Error;
    expect(error.message).not.toContain('hunter2');
    expect(error.message).not.toContain('csecret');
  });
});

/** A client that records the calls it is given and answers every one with a token. */
function recordingGateway() {
  const calls: FactusCall[] = [];
  const client = {
    send: (call: FactusCall) => {
      calls.push(call);
      return Promise.resolve({ status: 200, body: TOKEN, headers: {} });
    },
  } as unknown as ConstructorParameters<typeof FactusAuthGateway>[0];
  const gateway = new FactusAuthGateway(client, fakeFactusClient([]).config.factus);
  return { gateway, calls };
}

describe('FactusAuthGateway: whose rate budget a login spends', () => {
  it("spends the user's own budget for the managed session's login", async () => {
    const { gateway, calls } = recordingGateway();
    await gateway.authenticate(' Ana@ERP.co ', 'x');
    expect(calls.map((c) => c.rateKey)).toEqual(['user:ana@erp.co']);
  });

  it("spends a budget of its own for a login through our public route, never the user's", async () => {
    const { gateway, calls } = recordingGateway();
    await gateway.authenticate('ana@erp.co', 'x', 'public-login');
    expect(calls.map((c) => c.rateKey)).toEqual(['public-login:ana@erp.co']);
  });
});

describe("FactusAuthGateway for a tenant's Factus account", () => {
  const client = {
    tenantId: 'acme',
    baseUrl: 'https://acme.factus.test',
    rateLimit: 40,
    clientId: 'acme-cid',
    clientSecret: 'acme-secret',
  };

  it("sends the password grant to the tenant's base URL with the tenant's OAuth client", async () => {
    const { gateway, requests } = gatewayWith({ status: 200, body: TOKEN });
    await gateway.authenticate('ops@acme.co', 'pw', 'user', client);
    const [sent] = requests;
    expect(sent.baseURL).toBe('https://acme.factus.test');
    expect(sent.url).toBe('/oauth/token');
    expect(Object.fromEntries(new URLSearchParams(sent.data as string))).toEqual({
      grant_type: 'password',
      username: 'ops@acme.co',
      password: 'pw',
      client_id: 'acme-cid',
      client_secret: 'acme-secret',
    });
  });

  it('sends the refresh grant there too, with the bearer issued with the refresh token', async () => {
    const { gateway, requests } = gatewayWith(
      { status: 200, body: TOKEN },
      { status: 200, body: { ...TOKEN, refresh_token: 'rt-2' } },
    );
    await gateway.authenticate('ops@acme.co', 'pw', 'user', client);
    await gateway.refresh('rt-1', 'ops@acme.co', undefined, client);
    const refresh = requests[1];
    expect(refresh.baseURL).toBe('https://acme.factus.test');
    expect(refresh.headers.Authorization).toBe('Bearer at-1');
    expect(Object.fromEntries(new URLSearchParams(refresh.data as string))).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'rt-1',
      client_id: 'acme-cid',
      client_secret: 'acme-secret',
    });
  });

  it("spends the tenant's budget and carries its account, without the client secret", async () => {
    const { gateway, calls } = recordingGateway();
    await gateway.authenticate('ops@acme.co', 'pw', 'user', client);
    await gateway.refresh('rt-1', 'ops@acme.co', 'at-1', client);
    await gateway.refresh('rt-2', undefined, 'at-2', client);
    expect(calls.map((c) => c.rateKey)).toEqual(['tenant:acme', 'tenant:acme', 'tenant:acme']);
    for (const call of calls) {
      expect(call.account).toEqual({
        tenantId: 'acme',
        baseUrl: 'https://acme.factus.test',
        rateLimit: 40,
      });
    }
  });

  it("keeps a login through our public route off the tenant's budget", async () => {
    const { gateway, calls } = recordingGateway();
    await gateway.authenticate('ops@acme.co', 'pw', 'public-login', client);
    expect(calls.map((c) => c.rateKey)).toEqual(['public-login:ops@acme.co']);
    expect(calls[0].account?.tenantId).toBe('acme');
  });

  it('carries no account without a tenant client: the configured Factus', async () => {
    const { gateway, calls } = recordingGateway();
    await gateway.authenticate('ana@erp.co', 'pw');
    await gateway.refresh('rt-1', 'ana@erp.co');
    expect(calls.map((c) => c.account)).toEqual([undefined, undefined]);
  });
});
