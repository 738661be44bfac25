import request from 'supertest';
import { FactusSimulator } from '../factus-simulator';
import type { JsonBody } from './testing/bill-payloads';
import { adjustmentNote, officialSupportDocument } from './testing/support-payloads';
import { demoAccessToken } from '../testing/demo-token';

/**
 * The simulator's `/v2/support-documents` and `/v2/adjustment-notes` over real HTTP: numbering
 * from ranges 24 and 25, the CUDS, the provider block's rules, the adjustment note's reference,
 * the flat answer of the notas-ajuste pages, files, delete by reference, and no e-mail routes.
 */
describe('Factus simulator: /v2/support-documents and /v2/adjustment-notes', () => {
  const start = Date.parse('2026-05-13T13:21:49Z');
  const simulator = new FactusSimulator({
    now: () => start,
    settings: { rateLimit: 10_000, tokenTtlSeconds: 365 * 24 * 3600 },
  });
  let url: string;
  let token: string;

  beforeAll(async () => {
    url = await simulator.start();
  });
  afterAll(() => simulator.close());
  beforeEach(async () => {
    await request(url).post('/__simulator/reset').expect(200);
    token = await demoAccessToken(url);
  });

  const auth = () => ({ authorization: `Bearer ${token}`, accept: 'application/json' });
  const post = (path: string, body: JsonBody) => request(url).post(path).set(auth()).send(body);
  const get = (path: string) => request(url).get(path).set(auth());
  const createSupport = (body: JsonBody) => post('/v2/support-documents/validate', body);
  const createNote = (body: JsonBody) => post('/v2/adjustment-notes/validate', body);

  it('issues a support document from range 24 with its CUDS, provider and withholdings', async () => {
    const response = await createSupport(officialSupportDocument()).expect(201);
    const data = response.body.data as JsonBody;
    expect(data).toMatchObject({
      number: 'SEDS984000001',
      reference_code: 'DS-2026-v2-0001',
      is_validated: true,
      document_type: { code: '05' },
      provider: {
        identification_document: { code: '31', name: 'NIT' },
        identification: '2343543',
        dv: '7',
        names: 'Pepito Perez',
        legal_organization: { code: '1' },
        municipality: expect.objectContaining({ code: '68679' }),
      },
      totals: { gross_amount: '80000.00', tax_amount: '15200.00', total: '95200.00' },
      withholding_taxes: [{ tribute_code: '06', name: 'ReteRenta', value: '2800.00' }],
    });
    expect(data.cuds).toMatch(/^[0-9a-f]{96}$/);
    expect(data).not.toHaveProperty('customer');
    expect(data).not.toHaveProperty('cufe');
    const items = data.items as JsonBody[];
    expect(items[0].withholding_taxes).toEqual([
      {
        tribute_code: '06',
        name: 'ReteRenta',
        value: '2800.00',
        rates: [{ code: '06', name: 'ReteRenta', rate: '3.50' }],
      },
    ]);
    const shown = await get('/v2/support-documents/SEDS984000001').expect(200);
    expect(shown.body.data.cuds).toBe(data.cuds);
    expect(simulator.billing.byTrackId(String(data.cuds))?.number).toBe('SEDS984000001');
  });

  it('refuses a provider type, dv, country and a non-IVA tax as Laravel field errors', async () => {
    const body = officialSupportDocument();
    const provider = body.provider as JsonBody;
    const items = body.items as JsonBody[];
    const response = await createSupport({
      ...body,
      provider: { ...provider, identification_document_code: '13', country_code: 'XX', names: '' },
      items: [{ ...items[0], taxes: [{ code: '04', rate: '8.00' }] }],
    }).expect(422);
    expect(Object.keys(response.body.data.errors as JsonBody).sort()).toEqual([
      'items.0.taxes.0.code',
      'provider.country_code',
      'provider.identification_document_code',
      'provider.names',
    ]);
    const wrongDv = await createSupport({ ...body, provider: { ...provider, dv: '3' } }).expect(
      422,
    );
    expect(Object.keys(wrongDv.body.data.errors as JsonBody)).toEqual(['provider.dv']);
  });

  it('checks items.*.period: mode 2 needs a start date at most 6 days back', async () => {
    const body = officialSupportDocument();
    const items = body.items as JsonBody[];
    const withPeriod = (period: JsonBody) => ({ ...body, items: [{ ...items[0], period }] });
    await createSupport(withPeriod({ generation_mode: '2', start_date: '2026-05-08' })).expect(201);
    await request(url).post('/__simulator/reset').expect(200);
    token = await demoAccessToken(url);
    const tooOld = await createSupport(
      withPeriod({ generation_mode: '2', start_date: '2026-05-06' }),
    ).expect(422);
    expect(Object.keys(tooOld.body.data.errors as JsonBody)).toEqual(['items.0.period.start_date']);
    const missing = await createSupport(withPeriod({ generation_mode: '2' })).expect(422);
    expect(Object.keys(missing.body.data.errors as JsonBody)).toEqual([
      'items.0.period.start_date',
    ]);
    const badMode = await createSupport(withPeriod({ generation_mode: '3' })).expect(422);
    expect(Object.keys(badMode.body.data.errors as JsonBody)).toEqual([
      'items.0.period.generation_mode',
    ]);
  });

  it('issues an adjustment note NA1 on a validated support document, in the flat v2 shape', async () => {
    const support = (await createSupport(officialSupportDocument()).expect(201)).body
      .data as JsonBody;
    const response = await createNote(adjustmentNote(String(support.number))).expect(201);
    const note = response.body.data as JsonBody;
    expect(note).toMatchObject({
      number: 'NA1',
      document_type: { code: '95' },
      correction_concept: { code: '1' },
      support_document: {
        reference_code: 'DS-2026-v2-0001',
        number: 'SEDS984000001',
        cuds: support.cuds,
      },
      totals: { total: '47600.00' },
    });
    expect(note.cuds).toMatch(/^[0-9a-f]{96}$/);
    expect(note.cuds).not.toBe(support.cuds);
    const list = await get('/v2/adjustment-notes').expect(200);
    expect((list.body.data.data as JsonBody[]).map((row) => row.number)).toEqual(['NA1']);
  });

  it('ignores on a note the establishment and item periods its pages do not list (assumption)', async () => {
    const support = (await createSupport(officialSupportDocument()).expect(201)).body
      .data as JsonBody;
    const note = adjustmentNote(String(support.number));
    const items = note.items as JsonBody[];
    const response = await createNote({
      ...note,
      // Both would be refused on a support document: an incomplete establishment, mode 2 with
      // no start date.
      establishment: { name: 'Sede norte' },
      items: [{ ...items[0], period: { generation_mode: '2' } }],
    }).expect(201);
    expect(response.body.data).toMatchObject({ number: 'NA1', totals: { total: '47600.00' } });
    const onSupport = await createSupport({
      ...officialSupportDocument(),
      reference_code: 'DS-OTHER',
      establishment: { name: 'Sede norte' },
      items: [{ ...items[0], period: { generation_mode: '2' } }],
    }).expect(422);
    expect(Object.keys(onSupport.body.data.errors as JsonBody)).toEqual(
      expect.arrayContaining(['establishment.address', 'items.0.period.start_date']),
    );
  });

  it('refuses an adjustment note without a known, validated support document or concept', async () => {
    const unknown = await createNote(adjustmentNote('SEDS999')).expect(422);
    expect(Object.keys(unknown.body.data.errors as JsonBody)).toEqual(['support_document_number']);
    const { support_document_number: _n, ...body } = adjustmentNote('SEDS984000001');
    const missing = await createNote({ ...body, correction_concept_code: '6' }).expect(422);
    expect(Object.keys(missing.body.data.errors as JsonBody).sort()).toEqual([
      'correction_concept_code',
      'support_document_number',
    ]);
  });

  it('serves PDF and XML, deletes an unvalidated one by reference, and has no e-mail routes', async () => {
    await createSupport(officialSupportDocument()).expect(201);
    const pdf = await get('/v2/support-documents/SEDS984000001/download-pdf').expect(200);
    expect(pdf.body.data.file_name).toMatch(/^ds/);
    const xml = await get('/v2/support-documents/SEDS984000001/download-xml').expect(200);
    const text = Buffer.from(String(xml.body.data.xml_base_64_encoded), 'base64').toString();
    expect(text).toContain('<cbc:InvoiceTypeCode>05</cbc:InvoiceTypeCode>');
    await get('/v2/support-documents/SEDS984000001/email-content').expect(404);
    await request(url)
      .delete('/v2/support-documents/reference/DS-2026-v2-0001')
      .set(auth())
      .expect(409);
    await request(url).post('/__simulator/dian/outcomes').send({ outcome: 'rejected' }).expect(201);
    await createSupport(officialSupportDocument('DS-REJECTED')).expect(201);
    await request(url)
      .delete('/v2/support-documents/reference/DS-REJECTED')
      .set(auth())
      .expect(200);
    await get('/v2/support-documents/SEDS984000002').expect(404);
  });
});
