import request from 'supertest';
import { DATABASE, Database } from '../src/database/database.tokens';
import { officialExampleInvoice, uniqueReference } from './support/invoice-fixtures';
import { SimulatorControl } from './support/simulator-control';
import { DEMO_LOGIN, PROBLEM_JSON, startTestService, TestService } from './support/test-service';

jest.setTimeout(120_000);

const ERP = 'erp-key-0123456789abcdef';
const POS = 'pos-key-fedcba9876543210';
/** Long enough for a request to be seen running, far below the service's Factus deadline. */
const SLOW_FACTUS_MS = 1_500;

describe('Idempotency-Key (e2e, PostgreSQL and the simulator)', () => {
  let service: TestService;
  let sim: SimulatorControl;

  beforeAll(async () => {
    service = await startTestService({
      env: {
        API_KEYS: `${ERP},${POS}`,
        FACTUS_USERNAME: DEMO_LOGIN.email,
        FACTUS_PASSWORD: DEMO_LOGIN.password,
        FACTUS_TIMEOUT_MS: '20000',
      },
    });
    sim = new SimulatorControl(service.simulator.url);
  });
  afterAll(() => service?.close());
  beforeEach(() => sim.reset());

  const create = (body: object, key: string, apiKey = ERP) =>
    request(service.url)
      .post('/api/v1/invoices')
      .set('X-API-Key', apiKey)
      .set('Idempotency-Key', key)
      .send(body);
  /** Invoices Factus created (a create refused for a stale token and replayed is not one). */
  const creates = async () =>
    (await sim.requests()).filter(
      (r) => r.method === 'POST' && r.path === '/v2/bills/validate' && r.status === 201,
    );

  /** Until the first request holds its key (the row is written before the handler runs). */
  async function keyHeld(key: string): Promise<void> {
    const db = service.app.get<Database>(DATABASE);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const row = await db
        .selectFrom('idempotency_keys')
        .select('state')
        .where('key', '=', key)
        .executeTakeFirst();
      if (row?.state === 'running') return;
      if (Date.now() > deadline) throw new Error(`the key ${key} was never held`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('replays an invoice create: the same status, Location and body, and Factus saw one create', async () => {
    const key = uniqueReference('KEY');
    const body = officialExampleInvoice();
    const first = await create(body, key).expect(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();

    const again = await create(body, key).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers.location).toBe(first.headers.location);
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    expect(again.text).toBe(first.text);
    expect(await creates()).toHaveLength(1);
  });

  it('refuses the key with another body: 422 IDEMPOTENCY_KEY_REUSED, nothing sent', async () => {
    const key = uniqueReference('KEY');
    await create(officialExampleInvoice(), key).expect(201);

    const reused = await create(officialExampleInvoice(), key).expect(422);
    expect(reused.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await creates()).toHaveLength(1);
  });

  it('answers a second request while the first runs with 409 IDEMPOTENCY_KEY_IN_USE, then the first answer', async () => {
    await sim.fault({
      type: 'latency',
      route: 'POST /v2/bills/validate',
      latencyMs: SLOW_FACTUS_MS,
    });
    const key = uniqueReference('KEY');
    const body = officialExampleInvoice();
    const first = create(body, key).then((response) => response);
    await keyHeld(key);

    const meanwhile = await create(body, key).expect(409);
    expect(meanwhile.body.code).toBe('IDEMPOTENCY_KEY_IN_USE');
    expect(meanwhile.headers['retry-after']).toBe('1');

    const firstAnswer = await first;
    expect(firstAnswer.status).toBe(201);
    const retried = await create(body, key).expect(201);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    expect(retried.text).toBe(firstAnswer.text);
    expect(await creates()).toHaveLength(1);
  });

  it('keeps keys per API key: the same key under another API key is another request', async () => {
    const key = uniqueReference('KEY');
    const erp = await create(officialExampleInvoice(), key, ERP).expect(201);

    const pos = await create(officialExampleInvoice(), key, POS).expect(201);
    expect(pos.headers['idempotent-replayed']).toBeUndefined();
    expect(pos.body.number).not.toBe(erp.body.number);
    expect(await creates()).toHaveLength(2);
  });

  it('replays an e-mail send: a retried e-mail is not sent again (nor spends the daily limit)', async () => {
    const { number } = (await create(officialExampleInvoice(), uniqueReference('KEY')).expect(201))
      .body as { number: string };
    await sim.settings({ emailDailyLimit: 1 });
    const key = uniqueReference('MAIL');
    const email = () =>
      request(service.url)
        .post(`/api/v1/invoices/${number}/email`)
        .set('X-API-Key', ERP)
        .set('Idempotency-Key', key)
        .send({ email: 'cliente@example.com' });

    await email().expect(202);
    const again = await email().expect(202);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.text).toBe('');
    const sent = (await sim.requests()).filter(
      (r) => r.path.endsWith('/send-email') && r.status < 300,
    );
    expect(sent).toHaveLength(1);
  });

  it('refuses a malformed key with 400 IDEMPOTENCY_KEY_INVALID before anything runs', async () => {
    const refused = await create(officialExampleInvoice(), 'has spaces in it').expect(400);
    expect(refused.body.code).toBe('IDEMPOTENCY_KEY_INVALID');
    expect(await creates()).toHaveLength(0);
  });

  it('forgets the key of a failed request, so that the same request can be retried with it', async () => {
    await sim.fault({ type: 'status', route: 'POST /v2/bills/validate', status: 422 });
    const key = uniqueReference('KEY');
    const body = officialExampleInvoice();
    const failed = await create(body, key);
    expect(failed.status).toBeGreaterThanOrEqual(400);

    // The key did not keep the failure: the retry runs (whatever the ledger answers it).
    const retried = await create(body, key);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect(String(retried.body.code)).not.toMatch(/^IDEMPOTENCY_/);
  });
});
