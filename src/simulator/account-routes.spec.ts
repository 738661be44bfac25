import request from 'supertest';
import { FactusSimulator } from './factus-simulator';
import { JsonBody, officialBill } from './bills/testing/bill-payloads';
import { demoAccessToken } from './testing/demo-token';

/**
 * The simulator's account routes over real HTTP: DIAN acquirer lookup, company, subscriptions
 * with the document quota (402), and numbering-range management.
 */
describe('Factus simulator: acquirer, company, subscriptions, range management', () => {
  const simulator = new FactusSimulator({ settings: { rateLimit: 10_000 } });
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
  const get = (path: string) => request(url).get(path).set(auth());

  describe('GET /v2/dian/acquirer', () => {
    it.each([
      ['13', '1399995', 'Nombre Cédula de ciudadanía 5', 'Mail_Cédula de ciudadanía_5@mail.com'],
      ['31', '31999910', 'Nombre NIT 10', 'Mail_NIT_10@mail.com'],
      ['91', '9199991', 'Nombre NUIP * 1', 'Mail_NUIP *_1@mail.com'],
    ])('answers DIAN test identity %s/%s', async (code, number, name, email) => {
      const response = await get(
        `/v2/dian/acquirer?identification_document_code=${code}&identification_number=${number}`,
      ).expect(200);
      expect(response.body).toEqual({
        status: 'OK',
        message: 'Solicitud exitosa',
        data: { name, email },
      });
    });

    it.each([
      ['13', '1399990'],
      ['13', '13999911'],
      ['13', '123456'],
      ['47', '4799991'],
    ])('answers 404 for %s/%s', async (code, number) => {
      const response = await get(
        `/v2/dian/acquirer?identification_document_code=${code}&identification_number=${number}`,
      ).expect(404);
      expect(response.body.message).toMatch(/adquiriente/);
    });

    it('answers 422 for missing or unknown parameters, 401 without a token', async () => {
      const response = await get('/v2/dian/acquirer?identification_document_code=99').expect(422);
      expect(Object.keys(response.body.data.errors as JsonBody)).toEqual([
        'identification_document_code',
        'identification_number',
      ]);
      await request(url).get('/v2/dian/acquirer').expect(401);
    });
  });

  it('GET /v2/companies answers the demo company as the docs shape it', async () => {
    const response = await get('/v2/companies').expect(200);
    expect(response.body.data).toMatchObject({
      nit: '901724254',
      company: 'EMPRESA DEMO SIMULADOR S.A.S.',
      names: '',
      economic_activity: 6201,
      tribute: { code: '01', name: 'IVA' },
      legal_organization: { code: '1', name: 'Persona Jurídica' },
      municipality: {
        code: '68679',
        name: 'San Gil',
        department: { code: '68', name: 'Santander' },
      },
      responsibilities: [{ code: 'O-13', name: 'Gran contribuyente' }],
    });
  });

  describe('subscriptions and the document quota', () => {
    it('counts each new document; resends do not count; at the quota creation answers 402', async () => {
      await request(url).put('/__simulator/settings').send({ documentsQuota: 1 }).expect(200);
      const first = officialBill('Q-1');
      await request(url).post('/v2/bills/validate').set(auth()).send(first).expect(201);
      await request(url).post('/v2/bills/validate').set(auth()).send(first).expect(201);

      const [billing, payroll] = (await get('/v2/subscriptions').expect(200)).body
        .data as JsonBody[];
      expect(billing).toMatchObject({
        name: 'Facturación',
        documents_quota: 1,
        documents_consumed: 1,
        documents_available: 0,
        has_expired: false,
        is_active: true,
        has_unlimited_quota: false,
      });
      expect(payroll).toMatchObject({ name: 'Nómina' });

      const refused = await request(url)
        .post('/v2/bills/validate')
        .set(auth())
        .send(officialBill('Q-2'))
        .expect(402);
      expect(refused.body).toEqual({
        status: 'Payment Required',
        message: 'Has alcanzado el límite de documentos de tu suscripción',
      });
      // Reads stay available.
      await get('/v2/bills').expect(200);
    });

    it('starts with the default quota after a reset', async () => {
      const [billing] = (await get('/v2/subscriptions').expect(200)).body.data as JsonBody[];
      expect(billing).toMatchObject({ documents_quota: 100000, documents_consumed: 0 });
    });
  });

  describe('numbering-range management', () => {
    it('creates an invoice range with a resolution; two active ranges then require the id', async () => {
      const created = await request(url)
        .post('/v2/numbering-ranges')
        .set(auth())
        .send({ document: '21', prefix: 'SETQ', resolution_number: '18760000009', current: 1000 })
        .expect(201);
      expect(created.body).toMatchObject({
        status: 'Created',
        message: 'Rango de numeración creado con éxito',
        data: {
          id: 1778,
          document: '21',
          document_name: 'Factura de Venta',
          prefix: 'SETQ',
          from: 1000,
          current: 1000,
          resolution_number: '18760000009',
          is_active: 1,
          is_expired: 0,
        },
      });
      expect(created.body.data.technical_key).toMatch(/^[0-9a-f]{40}$/);

      const { numbering_range_id: _omit, ...withoutRange } = officialBill('R-1');
      const ambiguous = await request(url)
        .post('/v2/bills/validate')
        .set(auth())
        .send(withoutRange)
        .expect(422);
      expect(ambiguous.body.data.errors.numbering_range_id[0]).toMatch(/más de un rango activo/);
    });

    it('refuses bad input with Laravel-style errors', async () => {
      const response = await request(url)
        .post('/v2/numbering-ranges')
        .set(auth())
        .send({ document: '21', prefix: 'TOOLONG', current: 'x' })
        .expect(422);
      expect(Object.keys(response.body.data.errors as JsonBody).sort()).toEqual([
        'current',
        'prefix',
        'resolution_number',
      ]);
      const duplicate = await request(url)
        .post('/v2/numbering-ranges')
        .set(auth())
        .send({ document: '22', prefix: 'NC', current: 1 })
        .expect(422);
      expect(duplicate.body.data.errors.prefix).toEqual(['El campo prefix ya ha sido registrado.']);
    });

    it('toggles the status of a range', async () => {
      const off = await request(url)
        .patch('/v2/numbering-ranges/389/toggle-status')
        .set(auth())
        .expect(200);
      expect(off.body.data).toMatchObject({ id: 389, is_active: 0 });
      const on = await request(url)
        .patch('/v2/numbering-ranges/389/toggle-status')
        .set(auth())
        .expect(200);
      expect(on.body.data.is_active).toBe(1);
      await request(url).patch('/v2/numbering-ranges/9/toggle-status').set(auth()).expect(404);
    });

    it('deletes an unused range, never one that numbered documents', async () => {
      const created = await request(url)
        .post('/v2/numbering-ranges')
        .set(auth())
        .send({ document: '22', prefix: 'NC2', current: 1 })
        .expect(201);
      const id = created.body.data.id as number;
      expect(created.body.data).toMatchObject({ resolution_number: null, technical_key: null });
      await request(url).delete(`/v2/numbering-ranges/${id}`).set(auth()).expect(200);
      await get(`/v2/numbering-ranges/${id}`).expect(404);

      await request(url)
        .post('/v2/bills/validate')
        .set(auth())
        .send(officialBill('D-1'))
        .expect(201);
      await request(url).delete('/v2/numbering-ranges/389').set(auth()).expect(409);
    });
  });
});
