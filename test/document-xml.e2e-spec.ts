import request from 'supertest';
import type { Response } from 'superagent';
import { officialExampleInvoice } from './support/invoice-fixtures';
import { resetLedger } from './support/ledger-reset';
import { aFullCreditNote } from './support/ledger-notes';
import { SimulatorControl } from './support/simulator-control';
import { registerTenant, startTenantsOnlyService, TenantUnderTest } from './support/tenants';
import { loginAsDemo, PROBLEM_JSON, startTestService, TestService } from './support/test-service';

/** Reads a body whatever its content type (supertest buffers only what it knows as text). */
function asText(res: Response, done: (error: Error | null, body: string) => void) {
  let text = '';
  res.on('data', (chunk: Buffer) => (text += chunk.toString()));
  res.on('end', () => done(null, text));
}

// A service with its own database starts in seconds on a loaded 2-core machine.
jest.setTimeout(60_000);

describe('XML of any document by its track id (e2e, against the simulator)', () => {
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

  const issueInvoice = async () =>
    (await request(service.url).post('/api/v1/invoices').set(auth).send(officialExampleInvoice()))
      .body as { number: string; cufe: string };
  const xmlOf = (trackId: string) =>
    request(service.url)
      .get(`/api/v1/documents/${trackId}/xml`)
      .set(auth)
      .buffer(true)
      .parse(asText);
  const trackIdCalls = async () =>
    (await sim.requests()).filter((r) => r.path.startsWith('/v2/documents/'));

  it('downloads the XML of an invoice by its CUFE, as the invoice XML route serves it', async () => {
    const invoice = await issueInvoice();
    expect(invoice.cufe).toMatch(/^[0-9a-f]{96}$/);
    const response = await xmlOf(invoice.cufe).expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/xml/);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="fv0901724254000\d{2}\d{8}\.xml"$/,
    );
    expect(response.headers['cache-control']).toBe('private, max-age=86400, immutable');
    expect(response.body).toContain(`>${invoice.cufe}</cbc:UUID>`);

    const byNumber = await request(service.url)
      .get(`/api/v1/invoices/${invoice.number}/xml`)
      .set(auth)
      .buffer(true)
      .parse(asText)
      .expect(200);
    expect(response.body).toBe(byNumber.body);
    expect(response.headers.etag).toBe(byNumber.headers.etag);
  });

  it('downloads a credit note by its CUDE, given in upper case too', async () => {
    const invoice = await issueInvoice();
    const note = await request(service.url)
      .post('/api/v1/credit-notes')
      .set(auth)
      .send(aFullCreditNote(invoice.number))
      .expect(201);
    const cude = note.body.cude as string;
    const response = await xmlOf(cude.toUpperCase()).expect(200);
    expect(response.headers['content-disposition']).toMatch(/filename="nc\d+\.xml"/);
    expect(response.body).toContain(cude);
    expect(response.body).toContain('<CreditNote');
    expect(response.body).not.toContain('<Invoice');
    expect((await trackIdCalls()).map((r) => r.path)).toEqual([
      `/v2/documents/${cude}/download-xml`,
    ]);
  });

  it('answers 304 to If-None-Match with the ETag it sent', async () => {
    const { cufe } = await issueInvoice();
    const first = await xmlOf(cufe).expect(200);
    expect(first.headers.etag).toMatch(/^".+"$/);
    await request(service.url)
      .get(`/api/v1/documents/${cufe}/xml`)
      .set(auth)
      .set('If-None-Match', first.headers.etag)
      .expect(304);
  });

  it('answers 404 DOCUMENT_NOT_FOUND for a track id Factus does not know', async () => {
    const response = await xmlOf('ab'.repeat(48)).expect(404).expect('content-type', PROBLEM_JSON);
    expect(JSON.parse(response.body as string)).toMatchObject({
      status: 404,
      code: 'DOCUMENT_NOT_FOUND',
      detail: expect.stringContaining('ab'.repeat(48)),
    });
  });

  it.each([
    ['too short', 'ab'.repeat(47)],
    ['too long', 'ab'.repeat(49)],
    ['not hexadecimal', `zz${'ab'.repeat(47)}`],
    ['an invoice number', 'SETP990000001'],
  ])(
    'refuses a track id that is %s (400 naming trackId), without asking Factus',
    async (_what, id) => {
      const response = await xmlOf(id).expect(400).expect('content-type', PROBLEM_JSON);
      const problem = JSON.parse(response.body as string) as {
        code: string;
        errors: Array<{ field: string; message: string }>;
      };
      expect(problem.code).toBe('VALIDATION_FAILED');
      expect(problem.errors).toEqual([
        { field: 'trackId', message: expect.stringContaining('96 hexadecimal characters') },
      ]);
      expect(await trackIdCalls()).toEqual([]);
    },
  );

  it('requires a Factus token', async () => {
    const response = await request(service.url)
      .get(`/api/v1/documents/${'ab'.repeat(48)}/xml`)
      .expect(401);
    expect(response.body.code).toBe('FACTUS_TOKEN_REQUIRED');
  });

  it('leaves the ledger list at /api/v1/documents as it was', async () => {
    await issueInvoice();
    const list = await request(service.url).get('/api/v1/documents').set(auth).expect(200);
    expect(list.body.data).toHaveLength(1);
  });
});

/**
 * Two tenants, each on its own Factus: B asking for A's CUFE gets 404 DOCUMENT_NOT_FOUND, as for
 * any unknown id, and the request goes to B's Factus alone; A's Factus never sees it.
 */
describe('XML by track id across tenants (e2e)', () => {
  let service: TestService;
  let a: TenantUnderTest;
  let b: TenantUnderTest;

  beforeAll(async () => {
    let admin: { 'X-API-Key': string };
    ({ service, admin } = await startTenantsOnlyService());
    a = await registerTenant(service, admin, 'Tenant A S.A.S.');
    b = await registerTenant(service, admin, 'Tenant B S.A.S.');
  });
  afterAll(async () => {
    await service?.close();
    await a?.factus.close();
    await b?.factus.close();
  });

  const trackIdPaths = async (tenant: TenantUnderTest) =>
    (await new SimulatorControl(tenant.factus.url).requests())
      .map((r) => r.path)
      .filter((path) => path.startsWith('/v2/documents/'));

  it("answers 404 to another tenant's CUFE, asking only that tenant's Factus", async () => {
    const issued = await request(service.url)
      .post('/api/v1/invoices')
      .set(a.headers)
      .send(officialExampleInvoice())
      .expect(201);
    const cufe = issued.body.cufe as string;
    const path = `/api/v1/documents/${cufe}/xml`;

    const own = await request(service.url).get(path).set(a.headers).expect(200);
    expect(own.headers['content-type']).toMatch(/^application\/xml/);
    expect(await trackIdPaths(a)).toEqual([`/v2/documents/${cufe}/download-xml`]);

    const other = await request(service.url)
      .get(path)
      .set(b.headers)
      .expect(404)
      .expect('content-type', PROBLEM_JSON);
    expect(other.body.code).toBe('DOCUMENT_NOT_FOUND');
    expect(await trackIdPaths(b)).toEqual([`/v2/documents/${cufe}/download-xml`]);
    expect(await trackIdPaths(a)).toEqual([`/v2/documents/${cufe}/download-xml`]);
  });
});
