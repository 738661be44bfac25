import request from 'supertest';
import { officialExampleInvoice } from './support/invoice-fixtures';
import { SimulatorControl } from './support/simulator-control';
import { loginAsDemo, PROBLEM_JSON, startTestService, TestService } from './support/test-service';

describe('Company and subscription (e2e, against the simulator)', () => {
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
    auth = await loginAsDemo(service);
  });

  const subscription = async () =>
    (await request(service.url).get('/api/v1/subscription').set(auth).expect(200)).body as Record<
      string,
      unknown
    >;
  const createInvoice = () =>
    request(service.url).post('/api/v1/invoices').set(auth).send(officialExampleInvoice());

  describe('GET /api/v1/company', () => {
    it('answers the issuer profile Factus holds', async () => {
      const response = await request(service.url).get('/api/v1/company').set(auth).expect(200);
      expect(response.body).toEqual({
        nit: '901724254',
        dv: expect.stringMatching(/^\d$/),
        company: 'EMPRESA DEMO SIMULADOR S.A.S.',
        tradeName: 'Demo Simulador',
        names: null,
        surnames: null,
        registrationCode: '0000000-00',
        economicActivity: '6201',
        phone: '6010000000',
        email: 'facturacion@simulator.factus.local',
        address: 'Calle 1 # 2-3',
        tribute: { code: '01', name: 'IVA' },
        legalOrganization: { code: '1', name: 'Persona Jurídica' },
        municipality: {
          code: '68679',
          name: 'San Gil',
          department: { code: '68', name: 'Santander' },
        },
        responsibilities: [{ code: 'O-13', name: 'Gran contribuyente' }],
        urlLogo: 'https://app-sandbox.factus.com.co/images/logo.png',
      });
    });

    it('requires a Factus token', async () => {
      const response = await request(service.url).get('/api/v1/company').expect(401);
      expect(response.body.code).toBe('FACTUS_TOKEN_REQUIRED');
    });
  });

  describe('GET /api/v1/subscription', () => {
    it('answers the invoicing subscription, and counts each new invoice', async () => {
      const before = await subscription();
      expect(before).toEqual({
        name: 'Facturación',
        supportedDocumentTypes: expect.arrayContaining(['Factura de Venta', 'Nota Crédito']),
        documentsQuota: 100000,
        documentsConsumed: 0,
        documentsAvailable: 100000,
        unlimited: false,
        daysUntilExpiration: expect.any(Number),
        activatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-05:00$/),
        expiresAt: expect.stringMatching(/-05:00$/),
        hasExpired: false,
        isActive: true,
      });
      await createInvoice().expect(201);
      expect(await subscription()).toMatchObject({
        documentsConsumed: 1,
        documentsAvailable: 99999,
      });
    });

    it('requires a Factus token', async () => {
      await request(service.url).get('/api/v1/subscription').expect(401);
    });
  });

  describe('402 when the quota is exhausted', () => {
    it('answers FACTUS_PAYMENT_REQUIRED (402) to the invoice past the quota', async () => {
      await sim.settings({ documentsQuota: 1 });
      await createInvoice().expect(201);
      const refused = await createInvoice().expect(402).expect('content-type', PROBLEM_JSON);
      expect(refused.body.code).toBe('FACTUS_PAYMENT_REQUIRED');
      expect(refused.body.status).toBe(402);
      expect(refused.body.detail).toContain('límite de documentos');
      expect(await subscription()).toMatchObject({ documentsQuota: 1, documentsAvailable: 0 });
    });

    it('answers 402 to the first invoice with a quota of 0; reads keep working', async () => {
      await sim.settings({ documentsQuota: 0 });
      const refused = await createInvoice().expect(402);
      expect(refused.body.code).toBe('FACTUS_PAYMENT_REQUIRED');
      await request(service.url).get('/api/v1/invoices').set(auth).expect(200);
      await request(service.url).get('/api/v1/company').set(auth).expect(200);
    });
  });
});
