import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { WebhookRequest } from '../domain/webhook-deliveries.port';
import { StandardWebhooksSender } from './standard-webhooks-sender';

const NEW_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const OLD_SECRET = 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD';

describe('StandardWebhooksSender', () => {
  let server: Server;
  let port: number;
  let answer: (res: import('node:http').ServerResponse) => void;
  const received: Array<{ body: string; headers: IncomingHttpHeaders }> = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ body: Buffer.concat(chunks).toString(), headers: req.headers });
        answer(res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => (received.length = 0));

  // The URL names a host that does not resolve: the connection goes to the pinned address.
  const request = (overrides: Partial<WebhookRequest> = {}): WebhookRequest => ({
    url: new URL(`http://erp.invalid:${port}/hooks`),
    addresses: ['127.0.0.1'],
    eventId: 'evt_abc',
    payload: JSON.stringify({ id: 'evt_abc', type: 'invoice.validated' }),
    secrets: [NEW_SECRET, OLD_SECRET],
    timestamp: new Date(),
    timeoutMs: 2000,
    ...overrides,
  });

  it('posts JSON signed with each secret, verifiable by the standardwebhooks package', async () => {
    answer = (res) => res.writeHead(204).end();
    const report = await new StandardWebhooksSender().send(request());
    expect(report).toMatchObject({ statusCode: 204 });
    expect(report.error).toBeUndefined();
    const [got] = received;
    expect(got.headers).toMatchObject({
      'content-type': 'application/json',
      'webhook-id': 'evt_abc',
    });
    expect(String(got.headers['user-agent'])).toContain('factus-api-webhooks');
    for (const secret of [NEW_SECRET, OLD_SECRET])
      expect(new Webhook(secret).verify(got.body, got.headers as Record<string, string>)).toEqual({
        id: 'evt_abc',
        type: 'invoice.validated',
      });
  });

  it('does not follow a redirect: a 3xx is a failed attempt', async () => {
    answer = (res) => res.writeHead(302, { location: 'http://169.254.169.254/' }).end();
    const report = await new StandardWebhooksSender().send(request());
    expect(report).toMatchObject({ statusCode: 302, error: 'HTTP 302' });
    expect(received).toHaveLength(1);
  });

  it('gives up at the timeout', async () => {
    answer = () => undefined; // never answers
    const report = await new StandardWebhooksSender().send(request({ timeoutMs: 200 }));
    expect(report.statusCode).toBeUndefined();
    expect(report.error).toBe('timed out');
  });

  it('reports a refused connection without a status', async () => {
    const report = await new StandardWebhooksSender().send(
      request({ url: new URL('http://erp.invalid:1/hooks') }),
    );
    expect(report.statusCode).toBeUndefined();
    expect(report.error).toMatch(/ECONNREFUSED/);
  });
});
