import { resetLedger } from './support/ledger-reset';
import request from 'supertest';
import { officialExampleInvoice, uniqueReference } from './support/invoice-fixtures';
import { SimulatorControl } from './support/simulator-control';
import { loginAsDemo, PROBLEM_JSON, startTestService, TestService } from './support/test-service';

/** A note on `billNumber` with the official example's lines (total 83 300) unless told otherwise. */
function aNote(billNumber: string, overrides: Record<string, unknown> = {}) {
  const {
    customer: _c,
    document: _d,
    operationType: _o,
    numberingRangeId: _n,
    ...invoice
  } = officialExampleInvoice();
  return {
    ...invoice,
    referenceCode: uniqueReference('NOTE'),
    correctionConceptCode: '2',
    billNumber,
    ...overrides,
  };
}

const ONE_UNIT_OF_B = {
  items: [
    {
      codeReference: 'PROD-000B',
      name: 'Producto B',
      quantity: '1.00',
      price: '20000.00',
      unitMeasureCode: '94',
      standardCode: '999',
      taxes: [{ code: '01', rate: '19.00' }],
    },
  ],
  paymentDetails: [{ paymentForm: '1', paymentMethodCode: '42', amount: '23800.00' }],
};

describe('Credit and debit notes (e2e, against the simulator)', () => {
  let service: TestService;
  let sim: SimulatorControl;
  let auth: { Authorization: string };
  let invoiceNumber: string;

  beforeAll(async () => {
    service = await startTestService();
    sim = new SimulatorControl(service.simulator.url);
  });
  afterAll(() => service.close());
  beforeEach(async () => {
    await sim.reset();
    await resetLedger(service);
    auth = await loginAsDemo(service);
    invoiceNumber = (
      await request(service.url)
        .post('/api/v1/invoices')
        .set(auth)
        .send(officialExampleInvoice())
        .expect(201)
    ).body.number;
  });

  const credit = (body: object) =>
    request(service.url).post('/api/v1/credit-notes').set(auth).send(body);
  const debit = (body: object) =>
    request(service.url).post('/api/v1/debit-notes').set(auth).send(body);

  it('voids an invoice with a credit note (201, CUDE), and the invoice lists it', async () => {
    const response = await credit(aNote(invoiceNumber)).expect(201);
    expect(response.body).toMatchObject({
      status: 'validated',
      billNumber: invoiceNumber,
      totals: { total: '83300.00' },
    });
    expect(response.body.cude).toMatch(/^[0-9a-f]{96}$/);
    expect(response.body).not.toHaveProperty('cufe');
    expect(response.body.number).toMatch(/^NC/);
    expect(response.body.links.pdf).toBe(`/api/v1/credit-notes/${response.body.number}/pdf`);

    const invoice = await request(service.url)
      .get(`/api/v1/invoices/${invoiceNumber}`)
      .set(auth)
      .expect(200);
    expect(invoice.body.relatedNotes.creditNotes).toEqual([
      expect.objectContaining({ number: response.body.number, total: '83300.00' }),
    ]);
  });

  it('refuses a second credit note once the invoice is voided, stating what remains', async () => {
    await credit(aNote(invoiceNumber)).expect(201);
    const response = await credit(
      aNote(invoiceNumber, { correctionConceptCode: '1', ...ONE_UNIT_OF_B }),
    ).expect(422);
    expect(response.body.code).toBe('CREDIT_EXCEEDS_INVOICE_REMAINDER');
    expect(response.body.remaining).toBe('0.00');
    expect(response.body.detail).toContain('only 0.00 remains creditable');
  });

  it('refuses a credit note above the creditable remainder, and accepts one within it', async () => {
    await credit(aNote(invoiceNumber, { correctionConceptCode: '1', ...ONE_UNIT_OF_B })).expect(
      201,
    );
    const tooMuch = await credit(aNote(invoiceNumber, { correctionConceptCode: '1' })).expect(422);
    expect(tooMuch.body).toMatchObject({
      code: 'CREDIT_EXCEEDS_INVOICE_REMAINDER',
      remaining: '59500.00',
      requested: '83300.00',
    });
    await credit(aNote(invoiceNumber, { correctionConceptCode: '1', ...ONE_UNIT_OF_B })).expect(
      201,
    );
  });

  it('answers 404 for a credit note on an unknown invoice, without creating anything', async () => {
    const response = await credit(aNote('SETP999999999'))
      .expect(404)
      .expect('content-type', PROBLEM_JSON);
    expect(response.body.code).toBe('REFERENCED_INVOICE_NOT_FOUND');
    expect(
      (await sim.requests()).filter((r) => r.path === '/v2/credit-notes/validate'),
    ).toHaveLength(0);
  });

  it('answers 409 for a note on an invoice DIAN has not validated', async () => {
    await request(service.simulator.url)
      .post('/__simulator/dian/outcomes')
      .send({ outcome: 'pending' })
      .expect(201);
    const pending = (
      await request(service.url)
        .post('/api/v1/invoices')
        .set(auth)
        .send(officialExampleInvoice())
        .expect(202)
    ).body.number;
    // The pending invoice blocks invoices, not notes: the note is refused by our own check.
    const response = await credit(aNote(pending)).expect(409);
    expect(response.body.code).toBe('REFERENCED_INVOICE_NOT_VALIDATED');
  });

  it('validates the note rules locally with every problem at once', async () => {
    const response = await credit(
      aNote(invoiceNumber, { correctionConceptCode: '9', customizationId: '30' }),
    ).expect(400);
    expect((response.body.errors as Array<{ field: string }>).map((e) => e.field).sort()).toEqual([
      'correctionConceptCode',
      'customizationId',
    ]);
  });

  it('charges interest with a debit note, then shows, lists, downloads and e-mails it', async () => {
    const body = aNote(invoiceNumber, { correctionConceptCode: '1', ...ONE_UNIT_OF_B });
    const created = await debit(body).expect(201);
    const number = created.body.number as string;
    expect(number).toMatch(/^ND/);
    expect(created.body.cude).toMatch(/^[0-9a-f]{96}$/);

    await request(service.url).get(`/api/v1/debit-notes/${number}`).set(auth).expect(200);
    const list = await request(service.url)
      .get('/api/v1/debit-notes')
      .query({ referenceCode: body.referenceCode })
      .set(auth)
      .expect(200);
    expect(list.body.data).toEqual([
      expect.objectContaining({ number, status: 'validated', total: '23800.00' }),
    ]);

    const pdf = await request(service.url)
      .get(`/api/v1/debit-notes/${number}/pdf`)
      .set(auth)
      .buffer(true)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/filename="nd.+\.pdf"/);
    await request(service.url)
      .get(`/api/v1/debit-notes/${number}/pdf`)
      .set(auth)
      .set('If-None-Match', pdf.headers.etag)
      .expect(304);
    await request(service.url)
      .post(`/api/v1/debit-notes/${number}/email`)
      .set(auth)
      .send({ email: 'cliente@example.com' })
      .expect(202);

    const invoice = await request(service.url)
      .get(`/api/v1/invoices/${invoiceNumber}`)
      .set(auth)
      .expect(200);
    expect(invoice.body.relatedNotes.debitNotes).toEqual([expect.objectContaining({ number })]);
  });

  it('gives a note the same status semantics: 202 pending, 422 rejected and deleted at Factus, nothing blocked', async () => {
    await request(service.simulator.url)
      .post('/__simulator/dian/outcomes')
      .send({ outcome: 'pending' })
      .expect(201);
    const body = aNote(invoiceNumber, { correctionConceptCode: '1', ...ONE_UNIT_OF_B });
    const pending = await credit(body).expect(202);
    expect(pending.body.status).toBe('pending');
    expect((await credit(body).expect(201)).body.number).toBe(pending.body.number);

    await request(service.simulator.url)
      .post('/__simulator/dian/outcomes')
      .send({ outcome: 'rejected' })
      .expect(201);
    const rejectedBody = aNote(invoiceNumber, { correctionConceptCode: '1', ...ONE_UNIT_OF_B });
    const rejected = await credit(rejectedBody).expect(422);
    expect(rejected.body.code).toBe('CREDIT_NOTE_REJECTED');
    expect(rejected.body.detail).toMatch(/deleted at Factus so that it blocks no other document/);

    // The rejected note was deleted at Factus: the next one goes through, and its credit counts.
    await credit(aNote(invoiceNumber, { correctionConceptCode: '1', ...ONE_UNIT_OF_B })).expect(
      201,
    );
    const record = await request(service.url)
      .get(`/api/v1/credit-notes/by-reference/${rejectedBody.referenceCode}`)
      .set(auth)
      .expect(200);
    expect(record.body.state).toBe('rejected');
  });

  it('refuses to delete a validated note', async () => {
    const body = aNote(invoiceNumber, { correctionConceptCode: '4', ...ONE_UNIT_OF_B });
    await debit(body).expect(201);
    const response = await request(service.url)
      .delete(`/api/v1/debit-notes/by-reference/${body.referenceCode}`)
      .set(auth)
      .expect(409);
    expect(response.body.code).toBe('DEBIT_NOTE_ALREADY_VALIDATED');
  });

  it('answers 404 for an unknown note', async () => {
    const response = await request(service.url)
      .get('/api/v1/credit-notes/NC999999')
      .set(auth)
      .expect(404);
    expect(response.body.code).toBe('CREDIT_NOTE_NOT_FOUND');
  });
});
