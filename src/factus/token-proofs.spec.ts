import { FactusApiError } from './factus.errors';
import { fakeFactusClient } from './testing/fake-transport';

describe('FactusHttpClient: which tokens Factus accepted (for the document file cache)', () => {
  const WINDOW = 60_000;

  it('counts any answer but 401 as accepted (a 404 is an authenticated answer)', async () => {
    const { client } = fakeFactusClient([{ status: 404, body: { message: 'No encontrado' } }]);
    await expect(
      client.send({ method: 'GET', path: '/v2/bills/X', accessToken: 'tok-a' }),
    ).rejects.toBeInstanceOf(FactusApiError);
    expect(client.tokenAcceptedWithin('tok-a', WINDOW)).toBe(true);
  });

  it('forgets a token Factus refused with 401', async () => {
    const { client } = fakeFactusClient([
      { status: 200, body: { data: {} } },
      { status: 401, body: { message: 'Unauthenticated.' } },
    ]);
    await client.send({ method: 'GET', path: '/v2/bills', accessToken: 'tok-b' });
    expect(client.tokenAcceptedWithin('tok-b', WINDOW)).toBe(true);
    await expect(
      client.send({ method: 'GET', path: '/v2/bills', accessToken: 'tok-b' }),
    ).rejects.toBeInstanceOf(FactusApiError);
    expect(client.tokenAcceptedWithin('tok-b', WINDOW)).toBe(false);
  });

  it('after a replay, marks the renewed token accepted and never the refused one', async () => {
    const { client } = fakeFactusClient([
      { status: 401, body: { message: 'Unauthenticated.' } },
      { status: 200, body: { data: {} } },
    ]);
    const session = {
      accessToken: 'stale',
      accountKey: 'managed',
      renew: () => Promise.resolve('fresh'),
    };
    await client.send({ method: 'GET', path: '/v2/bills', session });
    expect(client.tokenAcceptedWithin('fresh', WINDOW)).toBe(true);
    expect(client.tokenAcceptedWithin('stale', WINDOW)).toBe(false);
  });
});
