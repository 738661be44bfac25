import request from 'supertest';
import { FACTUS_TRANSPORT, FactusTransport } from '../src/factus/transport/factus-transport.port';
import { officialExampleInvoice } from './support/invoice-fixtures';
import { SimulatorControl } from './support/simulator-control';
import { loginAsDemo, PROBLEM_JSON, startTestService, TestService } from './support/test-service';

/**
 * Numbering ranges and the range check of invoice creation. Each test gets a service of its own:
 * the service keeps an account's ranges for a minute, and these tests change them in Factus.
 */
describe('Numbering ranges (e2e, against the simulator)', () => {
  let service: TestService;
  let sim: SimulatorControl;
  let auth: { Authorization: string };

  beforeEach(async () => {
    service = await startTestService();
    sim = new SimulatorControl(service.simulator.url);
    auth = await loginAsDemo(service);
  });
  afterEach(() => service.close());

  const list = (query: Record<string, string> = {}) =>
    request(service.url).get('/api/v1/numbering-ranges').query(query).set(auth);
  const createInvoice = (body: object) =>
    request(service.url).post('/api/v1/invoices').set(auth).send(body);
  const withoutRange = () => {
    const { numberingRangeId: _omit, ...body } = officialExampleInvoice();
    return body;
  };
  /** Factus's own range management, on the simulator, with the caller's Factus token. */
  const factus = () => request(service.simulator.url);
  const addInvoiceRange = async (prefix: string) =>
    (
      await factus()
        .post('/v2/numbering-ranges')
        .set(auth)
        .send({ document: '21', prefix, resolution_number: '18760000009', current: 984000000 })
        .expect(201)
    ).body.data.id as number;
  const calls = async (method: string, path: string) =>
    (await sim.requests()).filter((r) => r.method === method && r.path === path);
  const rangeErrors = (body: { errors?: Array<{ field: string; message: string }> }) =>
    (body.errors ?? []).filter((e) => e.field === 'numberingRangeId');

  describe('GET /api/v1/numbering-ranges', () => {
    it("lists the account's ranges with document codes", async () => {
      const response = await list().expect(200);
      expect(
        (response.body.data as Array<{ id: number; document: string; prefix: string }>).map((r) => [
          r.id,
          r.document,
          r.prefix,
        ]),
      ).toEqual([
        [389, '21', 'SETP'],
        [390, '21', 'SETT'],
        [1776, '22', 'NC'],
        [1777, '23', 'ND'],
        [391, '24', 'SEDS'],
        [392, '25', 'NA'],
      ]);
      expect(response.body.data[0]).toEqual({
        id: 389,
        document: '21',
        documentName: 'Factura de Venta',
        prefix: 'SETP',
        from: 990000000,
        to: 995000000,
        current: 990000001,
        resolutionNumber: '18760000001',
        startDate: '2019-01-19',
        endDate: '2030-01-19',
        technicalKey: 'fc8eac422eba16e22ffd8c6f94b3f40a6e38162c',
        isExpired: false,
        isActive: true,
      });
    });

    it('filters by document, active and expired', async () => {
      const ids = async (query: Record<string, string>) =>
        ((await list(query).expect(200)).body.data as Array<{ id: number }>).map((r) => r.id);
      expect(await ids({ document: '21', active: 'true' })).toEqual([389]);
      expect(await ids({ document: '21', active: 'false' })).toEqual([390]);
      expect(await ids({ expired: 'true' })).toEqual([390]);
      expect(await ids({ document: '22' })).toEqual([1776]);
      // All of it from one Factus call.
      expect(await calls('GET', '/v2/numbering-ranges')).toHaveLength(1);
    });

    it('refuses unknown filters values with 400', async () => {
      const response = await list({ document: '99', active: 'maybe' }).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect((response.body.errors as Array<{ field: string }>).map((e) => e.field).sort()).toEqual(
        ['active', 'document'],
      );
    });

    it('requires a Factus token', async () => {
      const response = await request(service.url).get('/api/v1/numbering-ranges').expect(401);
      expect(response.body.code).toBe('FACTUS_TOKEN_REQUIRED');
    });
  });

  describe('GET /api/v1/numbering-ranges/:id', () => {
    it('shows one range as Factus has it now', async () => {
      const response = await request(service.url)
        .get('/api/v1/numbering-ranges/1776')
        .set(auth)
        .expect(200);
      expect(response.body).toMatchObject({
        id: 1776,
        document: '22',
        documentName: 'Nota Crédito',
        prefix: 'NC',
        resolutionNumber: null,
        startDate: null,
        isActive: true,
      });
      const invoiceRange = await request(service.url)
        .get('/api/v1/numbering-ranges/389')
        .set(auth)
        .expect(200);
      expect(invoiceRange.body).toMatchObject({ startDate: '2019-01-19', endDate: '2030-01-19' });
    });

    it('answers 404 NUMBERING_RANGE_NOT_FOUND for an unknown id, 400 for a malformed one', async () => {
      const missing = await request(service.url)
        .get('/api/v1/numbering-ranges/4242')
        .set(auth)
        .expect(404)
        .expect('content-type', PROBLEM_JSON);
      expect(missing.body.code).toBe('NUMBERING_RANGE_NOT_FOUND');
      const malformed = await request(service.url)
        .get('/api/v1/numbering-ranges/abc')
        .set(auth)
        .expect(400);
      expect(malformed.body.errors[0].field).toBe('id');
    });
  });

  describe('the range check of POST /api/v1/invoices', () => {
    it('sends an invoice without numberingRangeId when exactly one invoice range is active', async () => {
      const response = await createInvoice(withoutRange()).expect(201);
      expect(response.body.number).toMatch(/^SETP/);
    });

    it('refuses several active ranges without numberingRangeId (400 listing them), sending nothing', async () => {
      const added = await addInvoiceRange('SETQ');
      const response = await createInvoice(withoutRange())
        .expect(400)
        .expect('content-type', PROBLEM_JSON);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      const [error] = rangeErrors(response.body);
      expect(error.message).toContain('numberingRangeId is required');
      expect(error.message).toContain(`389 (SETP), ${added} (SETQ)`);
      expect(await calls('POST', '/v2/bills/validate')).toHaveLength(0);

      await createInvoice({ ...withoutRange(), numberingRangeId: added }).expect(201);
    });

    it('says so when no invoice range is active', async () => {
      await factus().patch('/v2/numbering-ranges/389/toggle-status').set(auth).expect(200);
      const response = await createInvoice(withoutRange()).expect(400);
      expect(rangeErrors(response.body)[0].message).toMatch(/no active invoice numbering range/);
      expect(await calls('POST', '/v2/bills/validate')).toHaveLength(0);
    });

    it.each([
      [987654, 'numberingRangeId 987654 is not a numbering range'],
      [390, 'numberingRangeId 390 (SETT) is not active'],
      [1776, 'numberingRangeId 1776 (NC) is a Nota Crédito range'],
    ])('refuses numberingRangeId %i naming it', async (numberingRangeId, message) => {
      const response = await createInvoice({
        ...officialExampleInvoice(),
        numberingRangeId,
      }).expect(400);
      const [error] = rangeErrors(response.body);
      expect(error.message).toContain(message);
      expect(error.message).toContain('Usable invoice ranges: 389 (SETP).');
      expect(await calls('POST', '/v2/bills/validate')).toHaveLength(0);
    });

    it('reports the range problem together with every other problem', async () => {
      const body = officialExampleInvoice();
      const response = await createInvoice({
        ...body,
        numberingRangeId: 390,
        items: [{ ...body.items[0], unitMeasureCode: 'NOPE' }, body.items[1]],
      }).expect(400);
      const fields = (response.body.errors as Array<{ field: string }>).map((e) => e.field);
      expect(fields).toEqual(
        expect.arrayContaining(['numberingRangeId', 'items[0].unitMeasureCode']),
      );
    });

    it('asks Factus for the ranges at most once for two invoices, and once more to list them fresh', async () => {
      await createInvoice(withoutRange()).expect(201);
      await createInvoice(officialExampleInvoice()).expect(201);
      expect(await calls('GET', '/v2/numbering-ranges')).toHaveLength(1);
      expect(await calls('POST', '/v2/bills/validate')).toHaveLength(2);
      // The account issued since its copy was fetched: the list shows each range's new `current`.
      await list().expect(200);
      expect(await calls('GET', '/v2/numbering-ranges')).toHaveLength(2);
    });

    it('lets invoices through to Factus when it names the range documents in a way we cannot map', async () => {
      // Factus rewords every document name in its list, and its show answers nothing usable:
      // no range's type is certain, so nothing may be refused for it.
      const transport = service.app.get<FactusTransport>(FACTUS_TRANSPORT);
      const original = transport.request.bind(transport);
      jest.spyOn(transport, 'request').mockImplementation(async (call) => {
        if (call.method === 'GET' && /^\/v2\/numbering-ranges\/\d+$/.test(call.url)) {
          return { status: 500, headers: {}, rawBody: '{"message":"Server Error"}' };
        }
        const answer = await original(call);
        if (call.method !== 'GET' || call.url !== '/v2/numbering-ranges') return answer;
        return {
          ...answer,
          rawBody: answer.rawBody.replace(/"document":"[^"]+"/g, '"document":"Tipo renombrado"'),
        };
      });
      const listed = await list().expect(200);
      expect(listed.body.data[0]).toMatchObject({ id: 389, document: 'Tipo renombrado' });

      const response = await createInvoice(withoutRange()).expect(201);
      expect(response.body.number).toMatch(/^SETP/);
    }, 20_000);

    it('finds a range created in Factus after its ranges were cached', async () => {
      await list().expect(200);
      const added = await addInvoiceRange('NEW1');
      const response = await createInvoice({
        ...officialExampleInvoice(),
        numberingRangeId: added,
      }).expect(201);
      expect(response.body.number).toMatch(/^NEW1/);
      expect(await calls('GET', '/v2/numbering-ranges')).toHaveLength(2);
    });
  });
});
