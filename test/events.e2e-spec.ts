import request from 'supertest';
import { officialExampleInvoice } from './support/invoice-fixtures';
import { loginAs, OTHER_USER } from './support/ledger-accounts';
import { ledgerRecord, pollUntil, queueDianOutcome, untilState } from './support/ledger-polling';
import { resetLedger } from './support/ledger-reset';
import { SimulatorControl } from './support/simulator-control';
import { loginAsDemo, PROBLEM_JSON, startTestService, TestService } from './support/test-service';

// Real services on PostgreSQL or PGlite: sized for a loaded 2-core machine, not Jest's 5 s.
jest.setTimeout(60_000);

interface EventBody {
  id: string;
  type: string;
  createdAt: string;
  data: Record<string, unknown> & { range?: { id: number }; reason?: string };
}

/**
 * A worker that wakes often, ranges fetched from Factus on every look (no cache), and a
 * "running low" threshold the sandbox range (5 million numbers left) is under.
 */
const ENV = {
  LEDGER_POLL_MS: '50',
  LEDGER_RETRY_BASE_MS: '100',
  LEDGER_RETRY_MAX_MS: '1000',
  FACTUS_RETRY_MAX: '0',
  NUMBERING_RANGE_CACHE_TTL_MS: '0',
  WEBHOOK_RANGE_LOW_REMAINING: '100000000',
};
const ASYNC = { Prefer: 'respond-async' };
const SANDBOX_INVOICE_RANGE = 389;

/** Each test runs on the machine's PostgreSQL and on the embedded PGlite (DATABASE_URL empty). */
const STORES: Array<[string, Record<string, string>]> = [
  ['PostgreSQL', {}],
  ['the embedded PGlite', { DATABASE_URL: '' }],
];

describe.each(STORES)('The event log on %s (e2e)', (_store, storeEnv) => {
  let service: TestService;
  let sim: SimulatorControl;
  let auth: { Authorization: string };

  beforeAll(async () => {
    service = await startTestService({ env: { ...storeEnv, ...ENV } });
    sim = new SimulatorControl(service.simulator.url);
  });
  afterAll(() => service?.close());
  beforeEach(async () => {
    await sim.reset();
    await resetLedger(service, { events: true });
    auth = await loginAsDemo(service);
  });

  const events = async (query: Record<string, string> = {}, headers = auth) =>
    (await request(service.url).get('/api/v1/events').query(query).set(headers).expect(200))
      .body as { data: EventBody[]; nextCursor?: string };
  const invoiceEvents = async (referenceCode: string) =>
    (await events({ limit: '100' })).data
      .filter((event) => event.type.startsWith('invoice.'))
      .filter((event) => event.data.referenceCode === referenceCode);
  const issueAsync = async (body: object) =>
    (
      await request(service.url)
        .post('/api/v1/invoices')
        .set(auth)
        .set(ASYNC)
        .send(body)
        .expect(202)
    ).headers.location;

  it('logs invoice.validated once, with the record as the API shows it', async () => {
    const body = officialExampleInvoice();
    const location = await issueAsync(body);
    await untilState(service.url, location, auth, 'validated');

    const logged = await pollUntil(
      () => invoiceEvents(body.referenceCode),
      (found) => found.length > 0,
    );

    expect(logged.map((event) => event.type)).toEqual(['invoice.validated']);
    // The record as GET shows it, but for its history (an event is one moment of it).
    const { history: _history, ...record } = await ledgerRecord(service.url, location, auth);
    expect(logged[0].data).toEqual(record);
    expect(logged[0].id).toMatch(/^evt_/);
    const one = await request(service.url)
      .get(`/api/v1/events/${logged[0].id}`)
      .set(auth)
      .expect(200);
    expect(one.body).toEqual(logged[0]);
  });

  it('logs invoice.rejected for a document DIAN rejects', async () => {
    await queueDianOutcome(service.simulator.url, 'rejected');
    const body = officialExampleInvoice();
    const location = await issueAsync(body);
    await untilState(service.url, location, auth, 'rejected');

    const logged = await invoiceEvents(body.referenceCode);

    expect(logged.map((event) => event.type)).toEqual(['invoice.rejected']);
    expect(logged[0].data).toMatchObject({ state: 'rejected', referenceCode: body.referenceCode });
    const filtered = await events({ type: 'invoice.rejected' });
    expect(filtered.data.map((event) => event.id)).toEqual([logged[0].id]);
  });

  it('logs pending_dian then validated, in that order, and after= lists what followed', async () => {
    await queueDianOutcome(service.simulator.url, 'pending');
    const body = officialExampleInvoice();
    const location = await issueAsync(body);
    await untilState(service.url, location, auth, 'validated');

    const newestFirst = await invoiceEvents(body.referenceCode);
    expect(newestFirst.map((event) => event.type)).toEqual([
      'invoice.validated',
      'invoice.pending_dian',
    ]);
    const [validated, pending] = newestFirst;
    expect(pending.data).toMatchObject({
      state: 'pending_dian',
      nextAttemptAt: expect.any(String),
    });

    const caughtUp = await events({ after: pending.id, type: 'invoice.validated' });
    expect(caughtUp.data.map((event) => event.id)).toEqual([validated.id]);
  });

  it('pages the log with an opaque cursor, and refuses bad queries with 400', async () => {
    for (let n = 0; n < 3; n++) {
      const body = officialExampleInvoice();
      await untilState(service.url, await issueAsync(body), auth, 'validated');
    }
    const seen: string[] = [];
    let page = await events({ type: 'invoice.validated', limit: '2' });
    seen.push(...page.data.map((event) => event.id));
    expect(page.nextCursor).toEqual(expect.any(String));
    page = await events({ type: 'invoice.validated', limit: '2', cursor: page.nextCursor! });
    seen.push(...page.data.map((event) => event.id));
    expect(page.nextCursor).toBeUndefined();
    expect(new Set(seen).size).toBe(3);

    for (const query of [{ type: 'invoice.lost' }, { cursor: 'nonsense' }, { after: 'evt_none' }]) {
      const refused = await request(service.url)
        .get('/api/v1/events')
        .query(query)
        .set(auth)
        .expect(400)
        .expect('content-type', PROBLEM_JSON);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
    }
  });

  it("answers 404 EVENT_NOT_FOUND for an unknown event and for another account's", async () => {
    const body = officialExampleInvoice();
    await untilState(service.url, await issueAsync(body), auth, 'validated');
    const [mine] = await invoiceEvents(body.referenceCode);
    const other = await loginAs(service, OTHER_USER);

    for (const [id, headers] of [
      [mine.id, other],
      ['evt_unknown', auth],
    ] as const) {
      const missing = await request(service.url)
        .get(`/api/v1/events/${id}`)
        .set(headers)
        .expect(404)
        .expect('content-type', PROBLEM_JSON);
      expect(missing.body.code).toBe('EVENT_NOT_FOUND');
    }
    expect((await events({}, other)).data.map((event) => event.id)).not.toContain(mine.id);
  });

  it('logs numbering_range.low once for a range under the threshold, however often it is read', async () => {
    for (let look = 0; look < 3; look++)
      await request(service.url).get('/api/v1/numbering-ranges').set(auth).expect(200);

    const low = (await events({ type: 'numbering_range.low', limit: '100' })).data.filter(
      (event) => event.data.range?.id === SANDBOX_INVOICE_RANGE,
    );

    expect(low).toHaveLength(1);
    expect(low[0].data).toMatchObject({
      reason: 'numbers',
      remaining: expect.any(Number),
      links: { self: `/api/v1/numbering-ranges/${SANDBOX_INVOICE_RANGE}` },
    });
  });
});
