import request from 'supertest';
import { Webhook } from 'standardwebhooks';
import { officialExampleInvoice } from './support/invoice-fixtures';
import { pollUntil, untilState } from './support/ledger-polling';
import { createTestDatabase, TestDatabase } from './support/test-database';
import { loginAsDemo, startTestService, TestService } from './support/test-service';
import { ReceivedWebhook, WebhookReceiver } from './support/webhook-receiver';

// Real services on PostgreSQL: sized for a loaded 2-core machine, not Jest's 5 s.
jest.setTimeout(90_000);

/** Loopback receiver (private targets allowed); retries fast enough for a test. */
const WEBHOOK_ENV = {
  WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
  WEBHOOK_RETRY_SCHEDULE: '0,50ms,50ms,50ms',
  WEBHOOK_POLL_MS: '50',
  LEDGER_POLL_MS: '50',
};
const ASYNC = { Prefer: 'respond-async' };

interface Payload {
  id: string;
  type: string;
  createdAt: string;
  data: { referenceCode?: string; state?: string };
}

/** Verifies like a receiver would (throws on a bad signature), and returns the payload. */
function verified(secret: string, delivery: ReceivedWebhook): Payload {
  return new Webhook(secret).verify(
    delivery.body,
    delivery.headers as Record<string, string>,
  ) as Payload;
}

const ofReference = (referenceCode: string) => (delivery: ReceivedWebhook) =>
  (JSON.parse(delivery.body) as Payload).data.referenceCode === referenceCode;

describe('Webhook delivery (e2e)', () => {
  const receiver = new WebhookReceiver();
  let database: TestDatabase;
  let service: TestService;
  let auth: { Authorization: string };

  beforeAll(async () => {
    await receiver.start();
    database = await createTestDatabase({ migrate: false });
    service = await startTestService({ env: { ...WEBHOOK_ENV, DATABASE_URL: database.url } });
    auth = await loginAsDemo(service);
  });
  afterAll(async () => {
    await service?.close();
    await receiver.close();
    await database?.drop();
  });

  const api = (s: TestService = service) => request(s.url);
  const createEndpoint = async (path: string, events = ['invoice.validated']) => {
    const response = await api()
      .post('/api/v1/webhook-endpoints')
      .set(auth)
      .send({ url: `${receiver.url}${path}`, events })
      .expect(201);
    return response.body as { id: string; secret: string; enabled: boolean };
  };
  const issueAsync = async () => {
    const body = officialExampleInvoice();
    await api().post('/api/v1/invoices').set(auth).set(ASYNC).send(body).expect(202);
    await untilState(
      service.url,
      `/api/v1/invoices/by-reference/${body.referenceCode}`,
      auth,
      'validated',
    );
    return body.referenceCode;
  };
  const attemptsOf = async (endpointId: string) =>
    (await api().get(`/api/v1/webhook-endpoints/${endpointId}/deliveries`).set(auth).expect(200))
      .body.data as Array<{ attempt: number; statusCode?: number; error?: string }>;
  const removeEndpoint = (id: string) =>
    api().delete(`/api/v1/webhook-endpoints/${id}`).set(auth).expect(204);

  it('delivers an invoice issued asynchronously exactly once, as one invoice.validated that verifies; redeliver sends it again with the same webhook-id', async () => {
    const endpoint = await createEndpoint('/once');
    const reference = await issueAsync();
    const [delivery] = await pollUntil(
      () => Promise.resolve(receiver.at('/once').filter(ofReference(reference))),
      (found) => found.length > 0,
      30_000,
    );
    const payload = verified(endpoint.secret, delivery);
    expect(payload).toMatchObject({
      type: 'invoice.validated',
      data: { referenceCode: reference, state: 'validated' },
    });
    expect(payload.id).toMatch(/^evt_/);
    expect(delivery.headers['webhook-id']).toBe(payload.id);
    expect(delivery.headers['content-type']).toBe('application/json');

    const attempts = await pollUntil(
      async () => attemptsOf(endpoint.id),
      (data) => data.length > 0,
    );
    expect(attempts).toEqual([
      expect.objectContaining({
        eventId: payload.id,
        attempt: 1,
        statusCode: 200,
        durationMs: expect.any(Number),
      }),
    ]);
    // Nothing more comes: one event of that type for that document, one delivery of it.
    const deliveries = receiver.at('/once').filter(ofReference(reference));
    expect(deliveries.map((d) => (JSON.parse(d.body) as Payload).type)).toEqual([
      'invoice.validated',
    ]);

    // Redelivery: the same event again, same webhook-id (the receiver deduplicates on it).
    const redelivered = await api()
      .post(`/api/v1/events/${payload.id}/redeliver`)
      .set(auth)
      .expect(202);
    expect(redelivered.body).toEqual({ deliveries: 1 });
    const both = await pollUntil(
      () => Promise.resolve(receiver.at('/once').filter(ofReference(reference))),
      (found) => found.length === 2,
      30_000,
    );
    expect(verified(endpoint.secret, both[1]).id).toBe(payload.id);
    expect(both[1].headers['webhook-id']).toBe(payload.id);
    await api().post('/api/v1/events/evt_nope/redeliver').set(auth).expect(404);
    await removeEndpoint(endpoint.id);
  });

  it('retries a receiver answering 500 three times: the fourth try, same webhook-id, is delivered', async () => {
    receiver.script('/flaky', [500, 500, 500]);
    const endpoint = await createEndpoint('/flaky');
    const reference = await issueAsync();
    const tries = await pollUntil(
      () => Promise.resolve(receiver.at('/flaky').filter(ofReference(reference))),
      (found) => found.some((d) => d.status === 200),
      30_000,
    );
    expect(tries.map((d) => d.status)).toEqual([500, 500, 500, 200]);
    const ids = new Set(tries.map((d) => d.headers['webhook-id']));
    expect(ids.size).toBe(1);
    for (const delivery of tries) verified(endpoint.secret, delivery);

    // The receiver has answered the fourth try; its record is written once that answer is read.
    const attempts = await pollUntil(
      async () =>
        (
          await api()
            .get(`/api/v1/webhook-endpoints/${endpoint.id}/deliveries`)
            .set(auth)
            .expect(200)
        ).body.data as Array<{ attempt: number; statusCode: number; error?: string }>,
      (recorded) => recorded.length >= 4,
    );
    expect(attempts.map((a) => [a.attempt, a.statusCode])).toEqual([
      [4, 200],
      [3, 500],
      [2, 500],
      [1, 500],
    ]);
    expect(attempts[1].error).toBe('HTTP 500');
    const metrics = (await api().get('/metrics').expect(200)).text;
    expect(metrics).toMatch(/^webhook_deliveries_total\{outcome="failed"\} [1-9]/m);
    expect(metrics).toMatch(/^webhook_deliveries_total\{outcome="succeeded"\} [1-9]/m);
    expect(metrics).toMatch(/^webhook_deliveries_pending \d+/m);
    expect(metrics).toMatch(/^webhook_oldest_undelivered_seconds \d/m);
    await removeEndpoint(endpoint.id);
  });

  it('disables an endpoint that answers 410 Gone, and stops sending to it', async () => {
    receiver.script('/gone', [410]);
    const endpoint = await createEndpoint('/gone');
    await issueAsync();
    const disabled = await pollUntil(
      async () =>
        (await api().get(`/api/v1/webhook-endpoints/${endpoint.id}`).set(auth).expect(200))
          .body as { enabled: boolean },
      (body: { enabled: boolean }) => body.enabled === false,
      30_000,
    );
    expect(disabled).toMatchObject({ enabled: false, disabledReason: '410 Gone' });
    // The account learns it from the event log (and its other endpoints, if subscribed).
    const events = await database.db
      .selectFrom('events')
      .select(['type', 'data'])
      .where('type', '=', 'webhook_endpoint.disabled')
      .execute();
    expect(events.map((e) => e.data)).toContainEqual(
      expect.objectContaining({ endpointId: endpoint.id, reason: '410 Gone' }),
    );
    // The next event of the account is not sent to it.
    await issueAsync();
    const later = await database.db
      .selectFrom('webhook_deliveries')
      .select('id')
      .where('endpoint_id', '=', endpoint.id)
      .execute();
    expect(later).toHaveLength(1);
    expect(receiver.at('/gone')).toHaveLength(1);
    await removeEndpoint(endpoint.id);
  });

  it('signs during a rotation overlap with both secrets: the old and the new one verify', async () => {
    const endpoint = await createEndpoint('/rotated');
    const rotated = await api()
      .post(`/api/v1/webhook-endpoints/${endpoint.id}/rotate-secret`)
      .set(auth)
      .expect((r) => expect([200, 201]).toContain(r.status));
    const newSecret = (rotated.body as { secret: string }).secret;
    expect(newSecret).not.toBe(endpoint.secret);
    const reference = await issueAsync();
    const [delivery] = await pollUntil(
      () => Promise.resolve(receiver.at('/rotated').filter(ofReference(reference))),
      (found) => found.length > 0,
      30_000,
    );
    expect(String(delivery.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verified(newSecret, delivery).data.referenceCode).toBe(reference);
    expect(verified(endpoint.secret, delivery).data.referenceCode).toBe(reference);
    await removeEndpoint(endpoint.id);
  });

  it('loses nothing when the service restarts mid-retry: the next one on the same database delivers it once', async () => {
    // Only the service under test delivers (the main one, on the same database, retries faster).
    await service.close();
    // The first try fails; the retry (5 s ± 10 %) is due later than the restart takes.
    const slow = await startTestService({
      env: { ...WEBHOOK_ENV, WEBHOOK_RETRY_SCHEDULE: '0,5s', DATABASE_URL: database.url },
    });
    let next: TestService | undefined;
    try {
      const slowAuth = await loginAsDemo(slow);
      receiver.script('/restart', [500]);
      const created = await api(slow)
        .post('/api/v1/webhook-endpoints')
        .set(slowAuth)
        .send({ url: `${receiver.url}/restart`, events: ['invoice.validated'] })
        .expect(201);
      const { secret } = created.body as { secret: string };
      const body = officialExampleInvoice();
      await api(slow).post('/api/v1/invoices').set(slowAuth).set(ASYNC).send(body).expect(202);
      await pollUntil(
        () => Promise.resolve(receiver.at('/restart')),
        (found) => found.length === 1,
        30_000,
      );
      await slow.close();
      expect(receiver.at('/restart')).toHaveLength(1);

      next = await startTestService({
        env: { ...WEBHOOK_ENV, WEBHOOK_RETRY_SCHEDULE: '0,5s', DATABASE_URL: database.url },
      });
      const tries = await pollUntil(
        () => Promise.resolve(receiver.at('/restart')),
        (found) => found.length >= 2,
        30_000,
      );
      expect(tries.map((d) => d.status)).toEqual([500, 200]);
      expect(tries[1].headers['webhook-id']).toBe(tries[0].headers['webhook-id']);
      expect(verified(secret, tries[1]).data.referenceCode).toBe(body.referenceCode);
      // No third request: the delivery is done (settled once the 200 came back).
      await pollUntil(
        async () =>
          await database.db
            .selectFrom('webhook_deliveries')
            .select('state')
            .where('endpoint_id', '=', (created.body as { id: string }).id)
            .execute(),
        (rows) => rows.length === 1 && rows[0].state === 'succeeded',
      );
      expect(receiver.at('/restart')).toHaveLength(2);
    } finally {
      await slow.close().catch(() => undefined);
      service = next ?? service;
    }
  });

  it('delivered every event with exactly one 2xx per endpoint (the redelivered one twice, by request)', () => {
    const successes = new Map<string, number>();
    for (const delivery of receiver.received.filter((d) => d.status >= 200 && d.status < 300)) {
      const key = `${delivery.path} ${String(delivery.headers['webhook-id'])}`;
      successes.set(key, (successes.get(key) ?? 0) + 1);
    }
    const counts = [...successes].map(([key, n]) => [key.split(' ')[0], n]);
    expect(counts.filter(([path]) => path !== '/once').every(([, n]) => n === 1)).toBe(true);
    expect(counts.filter(([path]) => path === '/once').map(([, n]) => n)).toContain(2);
    expect(counts.length).toBeGreaterThanOrEqual(4);
  });
});
