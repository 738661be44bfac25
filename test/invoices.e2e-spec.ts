import { resetLedger } from './support/ledger-reset';
import request from 'supertest';
import { officialExampleInvoice, uniqueReference } from './support/invoice-fixtures';
import { SimulatorControl } from './support/simulator-control';
import {
  DEMO_LOGIN,
  loginAsDemo,
  PROBLEM_JSON,
  startTestService,
  TestService,
} from './support/test-service';

describe('Invoices (e2e, against the simulator)', () => {
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
  const validateCalls = async () =>
    (await sim.requests()).filter((r) => r.path === '/v2/bills/validate');
  const documentsFor = async (referenceCode: string) => {
    const response = await request(service.simulator.url)
      .get('/__simulator/documents')
      .query({ reference_code: referenceCode })
      .expect(200);
    return (response.body as { data: unknown[] }).data;
  };

  describe('POST /api/v1/invoices', () => {
    it('issues the official example: 201 with number, CUFE, exact totals and our links', async () => {
      const body = officialExampleInvoice();
      const response = await create(body).expect(201);
      const invoice = response.body;
      expect(invoice.number).toMatch(/^SETP\d+$/);
      expect(invoice.cufe).toMatch(/^[0-9a-f]{96}$/);
      expect(invoice.status).toBe('validated');
      expect(invoice.referenceCode).toBe(body.referenceCode);
      expect(invoice.totals).toEqual({
        grossAmount: '70000.00',
        taxableAmount: '70000.00',
        taxAmount: '13300.00',
        surchargeAmount: '0.00',
        prepaymentAmount: '0.00',
        total: '83300.00',
      });
      expect(invoice.validatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-05:00$/);
      expect(invoice.links).toMatchObject({
        pdf: `/api/v1/invoices/${invoice.number}/pdf`,
        xml: `/api/v1/invoices/${invoice.number}/xml`,
        qr: expect.stringContaining(invoice.cufe),
      });
      expect(response.headers.location).toBe(`/api/v1/invoices/${invoice.number}`);
      for (const message of invoice.dianMessages) expect(message.kind).toBe('notice');
      expect(invoice.items[1]).toMatchObject({
        quantity: '3.00',
        price: '20000.00',
        total: '71400.00',
      });
    });

    it('refuses invalid data with 400 listing every field, and sends nothing to Factus', async () => {
      const body = officialExampleInvoice();
      const bad = {
        ...body,
        customer: { ...body.customer, dv: '3', municipalityCode: '99999' },
        items: [{ ...body.items[0], unitMeasureCode: 'NOPE', price: '10.001' }, body.items[1]],
        paymentDetails: [{ ...body.paymentDetails[0], amount: '83000' }],
        unknownField: true,
      };
      const response = await create(bad).expect(400).expect('content-type', PROBLEM_JSON);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      const fields = (response.body.errors as Array<{ field: string }>).map((e) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['unknownField', 'items[0].price']));
      expect(await validateCalls()).toHaveLength(0);
    });

    it('states the right NIT check digit, the bad code and the computed total, all at once', async () => {
      const body = officialExampleInvoice();
      const bad = {
        ...body,
        customer: { ...body.customer, dv: '3', municipalityCode: '99999' },
        items: [{ ...body.items[0], unitMeasureCode: 'NOPE' }, body.items[1]],
        paymentDetails: [{ ...body.paymentDetails[0], amount: '83000' }],
      };
      const response = await create(bad).expect(400);
      const byField = Object.fromEntries(
        (response.body.errors as Array<{ field: string; message: string }>).map((e) => [
          e.field,
          e.message,
        ]),
      );
      expect(byField['customer.dv']).toContain('7');
      expect(byField['customer.municipalityCode']).toContain('99999');
      expect(byField['items[0].unitMeasureCode']).toContain('NOPE');
      expect(byField.paymentDetails).toContain('83300.00');
      expect(await validateCalls()).toHaveLength(0);
    });

    it('computes an absent NIT check digit and sends it', async () => {
      const response = await create(officialExampleInvoice()).expect(201);
      expect(response.body.customer.dv).toBe('7');
    });

    it('answers 202 while DIAN has not answered; resending the same request finishes it without a duplicate', async () => {
      await request(service.simulator.url)
        .post('/__simulator/dian/outcomes')
        .send({ outcome: 'pending' })
        .expect(201);
      const body = officialExampleInvoice();
      const pending = await create(body).expect(202);
      expect(pending.body.status).toBe('pending');

      const finished = await create(body).expect(201);
      expect(finished.body.status).toBe('validated');
      expect(finished.body.number).toBe(pending.body.number);
      expect(finished.body.cufe).toBe(pending.body.cufe);
      expect(await documentsFor(body.referenceCode)).toHaveLength(1);
    });

    it('answers 422 INVOICE_REJECTED with DIAN rules, deletes the rejected invoice at Factus so that it blocks nothing, and keeps its record', async () => {
      await request(service.simulator.url)
        .post('/__simulator/dian/outcomes')
        .send({ outcome: 'rejected' })
        .expect(201);
      const rejectedBody = officialExampleInvoice();
      const rejected = await create(rejectedBody).expect(422).expect('content-type', PROBLEM_JSON);
      expect(rejected.body.code).toBe('INVOICE_REJECTED');
      expect(rejected.body.dianMessages.length).toBeGreaterThan(0);
      expect(rejected.body.dianMessages[0].kind).toBe('rejection');
      expect(rejected.body.detail).toMatch(/deleted at Factus so that it blocks no other document/);
      expect(await documentsFor(rejectedBody.referenceCode)).toHaveLength(0);

      // Not blocked: the next invoice is issued at once.
      await create(officialExampleInvoice()).expect(201);

      const record = await request(service.url)
        .get(`/api/v1/invoices/by-reference/${rejectedBody.referenceCode}`)
        .set(auth)
        .expect(200);
      expect(record.body).toMatchObject({ state: 'rejected', attempts: 1 });
      expect(record.body.dianMessages[0].kind).toBe('rejection');
      const history = record.body.history as { to: string }[];
      expect(history.map((entry) => entry.to)).toEqual([
        'queued',
        'sending',
        'rejected',
      ]);
    });

    it('tells DIAN rule 90 apart: neither deleted nor resent, followed as pending', async () => {
      await request(service.simulator.url)
        .post('/__simulator/dian/outcomes')
        .send({ outcome: 'rule90' })
        .expect(201);
      const body = officialExampleInvoice();
      const response = await create(body).expect(202);
      expect(response.headers.location).toBe(`/api/v1/invoices/by-reference/${body.referenceCode}`);
      expect(response.body).toMatchObject({
        state: 'pending_dian',
        lastError: { code: 'DOCUMENT_ALREADY_PROCESSED' },
      });
      expect(await documentsFor(body.referenceCode)).toHaveLength(1);
      expect(await validateCalls()).toHaveLength(1);
    });

    it('maps Factus field validation (422) back to our field paths', async () => {
      // An unknown numberingRangeId is refused locally (400). To reach Factus's own 422, the range
      // must pass our check on the cached ranges and be gone from Factus by the time it is used:
      // a service of its own, so that its range cache starts empty.
      const own = await startTestService();
      try {
        const token = await request(own.url)
          .post('/api/v1/auth/token')
          .send(DEMO_LOGIN)
          .expect(200);
        const ownAuth = { Authorization: `Bearer ${token.body.accessToken as string}` };
        const created = await request(own.simulator.url)
          .post('/v2/numbering-ranges')
          .set(ownAuth)
          .send({ document: '21', prefix: 'GONE', resolution_number: '18760000099', current: 1 })
          .expect(201);
        const rangeId = created.body.data.id as number;
        await request(own.url).get('/api/v1/numbering-ranges').set(ownAuth).expect(200);
        await request(own.simulator.url)
          .delete(`/v2/numbering-ranges/${rangeId}`)
          .set(ownAuth)
          .expect(200);
        const response = await request(own.url)
          .post('/api/v1/invoices')
          .set(ownAuth)
          .send({ ...officialExampleInvoice(), numberingRangeId: rangeId })
          .expect(422);
        expect(response.body.code).toBe('FACTUS_VALIDATION_FAILED');
        expect(response.body.errors).toEqual(
          expect.arrayContaining([expect.objectContaining({ field: 'numberingRangeId' })]),
        );
      } finally {
        await own.close();
      }
    });

    it('requires a Factus token', async () => {
      const response = await request(service.url)
        .post('/api/v1/invoices')
        .send(officialExampleInvoice())
        .expect(401);
      expect(response.body.code).toBe('FACTUS_TOKEN_REQUIRED');
    });
  });

  describe('POST /api/v1/invoices/preview', () => {
    it('computes totals locally without calling Factus', async () => {
      const { paymentDetails: _omit, ...body } = officialExampleInvoice();
      const response = await request(service.url)
        .post('/api/v1/invoices/preview')
        .send(body)
        .expect(200);
      expect(response.body.totals.total).toBe('83300.00');
      expect(response.body.totals.taxAmount).toBe('13300.00');
      expect(response.body.payable).toBe('83300.00');
      expect(await sim.requests()).toHaveLength(1); // only the login of beforeEach
    });
  });

  describe('reading, downloading, deleting and e-mailing', () => {
    let number: string;
    let referenceCode: string;

    beforeEach(async () => {
      referenceCode = uniqueReference('READ');
      number = (await create(officialExampleInvoice(referenceCode)).expect(201)).body.number;
    });

    it('lists with filters and pagination', async () => {
      await create(officialExampleInvoice()).expect(201);
      await create(officialExampleInvoice()).expect(201);
      const page = await request(service.url)
        .get('/api/v1/invoices')
        .query({ perPage: 2, page: 1 })
        .set(auth)
        .expect(200);
      expect(page.body.data).toHaveLength(2);
      expect(page.body.pagination).toEqual({
        page: 1,
        perPage: 2,
        total: 3,
        lastPage: 2,
        hasMore: true,
      });

      const filtered = await request(service.url)
        .get('/api/v1/invoices')
        .query({ referenceCode })
        .set(auth)
        .expect(200);
      expect(filtered.body.data).toHaveLength(1);
      expect(filtered.body.data[0]).toMatchObject({
        number,
        referenceCode,
        status: 'validated',
        total: '83300.00',
      });
    });

    it('refuses bad list filters with 400', async () => {
      const response = await request(service.url)
        .get('/api/v1/invoices')
        .query({ perPage: 500, createdFrom: '27/11/2026' })
        .set(auth)
        .expect(400);
      expect((response.body.errors as Array<{ field: string }>).map((e) => e.field).sort()).toEqual(
        ['createdFrom', 'perPage'],
      );
    });

    it('shows one invoice, and 404 for an unknown number', async () => {
      const shown = await request(service.url)
        .get(`/api/v1/invoices/${number}`)
        .set(auth)
        .expect(200);
      expect(shown.body).toMatchObject({ number, referenceCode, status: 'validated' });
      const missing = await request(service.url)
        .get('/api/v1/invoices/SETP1')
        .set(auth)
        .expect(404);
      expect(missing.body.code).toBe('INVOICE_NOT_FOUND');
    });

    it('downloads the PDF with its file name and ETag, answers 304, and asks Factus once', async () => {
      const first = await request(service.url)
        .get(`/api/v1/invoices/${number}/pdf`)
        .set(auth)
        .buffer(true)
        .expect(200);
      expect(first.headers['content-type']).toBe('application/pdf');
      expect(first.headers['content-disposition']).toMatch(/^attachment; filename="fv.+\.pdf"$/);
      expect((first.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      const etag = first.headers.etag;
      expect(etag).toMatch(/^".+"$/);

      await request(service.url)
        .get(`/api/v1/invoices/${number}/pdf`)
        .set(auth)
        .set('If-None-Match', etag)
        .expect(304);
      await request(service.url).get(`/api/v1/invoices/${number}/pdf`).set(auth).expect(200);
      const pdfCalls = (await sim.requests()).filter((r) => r.path.endsWith('/download-pdf'));
      expect(pdfCalls).toHaveLength(1);
    });

    it('downloads the XML carrying the CUFE', async () => {
      const shown = await request(service.url)
        .get(`/api/v1/invoices/${number}`)
        .set(auth)
        .expect(200);
      const xml = await request(service.url)
        .get(`/api/v1/invoices/${number}/xml`)
        .set(auth)
        .buffer(true)
        .parse((res, done) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => done(null, text));
        })
        .expect(200);
      expect(xml.headers['content-type']).toMatch(/^application\/xml/);
      expect(xml.body).toContain(shown.body.cufe);
    });

    it('refuses to delete a validated invoice (409)', async () => {
      const response = await request(service.url)
        .delete(`/api/v1/invoices/by-reference/${referenceCode}`)
        .set(auth)
        .expect(409);
      expect(response.body.code).toBe('INVOICE_ALREADY_VALIDATED');
    });

    it('answers 404 when deleting an unknown reference', async () => {
      const response = await request(service.url)
        .delete('/api/v1/invoices/by-reference/NOPE-123')
        .set(auth)
        .expect(404);
      expect(response.body.code).toBe('INVOICE_NOT_FOUND');
    });

    it('e-mails the invoice (202) until Factus daily limit, then a clear problem', async () => {
      await sim.settings({ emailDailyLimit: 1 });
      await request(service.url)
        .post(`/api/v1/invoices/${number}/email`)
        .set(auth)
        .send({ email: 'cliente@example.com' })
        .expect(202);
      const limited = await request(service.url)
        .post(`/api/v1/invoices/${number}/email`)
        .set(auth)
        .send({ email: 'cliente@example.com' })
        .expect(429);
      expect(limited.body.code).toBe('EMAIL_LIMIT_REACHED');
      const bad = await request(service.url)
        .post(`/api/v1/invoices/${number}/email`)
        .set(auth)
        .send({ email: 'nope' })
        .expect(400);
      expect(bad.body.errors).toEqual([
        { field: 'email', message: 'email must be an e-mail address' },
      ]);
    });
  });
});

describe('Long references (e2e)', () => {
  it('deletes by a 100-character reference full of slashes (percent-encoded past 100 characters)', async () => {
    const service = await startTestService();
    try {
      const auth = await loginAsDemo(service);
      const reference = `R/${'a/'.repeat(49)}`.slice(0, 100);
      await request(service.simulator.url)
        .post('/__simulator/dian/outcomes')
        .send({ outcome: 'pending' })
        .expect(201);
      await request(service.url)
        .post('/api/v1/invoices')
        .set(auth)
        .send(officialExampleInvoice(reference))
        .expect(202);
      await request(service.url)
        .delete(`/api/v1/invoices/by-reference/${encodeURIComponent(reference)}`)
        .set(auth)
        .expect(204);
    } finally {
      await service.close();
    }
  });
});
