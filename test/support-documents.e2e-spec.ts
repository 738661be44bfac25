import request from 'supertest';
import { uniqueReference } from './support/invoice-fixtures';
import { resetLedger } from './support/ledger-reset';
import { factusDocuments, queueDianOutcome, untilState } from './support/ledger-polling';
import { SimulatorControl } from './support/simulator-control';
import {
  ADJUSTMENT_NOTE_EXAMPLES,
  SUPPORT_DOCUMENT_EXAMPLES,
} from '../src/support-documents/http/support-document-request.examples';
import { loginAs, OTHER_USER } from './support/ledger-accounts';
import { officialSupportDocument } from './support/support-document-fixtures';
import { loginAsDemo, PROBLEM_JSON, startTestService, TestService } from './support/test-service';

jest.setTimeout(60_000);

describe('Support documents (e2e, against the simulator)', () => {
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
    await resetLedger(service, { events: true });
    auth = await loginAsDemo(service);
  });

  const create = (body: object, headers: Record<string, string> = {}) =>
    request(service.url).post('/api/v1/support-documents').set(auth).set(headers).send(body);
  const fieldsOf = (body: { errors?: Array<{ field: string }> }) =>
    (body.errors ?? []).map((e) => e.field).sort();

  it('creates a support document (201) numbered from range 24 with its CUDS, and shows it', async () => {
    const body = officialSupportDocument();
    const created = await create(body).expect(201);
    expect(created.body).toMatchObject({
      referenceCode: body.referenceCode,
      status: 'validated',
      totals: { grossAmount: '80000.00', taxAmount: '15200.00', total: '95200.00' },
      provider: { identification: '2343543', dv: '7', names: 'Pepito Perez' },
      withholdingTaxes: [{ code: '06', name: 'ReteRenta', value: '2800.00' }],
    });
    expect(created.body.number).toMatch(/^SEDS98400\d{4}$/);
    expect(created.body.cuds).toMatch(/^[0-9a-f]{96}$/);
    expect(created.body).not.toHaveProperty('customer');
    expect(created.body).not.toHaveProperty('cufe');
    expect(created.headers.location).toBe(`/api/v1/support-documents/${created.body.number}`);

    const shown = await request(service.url)
      .get(`/api/v1/support-documents/${created.body.number}`)
      .set(auth)
      .expect(200);
    expect(shown.body.cuds).toBe(created.body.cuds);
    expect(shown.body.provider.municipality).toEqual(expect.objectContaining({ code: '68679' }));
    // Sent once (the dv the request left out is computed and sent: the use case's spec shows it).
    expect(
      (await sim.requests()).filter(
        (r) => r.method === 'POST' && r.path === '/v2/support-documents/validate',
      ),
    ).toHaveLength(1);
  });

  it('accepts every documented Swagger example as it stands (201), the adjustment note too', async () => {
    const official = await create(SUPPORT_DOCUMENT_EXAMPLES.official.value).expect(201);
    // The first number of range 391: the one the adjustment-note example corrects.
    expect(official.body).toMatchObject({
      number: ADJUSTMENT_NOTE_EXAMPLES.partialReturn.value.supportDocumentNumber,
      totals: { total: '95200.00' },
      withholdingTaxes: [{ code: '06', value: '2800.00' }],
    });
    const abroad = await create(SUPPORT_DOCUMENT_EXAMPLES.nonResident.value).expect(201);
    expect(abroad.body).toMatchObject({
      totals: { taxAmount: '0.00', total: '120000.00' },
      provider: { country: { code: 'GB' } },
    });
    const note = await request(service.url)
      .post('/api/v1/adjustment-notes')
      .set(auth)
      .send(ADJUSTMENT_NOTE_EXAMPLES.partialReturn.value)
      .expect(201);
    expect(note.body).toMatchObject({
      supportDocumentNumber: official.body.number,
      supportDocumentCuds: official.body.cuds,
      totals: { total: '47600.00' },
    });
  });

  it('refuses fields the support-document pages do not list (400 naming each, nothing sent)', async () => {
    const body = officialSupportDocument();
    const response = await create({
      ...body,
      sendEmail: true,
      currency: { type: 'USD', exchangeRate: '4000.00' },
      items: [{ ...body.items[0], discountRate: undefined, discountAmount: '20000.00' }],
    }).expect(400);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(fieldsOf(response.body)).toEqual(['currency', 'items[0].discountAmount', 'sendEmail']);
    expect(
      (await sim.requests()).filter((r) => r.path === '/v2/support-documents/validate'),
    ).toHaveLength(0);
  });

  it('answers malformed bodies 400 problem+json naming each bad field, never 500', async () => {
    const body = officialSupportDocument();
    const line = body.items[0];
    const cases: Array<[object, string[]]> = [
      [{ ...body, provider: null }, ['provider']],
      [{ ...body, provider: 'Pepito' }, ['provider']],
      [
        { ...body, provider: { ...body.provider, dv: 7, countryCode: 'co' } },
        ['provider.countryCode', 'provider.dv'],
      ],
      [
        { ...body, provider: { ...body.provider, names: '', extra: 1 } },
        ['provider.extra', 'provider.names'],
      ],
      [{ ...body, items: [null] }, ['items']],
      [{ ...body, items: [{ ...line, period: 'weekly' }] }, ['items[0].period']],
      [
        { ...body, items: [{ ...line, period: { generationMode: '3' } }] },
        ['items[0].period.generationMode'],
      ],
      [
        { ...body, items: [{ ...line, period: { generationMode: '2', startDate: '2026-02-30' } }] },
        ['items[0].period.startDate'],
      ],
      [
        { ...body, items: [{ ...line, period: { generationMode: '2' } }] },
        ['items[0].period.startDate'],
      ],
      [{ ...body, numberingRangeId: 'SEDS' }, ['numberingRangeId']],
      [
        { ...body, items: [{ ...line, withholdingTaxes: [{ code: '07', rate: '1.00' }] }] },
        ['items[0].withholdingTaxes[0].code'],
      ],
    ];
    const answers = [];
    for (const [bad] of cases) {
      const response = await create(bad);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      answers.push({ status: response.status, fields: fieldsOf(response.body) });
    }
    expect(answers).toEqual(cases.map(([, fields]) => ({ status: 400, fields })));
  });

  it('keeps each account to its own: another account sees neither the record nor its events', async () => {
    const body = officialSupportDocument();
    const created = await create(body, { Prefer: 'respond-async' }).expect(202);
    const location = created.headers.location;
    await untilState(service.url, location, auth, 'validated');
    const other = await loginAs(service, OTHER_USER);
    const theirs = await request(service.url).get(location).set(other).expect(404);
    expect(theirs.headers['content-type']).toMatch(PROBLEM_JSON);
    const theirEvents = await request(service.url)
      .get('/api/v1/events')
      .query({ type: 'support_document.validated' })
      .set(other)
      .expect(200);
    expect(theirEvents.body.data).toEqual([]);
    const ourEvents = await request(service.url)
      .get('/api/v1/events')
      .query({ type: 'support_document.validated' })
      .set(auth)
      .expect(200);
    expect(ourEvents.body.data).toHaveLength(1);
  });

  it('lists, downloads PDF and XML, and follows the document by reference', async () => {
    const body = officialSupportDocument();
    const { number } = (await create(body).expect(201)).body;
    const list = await request(service.url)
      .get('/api/v1/support-documents')
      .query({ referenceCode: body.referenceCode })
      .set(auth)
      .expect(200);
    expect(list.body.data).toEqual([
      expect.objectContaining({ number, total: '95200.00', identification: '2343543' }),
    ]);
    const pdf = await request(service.url)
      .get(`/api/v1/support-documents/${number}/pdf`)
      .set(auth)
      .expect(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const xml = await request(service.url)
      .get(`/api/v1/support-documents/${number}/xml`)
      .set(auth)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      })
      .expect(200);
    expect(xml.body as string).toContain(number);
    const record = await request(service.url)
      .get(`/api/v1/support-documents/by-reference/${body.referenceCode}`)
      .set(auth)
      .expect(200);
    expect(record.body).toMatchObject({
      documentType: 'support-document',
      state: 'validated',
      number,
    });
    expect(record.body.cuds).toMatch(/^[0-9a-f]{96}$/);
    // No e-mail delivery for support documents (Factus v2 documents none).
    await request(service.url)
      .post(`/api/v1/support-documents/${number}/email`)
      .set(auth)
      .send({ email: 'x@example.com' })
      .expect(404);
  });

  it('answers Prefer: respond-async with 202 and the record turns validated, with its event', async () => {
    const body = officialSupportDocument();
    const accepted = await create(body, { Prefer: 'respond-async' }).expect(202);
    const location = `/api/v1/support-documents/by-reference/${body.referenceCode}`;
    expect(accepted.headers.location).toBe(location);
    const validated = await untilState(service.url, location, auth, 'validated');
    expect(validated.number).toMatch(/^SEDS/);
    expect((validated as { cuds?: string }).cuds).toMatch(/^[0-9a-f]{96}$/);
    const events = await request(service.url)
      .get('/api/v1/events')
      .query({ type: 'support_document.validated' })
      .set(auth)
      .expect(200);
    expect(events.body.data).toEqual([
      expect.objectContaining({
        type: 'support_document.validated',
        data: expect.objectContaining({
          referenceCode: body.referenceCode,
          number: validated.number,
          cuds: (validated as { cuds?: string }).cuds,
        }),
      }),
    ]);
  });

  it('is idempotent by reference and by Idempotency-Key: one document at Factus', async () => {
    const body = officialSupportDocument();
    const key = { 'Idempotency-Key': uniqueReference('KEY') };
    const first = await create(body, key).expect(201);
    const again = await create(body, key).expect(201);
    expect(again.body.number).toBe(first.body.number);
    const replay = await create(body).expect(201);
    expect(replay.body.number).toBe(first.body.number);
    const reused = await create({ ...body, observation: 'otra cosa' }).expect(409);
    expect(reused.body.code).toBe('REFERENCE_CODE_REUSED');
    expect(
      await factusDocuments(service.simulator.url, { reference_code: body.referenceCode }),
    ).toHaveLength(1);
  });

  it('refuses locally (400, nothing sent) a provider type, municipality abroad, a non-IVA tax and bad payments, naming each field', async () => {
    const body = officialSupportDocument();
    const response = await create({
      ...body,
      provider: { ...body.provider, identificationDocumentCode: '13', countryCode: 'US' },
      items: [{ ...body.items[0], taxes: [{ code: '04', rate: '8.00' }] }],
    }).expect(400);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(fieldsOf(response.body)).toEqual(
      expect.arrayContaining([
        'items[0].taxes[0].code',
        'paymentDetails',
        'provider.identificationDocumentCode',
        'provider.municipalityCode',
      ]),
    );
    const wrongDv = await create({ ...body, provider: { ...body.provider, dv: '3' } }).expect(400);
    expect(fieldsOf(wrongDv.body)).toEqual(['provider.dv']);
    // An invoice range (document 21) is not a support-document range (24).
    const invoiceRange = await create({ ...body, numberingRangeId: 389 }).expect(400);
    expect(fieldsOf(invoiceRange.body)).toEqual(['numberingRangeId']);
    await create({ ...officialSupportDocument(), numberingRangeId: 391 }).expect(201);
    const withCustomer = await create({ ...body, customer: body.provider }).expect(400);
    expect(fieldsOf(withCustomer.body)).toEqual(['customer']);
    // Only the one valid document reached Factus.
    expect(
      (await sim.requests()).filter((r) => r.path === '/v2/support-documents/validate'),
    ).toHaveLength(1);
  });

  it('issues to a provider abroad (foreign identification, no municipality, excluded line)', async () => {
    const created = await create({
      referenceCode: uniqueReference('DS'),
      paymentDetails: [{ paymentForm: '1', paymentMethodCode: '47', amount: '120000.00' }],
      provider: {
        identificationDocumentCode: '42',
        identification: 'P-99887766',
        names: 'John Smith',
        address: '221B Baker Street, London',
        countryCode: 'GB',
      },
      items: [
        {
          codeReference: 'SRV-01',
          name: 'Consultoría remota',
          quantity: '1.00',
          price: '120000.00',
          unitMeasureCode: '94',
          standardCode: '999',
          taxes: [{ isExcluded: true }],
        },
      ],
    }).expect(201);
    expect(created.body).toMatchObject({
      status: 'validated',
      totals: { taxAmount: '0.00', total: '120000.00' },
      provider: { identification: 'P-99887766', country: { code: 'GB' } },
    });
  });

  it('answers a rejection 422 and deletes the rejected document at Factus; refuses to delete a validated one', async () => {
    await queueDianOutcome(service.simulator.url, 'rejected');
    const body = officialSupportDocument();
    const rejected = await create(body).expect(422);
    expect(rejected.body.code).toBe('SUPPORT_DOCUMENT_REJECTED');
    expect(rejected.body.detail).toMatch(/deleted at Factus/);
    expect(
      await factusDocuments(service.simulator.url, { reference_code: body.referenceCode }),
    ).toHaveLength(0);
    const validated = officialSupportDocument();
    await create(validated).expect(201);
    const refused = await request(service.url)
      .delete(`/api/v1/support-documents/by-reference/${validated.referenceCode}`)
      .set(auth)
      .expect(409);
    expect(refused.body.code).toBe('SUPPORT_DOCUMENT_ALREADY_VALIDATED');
  });

  it('answers 404 SUPPORT_DOCUMENT_NOT_FOUND for an unknown number', async () => {
    const missing = await request(service.url)
      .get('/api/v1/support-documents/SEDS999')
      .set(auth)
      .expect(404);
    expect(missing.body.code).toBe('SUPPORT_DOCUMENT_NOT_FOUND');
  });
});
