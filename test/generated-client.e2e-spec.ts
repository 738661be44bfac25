import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './generated/factus-api';
import { officialExampleInvoice, uniqueReference } from './support/invoice-fixtures';
import { DEMO_LOGIN, startTestService, TestService } from './support/test-service';

/**
 * An ERP team's view: TypeScript types generated from the committed openapi.json
 * (`npm run openapi:types` → test/generated/factus-api.ts) and openapi-fetch on top of them. Every
 * request body, path parameter and response below is typed by the document alone, so if
 * openapi.json stops describing what the service takes and answers, this file stops compiling
 * (`npm run typecheck`) or its assertions fail.
 */
type CreateInvoiceRequest =
  paths['/api/v1/invoices']['post']['requestBody']['content']['application/json'];
type Invoice = paths['/api/v1/invoices']['post']['responses']['201']['content']['application/json'];
type Problem = components['schemas']['ProblemDto'];

describe('A client generated from openapi.json (e2e, against the simulator)', () => {
  let service: TestService;
  let client: Client<paths>;

  beforeAll(async () => {
    service = await startTestService();
    // Log in through the typed client too: the bearer then authorizes everything else.
    const login = await createClient<paths>({ baseUrl: service.url }).POST('/api/v1/auth/token', {
      body: { email: DEMO_LOGIN.email, password: DEMO_LOGIN.password },
    });
    expect(login.response.status).toBe(200);
    client = createClient<paths>({
      baseUrl: service.url,
      headers: { Authorization: `Bearer ${login.data!.accessToken}` },
    });
  });
  afterAll(() => service.close());

  it('issues an invoice, fetches it and downloads its PDF', async () => {
    // The shared fixture must satisfy the generated request type, or this does not compile.
    const body: CreateInvoiceRequest = officialExampleInvoice(uniqueReference('GEN'));

    const created = await client.POST('/api/v1/invoices', { body });
    expect(created.response.status).toBe(201);
    // 201 is the invoice; a 202 could also be the ledger record (not expected here).
    const data = created.data!;
    if (!('totals' in data))
      throw new Error(`got the ledger record (${data.state}), not the invoice`);
    const invoice: Invoice = data;
    expect(invoice.status).toBe('validated');
    expect(invoice.referenceCode).toBe(body.referenceCode);
    expect(invoice.totals.total).toBe('83300.00');
    expect(invoice.cufe).toMatch(/^[0-9a-f]{96}$/);

    const shown = await client.GET('/api/v1/invoices/{number}', {
      params: { path: { number: invoice.number } },
    });
    expect(shown.response.status).toBe(200);
    expect(shown.data).toMatchObject({
      number: invoice.number,
      cufe: invoice.cufe,
      referenceCode: body.referenceCode,
      totals: { total: '83300.00' },
    });

    const listed = await client.GET('/api/v1/invoices', {
      params: { query: { referenceCode: body.referenceCode } },
    });
    expect(listed.data?.data.map((row) => row.number)).toEqual([invoice.number]);

    const pdf = await client.GET('/api/v1/invoices/{number}/pdf', {
      params: { path: { number: invoice.number } },
      parseAs: 'arrayBuffer',
    });
    expect(pdf.response.status).toBe(200);
    expect(pdf.response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(pdf.data!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.response.headers.get('content-disposition')).toMatch(/\.pdf"$/);
  });

  it('gets the documented problem type for a refused request', async () => {
    const body: CreateInvoiceRequest = {
      ...officialExampleInvoice(uniqueReference('GEN')),
      paymentDetails: [{ paymentForm: '1', paymentMethodCode: '10', amount: '1.00' }],
    };
    const refused = await client.POST('/api/v1/invoices', { body });
    expect(refused.response.status).toBe(400);
    expect(refused.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem: Problem = refused.error!;
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors).toEqual([
      expect.objectContaining({ field: 'paymentDetails', message: expect.any(String) }),
    ]);
  });

  it('is typed by the document: wrong requests do not compile', () => {
    // Never called: each @ts-expect-error fails `npm run typecheck` if the line it marks compiles,
    // i.e. if the generated types stopped constraining the client.
    const _compileTimeChecks = (c: Client<paths>, valid: CreateInvoiceRequest) => [
      // @ts-expect-error referenceCode is required
      c.POST('/api/v1/invoices', { body: { ...valid, referenceCode: undefined } }),
      // @ts-expect-error items is an array of items
      c.POST('/api/v1/invoices', { body: { ...valid, items: 'none' } }),
      // @ts-expect-error the number is a path parameter, and it is required
      c.GET('/api/v1/invoices/{number}', {}),
      // @ts-expect-error no such route
      c.GET('/api/v1/invoice'),
      // @ts-expect-error login takes email and password
      c.POST('/api/v1/auth/token', { body: { user: 'demo' } }),
      async () => {
        const { data } = await c.GET('/api/v1/invoices/{number}', {
          params: { path: { number: 'SETP1' } },
        });
        // @ts-expect-error totals are decimal strings, not numbers
        const total: number | undefined = data?.totals.total;
        return total;
      },
    ];
    expect(typeof _compileTimeChecks).toBe('function');
  });
});
