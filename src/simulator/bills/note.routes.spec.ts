import request from 'supertest';
import { FactusSimulator } from '../factus-simulator';
import { cude, SIMULATOR_SOFTWARE_PIN } from './cude';
import { JsonBody, officialBill } from './testing/bill-payloads';
import {
  noteWithoutReference,
  officialCreditNote,
  officialDebitNote,
} from './testing/note-payloads';
import { demoAccessToken } from '../testing/demo-token';

/**
 * The simulator's Factus v2 credit- and debit-note routes over real HTTP: notes issued on an
 * invoice (CUDE, numbering from the note ranges, the invoice's related_notes), field errors,
 * per-kind blocking, list, show, downloads, delete by reference, e-mail, quota and the control API.
 */
describe('Factus simulator: /v2/credit-notes and /v2/debit-notes', () => {
  const start = Date.parse('2026-05-13T13:21:49Z');
  let now = start;
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
  const post = (path: string, body: JsonBody) => request(url).post(path).set(auth()).send(body);
  const createBill = (body: JsonBody) => post('/v2/bills/validate', body);
  const createCredit = (body: JsonBody) => post('/v2/credit-notes/validate', body);
  const createDebit = (body: JsonBody) => post('/v2/debit-notes/validate', body);
  const get = (path: string) => request(url).get(path).set(auth());
  const remove = (path: string) => request(url).delete(path).set(auth());
  const queue = (outcome: JsonBody) =>
    request(url).post('/__simulator/dian/outcomes').send(outcome).expect(201);
  const validatedBill = async (reference = 'FV-1') =>
    (await createBill(officialBill(reference)).expect(201)).body.data as JsonBody;

  it('issues a credit and a debit note on an invoice and lists them in its related_notes', async () => {
    const bill = await validatedBill();
    expect(bill.number).toBe('SETP990000001');

    const credit = await createCredit(officialCreditNote('NC-REF-1')).expect(201);
    expect(credit.body).toMatchObject({
      status: 'Created',
      message: 'Documento con el código de referencia NC-REF-1 registrado y validado con éxito',
    });
    const note = credit.body.data as JsonBody;
    expect(note).toMatchObject({
      reference_code: 'NC-REF-1',
      number: 'NC1',
      document_type: { code: '91', name: 'Nota Crédito' },
      customization: { code: '20', name: 'Nota Crédito que referencia una factura electrónica' },
      correction_concept: { code: '2', name: 'Anulación de factura electrónica' },
      bill_number: 'SETP990000001',
      is_validated: true,
      validated_at: '13-05-2026 08:21:49 AM',
      totals: { gross_amount: '70000.00', tax_amount: '13300.00', total: '83300.00' },
      numbering_range: { prefix: 'NC', resolution_number: null, months: null },
      customer: { identification: '123456789', dv: '6' },
    });
    expect(note).not.toHaveProperty('cufe');
    expect(note).not.toHaveProperty('related_notes');
    // CUDE: the CUFE's fields with the software PIN where an invoice has the technical key.
    expect(note.cude).toBe(
      cude({
        number: 'NC1',
        issueDate: '2026-05-13',
        issueTime: '08:21:49-05:00',
        grossAmount: '70000.00',
        ivaAmount: '13300.00',
        incAmount: '0.00',
        icaAmount: '0.00',
        total: '83300.00',
        issuerNit: '901724254',
        customerIdentification: '123456789',
        softwarePin: SIMULATOR_SOFTWARE_PIN,
        environment: '2',
      }),
    );
    const links = note.links as { qr: string; public_url: string };
    expect(links.qr).toMatch(new RegExp(`documentkey=${String(note.cude)}$`));
    expect(new URL(links.public_url).pathname).toMatch(/^\/documents\/credit-notes\//);
    const page = await request(url).get(new URL(links.public_url).pathname).expect(200);
    expect(page.headers['content-type']).toBe('application/pdf');

    now += 60_000;
    const debit = await createDebit(officialDebitNote('ND-REF-1')).expect(201);
    expect(debit.body.data).toMatchObject({
      number: 'ND1',
      document_type: { code: '92', name: 'Nota Débito' },
      customization: { code: '30', name: 'Nota Débito que referencia una factura electrónica' },
      correction_concept: { code: '4', name: 'Otros' },
      bill_number: 'SETP990000001',
      send_email: false,
      payment_details: [
        { payment_form: { code: '1' }, amount: '70000.00', due_date: null },
        { payment_form: { code: '2' }, amount: '13300.00', due_date: '30-07-2026' },
      ],
    });
    expect(debit.body.data.cude).toMatch(/^[0-9a-f]{96}$/);
    expect(debit.body.data.cude).not.toBe(note.cude);

    const shown = (await get('/v2/bills/SETP990000001').expect(200)).body.data;
    expect(shown.related_notes).toEqual({
      credit_notes: [
        {
          number: 'NC1',
          reference_code: 'NC-REF-1',
          total: '83300.00',
          is_validated: true,
          correction_concept: { code: '2', name: 'Anulación de factura electrónica' },
          created_at: '13-05-2026 08:21:49 AM',
        },
      ],
      debit_notes: [
        {
          number: 'ND1',
          reference_code: 'ND-REF-1',
          total: '83300.00',
          is_validated: true,
          correction_concept: { code: '4', name: 'Otros' },
          created_at: '13-05-2026 08:22:49 AM',
        },
      ],
    });
    // A resend of the invoice answers it with its notes too.
    const resent = await createBill(officialBill('FV-1')).expect(201);
    expect(resent.body.data.related_notes).toEqual(shown.related_notes);
  });

  it('takes the customer of the referenced invoice when the note omits it', async () => {
    await createBill({
      ...officialBill('FV-CF'),
      customer: {
        identification_document_code: '13',
        identification: '1017000111',
        names: 'Ada Lovelace',
        email: 'ada@example.com',
        legal_organization_code: '2',
      },
    }).expect(201);
    const { customer: _customer, ...body } = officialCreditNote('NC-CF');
    const note = (await createCredit(body).expect(201)).body.data;
    expect(note.customer).toMatchObject({
      identification_document: { code: '13', name: 'Cédula de ciudadanía' },
      identification: '1017000111',
      names: 'Ada Lovelace',
      email: 'ada@example.com',
    });
    // With the invoice's e-mail there is no CAK55 notice.
    expect(note.errors).toEqual({});
  });

  it('answers 422 field errors on bill_number, concept and customization, and stores nothing', async () => {
    const unknown = await createCredit(officialCreditNote('NC-X', 'SETP999')).expect(422);
    expect(unknown.body).toEqual({
      status: 'Validation error',
      message: 'Error de validación',
      data: {
        message: 'Error de validación',
        errors: { bill_number: ['El campo bill_number es inválido.'] },
      },
    });

    await validatedBill();
    const wrong = {
      ...officialDebitNote('ND-X'),
      correction_concept_code: '5',
      customization_id: '20',
    };
    expect((await createDebit(wrong).expect(422)).body.data.errors).toEqual({
      correction_concept_code: ['El campo correction_concept_code es inválido.'],
      customization_id: ['El campo customization_id es inválido.'],
    });

    const { bill_number: _number, ...withoutBill } = officialCreditNote('NC-Y');
    expect((await createCredit(withoutBill).expect(422)).body.data.errors).toEqual({
      bill_number: ['El campo bill_number es obligatorio cuando customization_id es 20.'],
    });

    const documents = await request(url)
      .get('/__simulator/documents')
      .query({ kind: 'credit_note' })
      .expect(200);
    expect(documents.body.data).toEqual([]);
  });

  it('refuses a note on an invoice DIAN has not validated (422 on bill_number)', async () => {
    await queue({ outcome: 'pending' });
    await createBill(officialBill('FV-P')).expect(201);
    const response = await createCredit(officialCreditNote('NC-P')).expect(422);
    expect(response.body.data.errors).toEqual({
      bill_number: [
        'La factura SETP990000001 del campo bill_number no ha sido validada por la DIAN.',
      ],
    });
  });

  it('issues a note without reference (22) with its billing period and customer', async () => {
    const body = noteWithoutReference(officialCreditNote('NC-22'), '22');
    const note = (await createCredit(body).expect(201)).body.data;
    expect(note).toMatchObject({
      number: 'NC1',
      bill_number: null,
      customization: { code: '22', name: 'Nota Crédito sin referencia a una factura electrónica' },
      billing_period: { start_date: '01-04-2026', end_date: '30-04-2026' },
    });
    const xml = (await get('/v2/credit-notes/NC1/download-xml').expect(200)).body.data;
    const text = Buffer.from(xml.xml_base_64_encoded as string, 'base64').toString('utf8');
    expect(text).toContain('<cbc:CustomizationID>22</cbc:CustomizationID>');
    expect(text).not.toContain('cac:BillingReference');

    const {
      customer: _c,
      billing_period: _p,
      ...bare
    } = noteWithoutReference(officialDebitNote('ND-32'), '32');
    expect((await createDebit(bare).expect(422)).body.data.errors).toEqual({
      billing_period: ['El campo billing_period es obligatorio cuando customization_id es 32.'],
      customer: ['El campo customer es obligatorio cuando customization_id es 32.'],
    });
  });

  it('blocks per kind: a pending credit note blocks credit notes only, until deleted', async () => {
    await validatedBill();
    await queue({ outcome: 'pending' });
    const pending = await createCredit(officialCreditNote('NC-PEND')).expect(201);
    expect(pending.body.message).toBe(
      'Documento con el código de referencia NC-PEND registrado, pendiente de validación en la DIAN',
    );
    expect(pending.body.data).toMatchObject({ number: 'NC1', is_validated: false, errors: {} });

    expect((await createCredit(officialCreditNote('NC-NEXT')).expect(409)).body).toEqual({
      status: 'Conflict',
      message: 'Se encontró una nota crédito pendiente por enviar a la DIAN',
    });
    // Other kinds are not blocked by it.
    await createDebit(officialDebitNote('ND-OK')).expect(201);
    await createBill(officialBill('FV-2')).expect(201);

    // The invoice lists the pending note, not validated.
    const related = (await get('/v2/bills/SETP990000001').expect(200)).body.data.related_notes;
    expect(related.credit_notes).toMatchObject([
      { number: 'NC1', reference_code: 'NC-PEND', is_validated: false },
    ]);
    expect(related.debit_notes).toMatchObject([{ number: 'ND1', is_validated: true }]);

    expect((await get('/v2/credit-notes/NC1/download-pdf').expect(409)).body).toEqual({
      status: 'Conflict',
      message: 'El documento no ha sido validado por la DIAN',
    });

    const deleted = await remove('/v2/credit-notes/reference/NC-PEND').expect(200);
    expect(deleted.body).toEqual({
      status: 'OK',
      message: 'Documento con código de referencia NC-PEND eliminado con éxito',
    });
    expect((await get('/v2/bills/SETP990000001').expect(200)).body.data.related_notes).toEqual({
      credit_notes: [],
      debit_notes: [expect.objectContaining({ number: 'ND1' })],
    });
    const next = await createCredit(officialCreditNote('NC-NEXT')).expect(201);
    expect(next.body.data.number).toBe('NC2');

    // A pending debit note blocks debit notes, not credit notes.
    await queue({ outcome: 'pending' });
    await createDebit(officialDebitNote('ND-PEND')).expect(201);
    expect((await createDebit(officialDebitNote('ND-NEXT')).expect(409)).body.message).toBe(
      'Se encontró una nota débito pendiente por enviar a la DIAN',
    );
    await createCredit(officialCreditNote('NC-THIRD')).expect(201);
    // Resending the pending note's reference re-queries DIAN and validates it, same number.
    const resent = await createDebit(officialDebitNote('ND-PEND')).expect(201);
    expect(resent.body.data).toMatchObject({ number: 'ND2', is_validated: true });
    await createDebit(officialDebitNote('ND-NEXT')).expect(201);
  });

  it('repeats a DIAN rejection of a note on resend and blocks until deleted', async () => {
    await validatedBill();
    await queue({ outcome: 'rejected', rule: 'CAJ43b', message: 'Nombre informado no coincide' });
    const rejected = await createDebit(officialDebitNote('ND-R')).expect(201);
    expect(rejected.body.data.is_validated).toBe(false);
    expect(rejected.body.data.errors).toEqual({
      CAJ43b: 'Regla: CAJ43b, Rechazo: Nombre informado no coincide',
    });
    expect((await createDebit(officialDebitNote('ND-R')).expect(201)).body).toEqual(rejected.body);
    await createDebit(officialDebitNote('ND-S')).expect(409);
    await remove('/v2/debit-notes/reference/ND-R').expect(200);
    expect((await createDebit(officialDebitNote('ND-S')).expect(201)).body.data.number).toBe('ND2');
  });

  it('refuses to delete a validated note and unknown references; bills keep /destroy/', async () => {
    await validatedBill();
    await createCredit(officialCreditNote('NC-V')).expect(201);
    expect((await remove('/v2/credit-notes/reference/NC-V').expect(409)).body).toEqual({
      status: 'Conflict',
      message: 'No se puede eliminar un documento validado por la DIAN',
    });
    expect((await remove('/v2/credit-notes/reference/NOPE').expect(404)).body).toEqual({
      status: 'Not Found',
      message: 'Nota crédito no encontrada',
    });
    expect((await remove('/v2/debit-notes/reference/NOPE').expect(404)).body).toEqual({
      status: 'Not Found',
      message: 'Nota débito no encontrada',
    });
    expect((await remove('/v2/credit-notes/destroy/reference/NC-V').expect(404)).body).toEqual({
      status: 'Not Found',
      message: 'No se encontró la ruta o recurso solicitado',
    });
  });

  it('lists notes with the bill filters, Laravel pagination and bill_number in each row', async () => {
    await validatedBill('FV-1');
    await validatedBill('FV-2');
    for (let i = 1; i <= 11; i += 1) {
      const bill = i % 2 === 0 ? 'SETP990000002' : 'SETP990000001';
      await createCredit(officialCreditNote(`NC-L${i}`, bill)).expect(201);
      now += 24 * 60 * 60 * 1000;
    }
    await createDebit(officialDebitNote('ND-L1')).expect(201);

    const first = await get('/v2/credit-notes').expect(200);
    expect(first.body.data.pagination).toMatchObject({
      total: 11,
      per_page: 10,
      current_page: 1,
      last_page: 2,
    });
    expect(first.body.data.data[0]).toEqual({
      number: 'NC11',
      api_client_name: 'Factus simulator',
      reference_code: 'NC-L11',
      customer: expect.objectContaining({
        identification: '123456789',
        names: 'Alan company name',
        trade_name: 'Alan trade name',
        email: 'alan.company@email.com',
      }),
      total: '83300.00',
      is_validated: true,
      validated_at: '23-05-2026 08:21:49 AM',
      errors: expect.any(Array),
      send_email: true,
      created_at: '23-05-2026 08:21:49 AM',
      bill_number: 'SETP990000001',
      correction_concept: { code: '2', name: 'Anulación de factura electrónica' },
      customization: { code: '20', name: 'Nota Crédito que referencia una factura electrónica' },
    });

    const count = async (path: string) =>
      ((await get(path).expect(200)).body.data.pagination as { total: number }).total;
    expect(await count('/v2/credit-notes?filter[reference_code]=NC-L3')).toBe(1);
    expect(await count('/v2/credit-notes?filter[number]=NC1')).toBe(3);
    expect(await count('/v2/credit-notes?filter[prefix]=NC')).toBe(11);
    expect(await count('/v2/credit-notes?filter[status]=0')).toBe(0);
    expect(await count('/v2/credit-notes?filter[identification]=123456789')).toBe(11);
    expect(await count('/v2/credit-notes?filter[names]=alan')).toBe(11);
    expect(
      await count(
        '/v2/credit-notes?filter[created_at][start_date]=2026-05-14&filter[created_at][end_date]=2026-05-15',
      ),
    ).toBe(2);
    expect(await count('/v2/credit-notes?filter[per_page]=4&page=3')).toBe(11);
    const last = (await get('/v2/credit-notes?filter[per_page]=4&page=3').expect(200)).body.data;
    expect((last.data as JsonBody[]).map((r) => r.number)).toEqual(['NC3', 'NC2', 'NC1']);

    const debits = (await get('/v2/debit-notes').expect(200)).body.data;
    expect(debits.pagination.total).toBe(1);
    expect(debits.data[0]).toMatchObject({
      number: 'ND1',
      bill_number: 'SETP990000001',
      send_email: false,
    });
    // The invoice list is unaffected by notes.
    expect(await count('/v2/bills')).toBe(2);
  });

  it('shows notes and downloads their PDF and XML; 404 for unknown numbers', async () => {
    const bill = await validatedBill();
    const credit = (await createCredit(officialCreditNote('NC-DL')).expect(201)).body.data;
    const debit = (await createDebit(officialDebitNote('ND-DL')).expect(201)).body.data;
    expect((await get('/v2/credit-notes/NC1').expect(200)).body.data).toEqual(credit);
    expect((await get('/v2/debit-notes/ND1').expect(200)).body.data).toEqual(debit);

    const pdf = (await get('/v2/credit-notes/NC1/download-pdf').expect(200)).body.data;
    expect(pdf.file_name).toBe('nc09017242540002600000001');
    const pdfText = Buffer.from(pdf.pdf_base_64_encoded as string, 'base64').toString('latin1');
    expect(pdfText.startsWith('%PDF-1.4')).toBe(true);
    expect(pdfText).toContain('Nota crédito electrónica NC1');
    expect(pdfText).toContain(credit.cude);
    expect(pdfText).toContain('Factura referenciada: SETP990000001');
    expect(pdfText).toContain(bill.cufe);

    const creditXml = (await get('/v2/credit-notes/NC1/download-xml').expect(200)).body.data;
    expect(creditXml.file_name).toBe('nc09017242540002600000001');
    const cx = Buffer.from(creditXml.xml_base_64_encoded as string, 'base64').toString('utf8');
    expect(cx).toContain(
      '<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"',
    );
    expect(cx).toContain(
      `<cbc:UUID schemeID="2" schemeName="CUDE-SHA384">${String(credit.cude)}</cbc:UUID>`,
    );
    expect(cx).toContain('<cbc:CreditNoteTypeCode>91</cbc:CreditNoteTypeCode>');
    expect(cx).toContain('<cbc:ResponseCode>2</cbc:ResponseCode>');
    expect(cx).toMatch(
      new RegExp(
        '<cac:BillingReference>\\s*<cac:InvoiceDocumentReference>\\s*' +
          '<cbc:ID>SETP990000001</cbc:ID>\\s*' +
          `<cbc:UUID schemeName="CUFE-SHA384">${String(bill.cufe)}</cbc:UUID>`,
      ),
    );
    expect(cx).toContain('<cac:CreditNoteLine>');
    expect(cx).toContain('<cbc:CreditedQuantity unitCode="94">1.00</cbc:CreditedQuantity>');

    const debitXml = (await get('/v2/debit-notes/ND1/download-xml').expect(200)).body.data;
    expect(debitXml.file_name).toBe('nd09017242540002600000001');
    const dx = Buffer.from(debitXml.xml_base_64_encoded as string, 'base64').toString('utf8');
    expect(dx).toContain(
      '<DebitNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:DebitNote-2"',
    );
    expect(dx).toContain('schemeName="CUDE-SHA384"');
    expect(dx).toContain('<cac:RequestedMonetaryTotal>');
    expect(dx).toContain('<cac:DebitNoteLine>');
    expect(dx).toContain('<cbc:ID>SETP990000001</cbc:ID>');

    expect((await get('/v2/credit-notes/NC9').expect(404)).body).toEqual({
      status: 'Not Found',
      message: 'Nota crédito no encontrada',
    });
    expect((await get('/v2/debit-notes/ND9/download-pdf').expect(404)).body).toEqual({
      status: 'Not Found',
      message: 'Nota débito no encontrada',
    });
  });

  it('sends notes by e-mail up to the daily limit', async () => {
    await validatedBill();
    await createCredit(officialCreditNote('NC-M')).expect(201);
    const send = () => post('/v2/credit-notes/NC1/send-email', { email: 'alan@example.com' });
    for (let i = 0; i < 3; i += 1) {
      expect((await send().expect(200)).body).toEqual({
        status: 'OK',
        message: 'Nota crédito enviada al cliente con éxito',
      });
    }
    expect((await send().expect(409)).body.message).toBe(
      'Se alcanzó el límite diario de envíos de correo para este documento',
    );
    expect(
      (await post('/v2/credit-notes/NC1/send-email', {}).expect(422)).body.data.errors,
    ).toEqual({ email: ['El campo email es obligatorio.'] });

    await createDebit(officialDebitNote('ND-M')).expect(201);
    expect(
      (await post('/v2/debit-notes/ND1/send-email', { email: 'a@b.co' }).expect(200)).body.message,
    ).toBe('Nota débito enviada al cliente con éxito');
  });

  it('answers a resent note reference with the same note and consumes the quota once', async () => {
    await validatedBill();
    const first = (await createCredit(officialCreditNote('NC-I')).expect(201)).body.data;
    const again = (await createCredit(officialCreditNote('NC-I')).expect(201)).body.data;
    // The same note; DIAN, asked again, says rule 90 (it already holds it).
    expect(again).toEqual({
      ...first,
      errors: { ...first.errors, '90': 'Regla: 90, Rechazo: Documento procesado anteriormente.' },
    });
    const [subscription] = (await get('/v2/subscriptions').expect(200)).body.data as JsonBody[];
    expect(subscription.documents_consumed).toBe(2);

    await request(url).put('/__simulator/settings').send({ documentsQuota: 2 }).expect(200);
    expect((await createDebit(officialDebitNote('ND-Q')).expect(402)).body).toEqual({
      status: 'Payment Required',
      message: 'Has alcanzado el límite de documentos de tu suscripción',
    });
    // A resend of an existing reference costs nothing, so it is still answered.
    await createCredit(officialCreditNote('NC-I')).expect(201);
  });

  it('shows notes in the control API with their kind; one DIAN queue for every kind', async () => {
    await queue({ outcome: 'pending', count: 1 });
    await queue({ outcome: 'validated', count: 1 });
    await createBill(officialBill('SAME')).expect(201); // takes "pending"
    await createBill(officialBill('SAME')).expect(201); // resend takes "validated"
    await createCredit(officialCreditNote('SAME')).expect(201);
    await createDebit(officialDebitNote('SAME')).expect(201);

    const all = (await request(url).get('/__simulator/documents?reference_code=SAME').expect(200))
      .body.data as JsonBody[];
    expect(all.map((d) => [d.type, d.number, d.status])).toEqual([
      ['bill', 'SETP990000001', 'validated'],
      ['credit_note', 'NC1', 'validated'],
      ['debit_note', 'ND1', 'validated'],
    ]);
    expect(all[0].cufe).toMatch(/^[0-9a-f]{96}$/);
    expect(all[1]).toMatchObject({ bill_number: 'SETP990000001', cude: expect.any(String) });
    expect(all[1]).not.toHaveProperty('cufe');

    const debits = await request(url).get('/__simulator/documents?kind=debit_note').expect(200);
    expect((debits.body.data as JsonBody[]).map((d) => d.number)).toEqual(['ND1']);
    await request(url).get('/__simulator/documents?kind=receipt').expect(400);
  });

  it('guards the note routes with the bearer token', async () => {
    await request(url).get('/v2/credit-notes').expect(401, { message: 'Unauthenticated.' });
    await request(url).post('/v2/debit-notes/validate').send(officialDebitNote()).expect(401);
    await request(url).delete('/v2/credit-notes/reference/X').expect(401);
  });
});
