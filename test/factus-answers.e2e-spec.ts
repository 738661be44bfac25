import { resetLedger } from './support/ledger-reset';
import request from 'supertest';
import { officialExampleInvoice, uniqueReference } from './support/invoice-fixtures';
import { SimulatorControl } from './support/simulator-control';
import { loginAsDemo, startTestService, TestService } from './support/test-service';

/**
 * Issue 14, "Speak real Factus v2": the answers the official v2 pages document, read right, over
 * real HTTP against the simulator (which produces the documented shapes).
 */
describe('Factus v2 answers read as documented (e2e)', () => {
  let service: TestService;
  let sim: SimulatorControl;
  let auth: { Authorization: string };

  beforeAll(async () => {
    service = await startTestService();
    sim = new SimulatorControl(service.simulator.url);
  });
  afterAll(() => service.close());
  beforeEach(async () => {
    await sim.reset();
    await resetLedger(service);
    auth = await loginAsDemo(service);
  });

  const create = (body: object) =>
    request(service.url).post('/api/v1/invoices').set(auth).send(body);
  const outcome = (spec: object) =>
    request(service.simulator.url).post('/__simulator/dian/outcomes').send(spec).expect(201);

  it('reads a DIAN rejection from a 201 body (is_validated false and "Rechazo"): 422 INVOICE_REJECTED', async () => {
    await outcome({ outcome: 'rejected', rule: 'FAK24', message: 'No está informado el DV' });
    const response = await create(officialExampleInvoice()).expect(422);
    expect(response.body.code).toBe('INVOICE_REJECTED');
    expect(response.body.dianMessages).toEqual([
      { rule: 'FAK24', kind: 'rejection', message: 'No está informado el DV' },
    ]);
  });

  it('answers a resend of a validated invoice, which Factus answers with rule 90, as that invoice (201)', async () => {
    const body = officialExampleInvoice();
    const first = await create(body).expect(201);
    const again = await create(body).expect(201);
    expect(again.body).toMatchObject({ number: first.body.number, status: 'validated' });
  });

  it('never advises deleting for rule 90: followed as pending_dian with DOCUMENT_ALREADY_PROCESSED after looking it up, and the list does not call it rejected', async () => {
    await outcome({ outcome: 'rule90' });
    const body = officialExampleInvoice();
    const response = await create(body).expect(202);
    expect(response.body.state).toBe('pending_dian');
    expect(response.body.lastError.code).toBe('DOCUMENT_ALREADY_PROCESSED');
    expect(response.body.lastError.message).toMatch(/Do not delete it and do not resend it/);
    expect(response.body.lastError.message).not.toMatch(/delete it with/i);
    const lookups = (await sim.requests()).filter((r) => r.method === 'GET');
    expect(lookups.map((r) => r.path)).toEqual([
      '/v2/bills',
      expect.stringMatching(/^\/v2\/bills\//),
    ]);

    const list = await request(service.url)
      .get('/api/v1/invoices')
      .query({ referenceCode: body.referenceCode })
      .set(auth)
      .expect(200);
    expect(list.body.data[0].status).not.toBe('rejected');
    const shown = await request(service.url)
      .get(`/api/v1/invoices/${list.body.data[0].number as string}`)
      .set(auth)
      .expect(200);
    expect(shown.body.status).not.toBe('rejected');
  });

  it('lists rows nested as the v2 list example gives them, never with an empty identification or name', async () => {
    await create(officialExampleInvoice()).expect(201);
    const list = await request(service.url).get('/api/v1/invoices').set(auth).expect(200);
    expect(list.body.data[0]).toMatchObject({
      identification: '900825759',
      customerName: 'Alan company name',
      status: 'validated',
      validatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-05:00$/),
    });
  });

  it("answers status=pending|rejected with pagination that is true, not Factus's unfiltered total", async () => {
    await create(officialExampleInvoice()).expect(201);
    await outcome({ outcome: 'pending' });
    await create(officialExampleInvoice()).expect(202);
    const list = (status: string) =>
      request(service.url).get('/api/v1/invoices').query({ status }).set(auth).expect(200);
    const rejected = await list('rejected');
    expect(rejected.body.data).toEqual([]);
    expect(rejected.body.pagination).toMatchObject({ total: 0, lastPage: 1, hasMore: false });
    const pending = await list('pending');
    expect(pending.body.data).toHaveLength(1);
    expect(pending.body.pagination).toMatchObject({ total: 1, lastPage: 1 });
  });

  it('refuses sector invoices it does not model yet with a 400 naming the field, sending nothing', async () => {
    for (const operationType of ['12', 'SS-CUFE']) {
      const response = await create({ ...officialExampleInvoice(), operationType }).expect(400);
      expect(response.body.errors).toEqual([
        { field: 'operationType', message: expect.stringMatching(/does not support yet/) },
      ]);
    }
    const invoice = officialExampleInvoice();
    const withConcept = {
      ...invoice,
      items: [{ ...invoice.items[0], collectionConceptCode: '01' }, invoice.items[1]],
    };
    const response = await create(withConcept).expect(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'items[0].collectionConceptCode' }),
    ]);
    expect((await sim.requests()).filter((r) => r.path === '/v2/bills/validate')).toEqual([]);
  });

  it('answers due dates as ISO 8601 days (Factus sends DD-MM-YYYY)', async () => {
    const body = {
      ...officialExampleInvoice(),
      paymentDetails: [
        {
          paymentForm: '2',
          paymentMethodCode: '42',
          referenceCode: 'p',
          amount: '83300',
          dueDate: '2099-06-30',
        },
      ],
    };
    const created = await create(body).expect(201);
    expect(created.body.paymentDetails[0].dueDate).toBe('2099-06-30');
  });

  it('deletes with the documented 200, and maps a refused deletion by what Factus says', async () => {
    await outcome({ outcome: 'pending' });
    const body = officialExampleInvoice();
    await create(body).expect(202);
    await request(service.url)
      .delete(`/api/v1/invoices/by-reference/${body.referenceCode}`)
      .set(auth)
      .expect(204);
    const validated = officialExampleInvoice();
    await create(validated).expect(201);
    const refused = await request(service.url)
      .delete(`/api/v1/invoices/by-reference/${validated.referenceCode}`)
      .set(auth)
      .expect(409);
    expect(refused.body.code).toBe('INVOICE_ALREADY_VALIDATED');
  });

  async function aNoteBody(concept: string) {
    const invoice = await create(officialExampleInvoice()).expect(201);
    const {
      customer: _c,
      document: _d,
      operationType: _o,
      numberingRangeId: _n,
      ...rest
    } = officialExampleInvoice(uniqueReference('NOTE'));
    return { ...rest, correctionConceptCode: concept, billNumber: invoice.body.number as string };
  }

  describe.each([
    ['invoices', () => Promise.resolve(officialExampleInvoice())],
    ['credit-notes', () => aNoteBody('1')],
    ['debit-notes', () => aNoteBody('4')],
  ])('%s: e-mail with an own PDF, e-mail content and AttachedDocument', (collection, bodyOf) => {
    it('serves them', async () => {
      const created = await request(service.url)
        .post(`/api/v1/${collection}`)
        .set(auth)
        .send(await bodyOf())
        .expect(201);
      const number = created.body.number as string;
      const path = `/api/v1/${collection}/${number}`;

      const pdf = Buffer.from('%PDF-1.4 own graphic representation').toString('base64');
      await request(service.url)
        .post(`${path}/email`)
        .set(auth)
        .send({ email: 'cliente@example.com', pdfBase64Encoded: pdf })
        .expect(202);
      const sent = (await sim.requests()).filter((r) => r.path.endsWith('/send-email'));
      expect(sent).toHaveLength(1);
      const bad = await request(service.url)
        .post(`${path}/email`)
        .set(auth)
        .send({ email: 'cliente@example.com', pdfBase64Encoded: 'not base64!' })
        .expect(400);
      expect(bad.body.errors).toEqual([
        { field: 'pdfBase64Encoded', message: 'pdfBase64Encoded must be base64' },
      ]);

      const content = await request(service.url).get(`${path}/email-content`).set(auth).expect(200);
      expect(content.body.subject).toContain(`;${number};`);
      const zip = Buffer.from(content.body.zipBase64Encoded as string, 'base64');
      expect(zip.readUInt32LE(0)).toBe(0x04034b50);

      const attached = await request(service.url)
        .get(`${path}/attached-document`)
        .set(auth)
        .expect(200)
        .expect('content-type', /application\/xml/);
      expect(attached.headers['content-disposition']).toMatch(/filename="ad\d+\.xml"/);
      expect(String(attached.text ?? attached.body)).toContain('<AttachedDocument');
      await request(service.url)
        .get(`${path}/attached-document`)
        .set(auth)
        .set('if-none-match', attached.headers.etag)
        .expect(304);
      await request(service.url)
        .get(`/api/v1/${collection}/X404/email-content`)
        .set(auth)
        .expect(404);
    });
  });
});

describe('The unknown-outcome lookup has its own deadline (e2e)', () => {
  const TIMEOUT_MS = 400;
  const RETRIES = 1;
  let service: TestService;
  let sim: SimulatorControl;

  beforeAll(async () => {
    service = await startTestService({
      env: {
        FACTUS_USERNAME: 'demo@simulator.factus.local',
        FACTUS_PASSWORD: 'demo-password',
        FACTUS_TIMEOUT_MS: String(TIMEOUT_MS),
        FACTUS_RETRY_MAX: String(RETRIES),
        FACTUS_RETRY_BASE_DELAY_MS: '20',
        FACTUS_RETRY_MAX_DELAY_MS: '50',
        FACTUS_BREAKER_THRESHOLD: '1000',
        // Answer as soon as the attempt is over: what is measured is the attempt's own bound.
        SYNC_WAIT_MS: '0',
      },
    });
    sim = new SimulatorControl(service.simulator.url);
  });
  afterAll(() => service.close());

  it('ends an attempt whose answer and lookup both hang within FACTUS_TIMEOUT_MS × (1 + retries) + one lookup, and keeps the invoice queued', async () => {
    // Warm up the managed session and the range cache so that only the create is measured.
    await request(service.url).get('/api/v1/numbering-ranges').expect(200);
    await sim.fault({
      type: 'latency',
      latencyMs: 5000,
      route: 'POST /v2/bills/validate',
      count: 10,
    });
    await sim.fault({ type: 'latency', latencyMs: 5000, route: 'GET /v2/bills', count: 10 });
    const body = officialExampleInvoice(uniqueReference('HANG'));
    const started = Date.now();
    const response = await request(service.url).post('/api/v1/invoices').send(body).expect(202);
    const elapsed = Date.now() - started;
    expect(response.body).toMatchObject({
      state: 'queued',
      attempts: 1,
      lastError: { code: 'INVOICE_OUTCOME_UNKNOWN' },
    });
    // (1 + retries) attempts and one lookup, each bounded by the timeout, plus the backoff
    // (≤ 50 ms) and room for a loaded 2-core machine.
    expect(elapsed).toBeLessThan(TIMEOUT_MS * (1 + RETRIES) + TIMEOUT_MS + 50 + 600);
    await request(service.simulator.url).delete('/__simulator/faults').expect(200);
  }, 30_000);
});
