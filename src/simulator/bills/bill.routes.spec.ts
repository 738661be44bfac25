import request from 'supertest';
import { FactusSimulator } from '../factus-simulator';
import { cashRoundingBill, JsonBody, officialBill } from './testing/bill-payloads';
import { demoAccessToken } from '../testing/demo-token';

/**
 * The simulator's Factus v2 invoice routes over real HTTP, as the service and its e2e tests use
 * them: create/validate with DIAN outcomes, idempotent resends, the 409 block, list, show,
 * downloads, delete and e-mail.
 */
describe('Factus simulator: /v2/bills', () => {
  const start = Date.parse('2026-05-13T13:21:49Z');
  let now = start;
  // The tests move the clock by days: tokens and the throttle window must outlive that.
  const simulator = new FactusSimulator({
    now: () => now,
    settings: { rateLimit: 10_000, tokenTtlSeconds: 365 * 24 * 3600 },
  });
  let url: string;
  let token: string;

  beforeAll(async () => {
    url = await simulator.start();
  });
  afterAll(() => simulator.close());

  beforeEach(async () => {
    now = start;
    await request(url).post('/__simulator/reset').expect(200);
    token = await demoAccessToken(url);
  });

  const auth = () => ({ authorization: `Bearer ${token}`, accept: 'application/json' });
  const create = (body: JsonBody) => request(url).post('/v2/bills/validate').set(auth()).send(body);
  const get = (path: string) => request(url).get(path).set(auth());
  const queue = (outcome: JsonBody) =>
    request(url).post('/__simulator/dian/outcomes').send(outcome).expect(201);
  const documents = async (reference?: string) =>
    (
      await request(url)
        .get('/__simulator/documents')
        .query(reference ? { reference_code: reference } : {})
        .expect(200)
    ).body.data as Array<{ reference_code: string; number: string; status: string; cufe: string }>;

  it('creates and validates the official example: number, totals, CUFE, links, notices', async () => {
    const response = await create(officialBill('REF-1')).expect(201);
    expect(response.body).toMatchObject({
      status: 'Created',
      message: 'Documento con el código de referencia REF-1 registrado y validado con éxito',
    });
    const data = response.body.data;
    expect(data).toMatchObject({
      reference_code: 'REF-1',
      number: 'SETP990000001',
      document_type: { code: '01', name: 'Factura electrónica de Venta' },
      operation_type: { code: '10', name: 'Estándar' },
      is_validated: true,
      validated_at: '13-05-2026 08:21:49 AM',
      created_at: '13-05-2026 08:21:49 AM',
      totals: {
        prepayment_amount: '0.00',
        gross_amount: '70000.00',
        taxable_amount: '70000.00',
        tax_amount: '13300.00',
        surcharge_amount: '0.00',
        total: '83300.00',
      },
      customer: {
        identification_document: { code: '31', name: 'NIT' },
        dv: '6',
        municipality: {
          code: '68679',
          name: 'San Gil',
          department: { code: '68', name: 'Santander' },
        },
      },
      numbering_range: {
        prefix: 'SETP',
        start_date: '19-01-2019',
        end_date: '19-01-2030',
        months: 132,
      },
      related_notes: { credit_notes: [], debit_notes: [] },
    });
    expect(data.errors).toEqual({
      FAJ43b:
        'Regla: FAJ43b, Notificación: Nombre informado No corresponde al registrado en el RUT con respecto al Nit suministrado.',
    });
    expect(data.cufe).toMatch(/^[0-9a-f]{96}$/);
    expect(data.links.qr).toBe(
      `https://catalogo-vpfe-hab.dian.gov.co/document/searchqr?documentkey=${data.cufe}`,
    );
    expect(data.items[1]).toMatchObject({
      quantity: '3.00',
      gross_value: '60000.00',
      total: '71400.00',
    });

    const publicPage = await request(url).get(new URL(data.links.public_url as string).pathname);
    expect(publicPage.status).toBe(200);
    expect(publicPage.headers['content-type']).toBe('application/pdf');

    const log = (await request(url).get('/__simulator/requests')).body.data as JsonBody[];
    expect(log.find((entry) => entry.path === '/v2/bills/validate')).toMatchObject({
      status: 201,
      referenceCode: 'REF-1',
      userId: 'user-1',
    });
  });

  it('notes a customer without e-mail (CAK55) and totals the cash-rounding example', async () => {
    const response = await create(cashRoundingBill('REF-CR')).expect(201);
    expect(response.body.data.totals.total).toBe('260564.81');
    expect(response.body.data.customer.dv).toBeNull();
    expect(response.body.data.errors).toEqual({
      CAK55: 'Regla: CAK55, Notificación: No se informó el correo electrónico del adquiriente',
    });
  });

  it('answers 422 with Laravel field errors and stores nothing', async () => {
    const body = officialBill('REF-BAD');
    (body.items as JsonBody[])[0].taxes = [];
    const response = await create(body).expect(422);
    expect(response.body).toEqual({
      status: 'Validation error',
      message: 'Error de validación',
      data: {
        message: 'Error de validación',
        errors: { 'items.0.taxes': ['El campo items.0.taxes es obligatorio.'] },
      },
    });
    expect(await documents()).toEqual([]);
  });

  it('keeps a pending document, blocks others, and validates it on resend with the same number', async () => {
    await queue({ outcome: 'pending' });
    const pending = await create(officialBill('REF-P')).expect(201);
    expect(pending.body.message).toBe(
      'Documento con el código de referencia REF-P registrado, pendiente de validación en la DIAN',
    );
    expect(pending.body.data).toMatchObject({
      is_validated: false,
      validated_at: null,
      errors: {},
    });
    expect(pending.body.data.cufe).toMatch(/^[0-9a-f]{96}$/);

    const blocked = await create(officialBill('REF-OTHER')).expect(409);
    expect(blocked.body).toEqual({
      status: 'Conflict',
      message: 'Se encontró una factura pendiente por enviar a la DIAN',
    });
    expect((await get('/v2/bills/SETP990000001/download-pdf').expect(409)).body).toEqual({
      status: 'Conflict',
      message: 'El documento no ha sido validado por la DIAN',
    });

    now += 60_000;
    const resent = await create(officialBill('REF-P')).expect(201);
    expect(resent.body.data).toMatchObject({
      number: pending.body.data.number,
      cufe: pending.body.data.cufe,
      is_validated: true,
      validated_at: '13-05-2026 08:22:49 AM',
      created_at: '13-05-2026 08:21:49 AM',
    });
    expect(await documents('REF-P')).toHaveLength(1);

    // Resending a validated reference answers the same document again; no new number is taken.
    const again = await create(officialBill('REF-P')).expect(201);
    expect(again.body.data.number).toBe('SETP990000001');
    expect((await create(officialBill('REF-NEXT')).expect(201)).body.data.number).toBe(
      'SETP990000002',
    );
  });

  it('answers a DIAN rejection with 201, is_validated false and the "Rechazo"; repeats it on resend, blocks until deleted', async () => {
    await queue({ outcome: 'rejected', rule: 'FAK24', message: 'No está informado el DV del NIT' });
    const rejected = await create(officialBill('REF-R')).expect(201);
    expect(rejected.body).toMatchObject({
      status: 'Created',
      data: {
        number: 'SETP990000001',
        is_validated: false,
        validated_at: null,
        errors: { FAK24: 'Regla: FAK24, Rechazo: No está informado el DV del NIT' },
      },
    });
    expect(await documents('REF-R')).toMatchObject([
      { number: 'SETP990000001', status: 'rejected' },
    ]);
    expect((await create(officialBill('REF-R')).expect(201)).body).toEqual(rejected.body);
    await create(officialBill('REF-NEW')).expect(409);

    const shown = await get('/v2/bills/SETP990000001').expect(200);
    expect(shown.body.data).toMatchObject({
      is_validated: false,
      errors: { FAK24: expect.any(String) },
    });

    const deleted = await request(url)
      .delete('/v2/bills/destroy/reference/REF-R')
      .set(auth())
      .set('content-type', 'application/json')
      .expect(200);
    expect(deleted.body).toEqual({
      status: 'OK',
      message: 'Documento con código de referencia REF-R eliminado con éxito',
    });
    const unblocked = await create(officialBill('REF-NEW')).expect(201);
    expect(unblocked.body.data.number).toBe('SETP990000002');
  });

  it('answers rule 90 in a 201 body, not validated, with an array of strings, as production does', async () => {
    await queue({ outcome: 'rule90' });
    const response = await create(officialBill('REF-90')).expect(201);
    expect(response.body.data.is_validated).toBe(false);
    expect(response.body.data.errors).toEqual([
      'Regla: 90, Rechazo: Documento procesado anteriormente.',
    ]);
    expect(await documents('REF-90')).toMatchObject([{ status: 'pending' }]);
  });

  it('adds rule 90 to the answer of a resend of an already-validated document, still validated', async () => {
    const first = await create(officialBill('REF-TWICE')).expect(201);
    const again = await create(officialBill('REF-TWICE')).expect(201);
    expect(again.body.data).toMatchObject({ number: first.body.data.number, is_validated: true });
    expect(again.body.data.errors).toMatchObject({
      '90': 'Regla: 90, Rechazo: Documento procesado anteriormente.',
    });
    expect(await documents('REF-TWICE')).toHaveLength(1);
  });

  it('rejects a document numbered from the expired range with FAB07b', async () => {
    const body = officialBill('REF-EXP');
    body.numbering_range_id = 390;
    const response = await create(body).expect(201);
    expect(response.body.data.is_validated).toBe(false);
    expect(response.body.data.errors).toEqual({
      FAB07b:
        'Regla: FAB07b, Rechazo: Fecha de emisión posterior a la fecha final de la resolución de numeración',
    });
    expect(await documents('REF-EXP')).toMatchObject([{ number: 'SETT1', status: 'rejected' }]);
  });

  it('lists newest first with filters and Laravel pagination', async () => {
    for (let i = 1; i <= 12; i += 1) {
      const body = i % 3 === 0 ? cashRoundingBill(`LIST-${i}`) : officialBill(`LIST-${i}`);
      await create(body).expect(201);
      now += 24 * 60 * 60 * 1000; // one document a day
    }
    await queue({ outcome: 'pending' });
    await create(officialBill('LIST-PENDING')).expect(201);

    const first = await get('/v2/bills').expect(200);
    expect(first.body.status).toBe('OK');
    expect(first.body.data.pagination).toMatchObject({
      total: 13,
      per_page: 10,
      current_page: 1,
      last_page: 2,
      from: 1,
      to: 10,
    });
    expect(first.body.data.data[0]).toMatchObject({
      reference_code: 'LIST-PENDING',
      is_validated: false,
      validated_at: null,
      errors: [],
    });
    // The row as the only v2 list example gives it: the party nested, booleans, validated_at.
    expect(first.body.data.data[1]).toMatchObject({
      number: 'SETP990000012',
      reference_code: 'LIST-12',
      customer: {
        identification_document: { code: '13', name: expect.any(String) },
        identification: '222222222222',
        names: 'Consumidor Final',
      },
      total: '260564.81',
      send_email: expect.any(Boolean),
      is_validated: true,
      validated_at: expect.stringMatching(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2} [AP]M$/),
    });
    expect(Array.isArray(first.body.data.data[1].errors)).toBe(true);

    const page = await get('/v2/bills?filter[per_page]=5&page=3').expect(200);
    const pageRows = page.body.data.data as JsonBody[];
    expect(pageRows.map((row) => row.reference_code)).toEqual(['LIST-3', 'LIST-2', 'LIST-1']);
    expect(page.body.data.pagination).toMatchObject({ last_page: 3, from: 11, to: 13 });
    expect((await get('/v2/bills?page=9').expect(200)).body.data.data).toEqual([]);

    const count = async (query: string) =>
      ((await get(`/v2/bills?${query}`).expect(200)).body.data.pagination as { total: number })
        .total;
    expect(await count('filter[status]=0')).toBe(1);
    expect(await count('filter[status]=1')).toBe(12);
    expect(await count('filter[reference_code]=LIST-1')).toBe(1);
    expect(await count('filter[names]=consumidor')).toBe(4);
    expect(await count('filter[identification]=123456789')).toBe(9);
    expect(await count('filter[number]=SETP99000001')).toBe(4);
    expect(await count('filter[prefix]=SETP')).toBe(13);
    expect(
      await count(
        'filter[created_at][start_date]=2026-05-14&filter[created_at][end_date]=2026-05-16',
      ),
    ).toBe(3);
    expect(await count('filter%5Breference_code%5D=LIST-2')).toBe(1);
  });

  it('shows a document and downloads its PDF and XML; 404 for an unknown number', async () => {
    const created = (await create(officialBill('REF-DL')).expect(201)).body.data;
    const shown = await get('/v2/bills/SETP990000001').expect(200);
    expect(shown.body.status).toBe('OK');
    expect(shown.body.message).toBe('Solicitud exitosa');
    expect(shown.body.data).toEqual(created);

    const pdf = (await get('/v2/bills/SETP990000001/download-pdf').expect(200)).body;
    expect(pdf.data.file_name).toBe('fv09017242540002600000001');
    const pdfText = Buffer.from(pdf.data.pdf_base_64_encoded as string, 'base64').toString(
      'latin1',
    );
    expect(pdfText.startsWith('%PDF-1.4')).toBe(true);
    expect(pdfText).toContain('SETP990000001');
    expect(pdfText).toContain(created.cufe);
    expect(pdfText).toContain('83300.00');

    const xml = (await get('/v2/bills/SETP990000001/download-xml').expect(200)).body;
    expect(xml.data.file_name).toBe('fv09017242540002600000001');
    const xmlText = Buffer.from(xml.data.xml_base_64_encoded as string, 'base64').toString('utf8');
    expect(xmlText).toContain('<cbc:ID>SETP990000001</cbc:ID>');
    expect(xmlText).toContain(created.cufe);

    const missing = { status: 'Not Found', message: 'Factura no encontrada' };
    expect((await get('/v2/bills/SETP1').expect(404)).body).toEqual(missing);
    expect((await get('/v2/bills/SETP1/download-xml').expect(404)).body).toEqual(missing);
  });

  it('refuses to delete a validated document, and unknown references', async () => {
    await create(officialBill('REF-V')).expect(201);
    const refused = await request(url)
      .delete('/v2/bills/destroy/reference/REF-V')
      .set(auth())
      .expect(409);
    expect(refused.body).toEqual({
      status: 'Conflict',
      message: 'No se puede eliminar un documento validado por la DIAN',
    });
    await request(url).delete('/v2/bills/destroy/reference/NOPE').set(auth()).expect(404);
  });

  it('sends e-mails up to the daily limit per document, then 409 until the next day', async () => {
    await create(officialBill('REF-M')).expect(201);
    const send = (body: JsonBody) =>
      request(url).post('/v2/bills/SETP990000001/send-email').set(auth()).send(body);
    expect((await send({}).expect(422)).body.data.errors).toEqual({
      email: ['El campo email es obligatorio.'],
    });
    expect((await send({ email: 'nope' }).expect(422)).body.data.errors).toEqual({
      email: ['El campo email debe ser una dirección de correo válida.'],
    });
    for (let i = 0; i < 3; i += 1) {
      expect((await send({ email: 'alan@example.com' }).expect(200)).body).toEqual({
        status: 'OK',
        message: 'Factura enviada al cliente con éxito',
      });
    }
    expect((await send({ email: 'alan@example.com' }).expect(409)).body).toEqual({
      status: 'Conflict',
      message: 'Se alcanzó el límite diario de envíos de correo para este documento',
    });
    now += 24 * 60 * 60 * 1000;
    await send({ email: 'alan@example.com' }).expect(200);

    await request(url).put('/__simulator/settings').send({ emailDailyLimit: 0 }).expect(200);
    await send({ email: 'alan@example.com' }).expect(409);
    await request(url)
      .post('/v2/bills/SETP9/send-email')
      .set(auth())
      .send({ email: 'a@b.co' })
      .expect(404);
  });

  it('serves the AttachedDocument XML and the e-mail content (subject and a ZIP of PDF + XML)', async () => {
    const created = (await create(officialBill('REF-AD')).expect(201)).body.data;
    const attached = await get('/v2/bills/SETP990000001/download-attached-document-xml').expect(
      200,
    );
    expect(attached.body.data.file_name).toMatch(/^ad\d{10}000\d{2}\d{8}$/);
    const xml = Buffer.from(attached.body.data.xml_base_64_encoded, 'base64').toString('utf8');
    expect(xml).toContain('<AttachedDocument');
    expect(xml).toContain(`<cbc:ParentDocumentID>SETP990000001</cbc:ParentDocumentID>`);
    expect(xml).toContain(created.cufe);

    const content = (await get('/v2/bills/SETP990000001/email-content').expect(200)).body.data;
    expect(content.subject).toBe(
      '901724254;EMPRESA DEMO SIMULADOR S.A.S.;SETP990000001;01;EMPRESA DEMO SIMULADOR S.A.S.',
    );
    const zip = Buffer.from(content.attached_document, 'base64');
    expect(zip.readUInt32LE(0)).toBe(0x04034b50); // a ZIP local file header
    expect(zip.toString('latin1')).toContain('.pdf');
    expect(zip.toString('latin1')).toContain('<AttachedDocument');
    await get('/v2/bills/SETP9/email-content').expect(404);
  });

  it('takes an own PDF (pdf_base_64_encoded) on send-email, as the v2 notes page documents', async () => {
    await create(officialBill('REF-OWN')).expect(201);
    const send = (body: JsonBody) =>
      request(url).post('/v2/bills/SETP990000001/send-email').set(auth()).send(body);
    const pdf = Buffer.from('%PDF-1.4 own').toString('base64');
    await send({ email: 'alan@example.com', pdf_base_64_encoded: pdf }).expect(200);
    expect(
      (await send({ email: 'alan@example.com', pdf_base_64_encoded: 7 }).expect(422)).body.data
        .errors,
    ).toEqual({
      pdf_base_64_encoded: ['El campo pdf_base_64_encoded debe ser una cadena de caracteres.'],
    });
  });

  it('reads bracketed filters flat from Fastify query parsing', async () => {
    // Guard for query-params.ts: Fastify keeps `filter[number]` as one flat key.
    await create(officialBill('REF-Q')).expect(201);
    const rows = (await get('/v2/bills?filter[number]=NOPE').expect(200)).body.data.data;
    expect(rows).toEqual([]);
  });

  it('guards every route with the bearer token and validates control input', async () => {
    await request(url).get('/v2/bills').expect(401, { message: 'Unauthenticated.' });
    await request(url).post('/v2/bills/validate').send(officialBill()).expect(401);
    await request(url).post('/__simulator/dian/outcomes').send({ outcome: 'maybe' }).expect(400);
  });

  it('serves the seeded numbering ranges', async () => {
    const list = await get('/v2/numbering-ranges?filter[document]=21').expect(200);
    const ranges = list.body.data.data as JsonBody[];
    expect(ranges.map((r) => [r.id, r.prefix, r.is_active, r.is_expired])).toEqual([
      [389, 'SETP', 1, 0],
      [390, 'SETT', 0, 1],
    ]);
    const show = await get('/v2/numbering-ranges/1776').expect(200);
    expect(show.body.data).toMatchObject({
      id: 1776,
      document: '22',
      document_name: 'Nota Crédito',
      prefix: 'NC',
    });
    await get('/v2/numbering-ranges/1').expect(404);
  });
});
