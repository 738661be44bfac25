import request from 'supertest';
import { officialExampleInvoice, uniqueReference } from './support/invoice-fixtures';
import { aFullCreditNote } from './support/ledger-notes';
import { pollUntil } from './support/ledger-polling';
import { SimulatorControl } from './support/simulator-control';
import { registerTenant, startTenantsOnlyService, TenantUnderTest } from './support/tenants';
import type { TestService } from './support/test-service';
import { WebhookReceiver } from './support/webhook-receiver';

// Real services on PostgreSQL and two Factus simulators: sized for a loaded 2-core machine.
jest.setTimeout(120_000);

const ENV = {
  WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
  WEBHOOK_POLL_MS: '50',
  LEDGER_POLL_MS: '50',
};

/**
 * Two tenants, each with its own Factus account, on one gateway in tenants-only mode. Tenant B's
 * key is tried on every route that names something of tenant A's (its numbers, references,
 * ranges, webhook endpoints, events): each answers 404, as for something that does not exist,
 * never 403, so that B cannot even learn that A's things exist. Nothing reaches A's Factus.
 */
describe('Tenants: one gateway, many companies (e2e)', () => {
  const receiver = new WebhookReceiver();
  let service: TestService;
  let admin: { 'X-API-Key': string };
  let a: TenantUnderTest;
  let b: TenantUnderTest;
  /** What tenant A owns. */
  const owned = {
    invoiceNumber: '',
    invoiceReference: '',
    creditNoteNumber: '',
    creditNoteReference: '',
    rangeId: 0,
    endpointId: '',
    eventId: '',
  };

  beforeAll(async () => {
    await receiver.start();
    ({ service, admin } = await startTenantsOnlyService({ env: ENV }));
    a = await registerTenant(service, admin, 'Tenant A S.A.S.');
    b = await registerTenant(service, admin, 'Tenant B S.A.S.');

    const endpoint = await api()
      .post('/api/v1/webhook-endpoints')
      .set(a.headers)
      .send({ url: `${receiver.url}/a`, events: ['*'] })
      .expect(201);
    owned.endpointId = endpoint.body.id;
    await api()
      .post('/api/v1/webhook-endpoints')
      .set(b.headers)
      .send({ url: `${receiver.url}/b`, events: ['*'] })
      .expect(201);

    const invoice = officialExampleInvoice();
    const issued = await api().post('/api/v1/invoices').set(a.headers).send(invoice).expect(201);
    owned.invoiceNumber = issued.body.number;
    owned.invoiceReference = invoice.referenceCode;
    const note = aFullCreditNote(owned.invoiceNumber);
    const credited = await api().post('/api/v1/credit-notes').set(a.headers).send(note).expect(201);
    owned.creditNoteNumber = credited.body.number;
    owned.creditNoteReference = note.referenceCode;
    const range = await api()
      .post('/api/v1/numbering-ranges')
      .set(a.headers)
      .send({ document: '21', prefix: 'TENA', resolutionNumber: '18764000000003', current: 1 })
      .expect(201);
    owned.rangeId = range.body.id;
    const events = await pollUntil(
      () => api().get('/api/v1/events').set(a.headers).expect(200),
      (r) => (r.body.data as unknown[]).length > 0,
    );
    owned.eventId = events.body.data[0].id;
  });

  afterAll(async () => {
    await service?.close();
    await a?.factus.close();
    await b?.factus.close();
    await receiver.close();
  });

  const api = () => request(service.url);

  it("runs each tenant's documents on its own Factus account", async () => {
    expect(await documentsAt(a)).toEqual(
      expect.arrayContaining([owned.invoiceNumber, owned.creditNoteNumber]),
    );
    expect(await documentsAt(b)).toEqual([]);
  });

  describe("tenant B's key on tenant A's things: 404, as if they did not exist", () => {
    // Rows with or without a body: the test takes `...row`, as Jest reads a callback with more
    // parameters than the row has members as one that waits for `done`.
    const routes: Array<[string, string, () => string, object?]> = [
      ['GET', 'invoice', () => `/api/v1/invoices/${owned.invoiceNumber}`],
      ['GET', 'invoice PDF', () => `/api/v1/invoices/${owned.invoiceNumber}/pdf`],
      ['GET', 'invoice XML', () => `/api/v1/invoices/${owned.invoiceNumber}/xml`],
      [
        'GET',
        'attached document',
        () => `/api/v1/invoices/${owned.invoiceNumber}/attached-document`,
      ],
      ['GET', 'e-mail content', () => `/api/v1/invoices/${owned.invoiceNumber}/email-content`],
      [
        'POST',
        'send e-mail',
        () => `/api/v1/invoices/${owned.invoiceNumber}/email`,
        { email: 'x@example.com' },
      ],
      [
        'GET',
        'invoice by reference',
        () => `/api/v1/invoices/by-reference/${owned.invoiceReference}`,
      ],
      [
        'DELETE',
        'invoice by reference',
        () => `/api/v1/invoices/by-reference/${owned.invoiceReference}`,
      ],
      ['GET', 'credit note', () => `/api/v1/credit-notes/${owned.creditNoteNumber}`],
      ['GET', 'credit note PDF', () => `/api/v1/credit-notes/${owned.creditNoteNumber}/pdf`],
      [
        'GET',
        'credit note by reference',
        () => `/api/v1/credit-notes/by-reference/${owned.creditNoteReference}`,
      ],
      [
        'DELETE',
        'credit note by reference',
        () => `/api/v1/credit-notes/by-reference/${owned.creditNoteReference}`,
      ],
      ['GET', 'numbering range', () => `/api/v1/numbering-ranges/${owned.rangeId}`],
      [
        'PATCH',
        'numbering range current',
        () => `/api/v1/numbering-ranges/${owned.rangeId}/current`,
        { current: 5 },
      ],
      [
        'PATCH',
        'numbering range status',
        () => `/api/v1/numbering-ranges/${owned.rangeId}/toggle-status`,
        {},
      ],
      ['DELETE', 'numbering range', () => `/api/v1/numbering-ranges/${owned.rangeId}`],
      ['GET', 'webhook endpoint', () => `/api/v1/webhook-endpoints/${owned.endpointId}`],
      [
        'PATCH',
        'webhook endpoint',
        () => `/api/v1/webhook-endpoints/${owned.endpointId}`,
        { enabled: false },
      ],
      [
        'POST',
        'rotate endpoint secret',
        () => `/api/v1/webhook-endpoints/${owned.endpointId}/rotate-secret`,
        {},
      ],
      [
        'GET',
        'endpoint deliveries',
        () => `/api/v1/webhook-endpoints/${owned.endpointId}/deliveries`,
      ],
      ['DELETE', 'webhook endpoint', () => `/api/v1/webhook-endpoints/${owned.endpointId}`],
      ['GET', 'event', () => `/api/v1/events/${owned.eventId}`],
      ['POST', 'redeliver event', () => `/api/v1/events/${owned.eventId}/redeliver`, {}],
    ];

    it.each(routes)('%s %s', async (...row) => {
      const [method, , path, body] = row;
      const before = await requestsAt(a);
      let call = api()
        [method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](path())
        .set(b.headers);
      if (body) call = call.send(body);
      const response = await call;
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      // Nothing of B's request reached A's Factus.
      expect(await requestsAt(a)).toBe(before);
    });
  });

  it("lists none of tenant A's documents, endpoints or events to tenant B", async () => {
    const documents = await api().get('/api/v1/documents').set(b.headers).expect(200);
    expect(documents.body.data).toEqual([]);
    const invoices = await api().get('/api/v1/invoices').set(b.headers).expect(200);
    expect(JSON.stringify(invoices.body)).not.toContain(owned.invoiceNumber);
    const endpoints = await api().get('/api/v1/webhook-endpoints').set(b.headers).expect(200);
    expect((endpoints.body.data as Array<{ id: string }>).map((e) => e.id)).not.toContain(
      owned.endpointId,
    );
    const events = await api().get('/api/v1/events').set(b.headers).expect(200);
    expect(events.body.data).toEqual([]);
  });

  it("keeps a credit note on tenant A's invoice out of tenant B's reach", async () => {
    // B's own Factus holds no invoice yet (the first test checks), so A's number is unknown there.
    const before = await requestsAt(a);
    const response = await api()
      .post('/api/v1/credit-notes')
      .set(b.headers)
      .send(aFullCreditNote(owned.invoiceNumber))
      .expect(404);
    expect(response.body).toMatchObject({ code: 'REFERENCED_INVOICE_NOT_FOUND' });
    expect(await requestsAt(a)).toBe(before);
  });

  it("never notifies tenant B about tenant A's documents, while B hears of its own", async () => {
    // B issues one of its own, so that B's endpoint demonstrably receives deliveries.
    const own = officialExampleInvoice();
    await api().post('/api/v1/invoices').set(b.headers).send(own).expect(201);
    const bodiesTo = (path: string) =>
      receiver.received
        .filter((d) => d.path === path)
        .map((d) => d.body)
        .join('\n');
    await pollUntil(
      () => Promise.resolve([bodiesTo('/a'), bodiesTo('/b')]),
      ([toA, toB]) => toA.includes(owned.invoiceReference) && toB.includes(own.referenceCode),
    );
    expect(bodiesTo('/b')).not.toContain(owned.invoiceReference);
    expect(bodiesTo('/a')).not.toContain(own.referenceCode);
  });

  it('scopes an Idempotency-Key per tenant: the same key from B is B’s own request', async () => {
    const key = uniqueReference('IDEM');
    const first = await api()
      .post('/api/v1/invoices')
      .set(a.headers)
      .set('Idempotency-Key', key)
      .send(officialExampleInvoice())
      .expect(201);
    const second = await api()
      .post('/api/v1/invoices')
      .set(b.headers)
      .set('Idempotency-Key', key)
      .send(officialExampleInvoice())
      .expect(201);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    // Each went to its own tenant's Factus: both accounts hold one more document.
    expect(await documentsAt(a)).toContain(first.body.number);
    expect(await documentsAt(b)).toContain(second.body.number);
  });

  describe('keys: admins manage, tenants issue', () => {
    it('answers 403 to an admin key on a tenant route and to a tenant key on an admin route', async () => {
      const asAdmin = await api().get('/api/v1/documents').set(admin).expect(403);
      expect(asAdmin.body.code).toBe('TENANT_API_KEY_REQUIRED');
      const asTenant = await api().get('/api/v1/admin/tenants').set(a.headers).expect(403);
      expect(asTenant.body.code).toBe('ADMIN_API_KEY_REQUIRED');
    });

    it('answers 401 without a key (tenants only: no implicit tenant)', async () => {
      const response = await api().get('/api/v1/documents').expect(401);
      expect(response.body.code).toBe('API_KEY_REQUIRED');
    });

    it("refuses a Factus bearer on a tenant's request", async () => {
      const response = await api()
        .get('/api/v1/company')
        .set(a.headers)
        .set('Authorization', 'Bearer someone-elses-token')
        .expect(400);
      expect(response.body.code).toBe('TENANT_BEARER_NOT_ALLOWED');
    });

    it('stops a removed key and a disabled tenant at once', async () => {
      const key = await api()
        .post(`/api/v1/admin/tenants/${b.id}/api-keys`)
        .set(admin)
        .send({})
        .expect(201);
      const headers = { 'X-API-Key': key.body.key as string };
      await api().get('/api/v1/documents').set(headers).expect(200);
      await api()
        .delete(`/api/v1/admin/tenants/${b.id}/api-keys/${key.body.keyId}`)
        .set(admin)
        .expect(204);
      await api().get('/api/v1/documents').set(headers).expect(401);

      await api().post(`/api/v1/admin/tenants/${b.id}/disable`).set(admin).expect(200);
      await api().get('/api/v1/documents').set(b.headers).expect(401);
      await api().post(`/api/v1/admin/tenants/${b.id}/enable`).set(admin).expect(200);
      await api().get('/api/v1/documents').set(b.headers).expect(200);
    });

    it('never answers or logs a tenant secret', async () => {
      const listed = await api().get('/api/v1/admin/tenants').set(admin).expect(200);
      const text = JSON.stringify(listed.body) + service.logs.lines.join('\n');
      expect(text).not.toContain('simulator-secret');
      expect(text).not.toContain('demo-password');
      expect(text).not.toContain(a.headers['X-API-Key']);
    });

    it('checks a tenant by logging in to its Factus', async () => {
      const check = await api().post(`/api/v1/admin/tenants/${a.id}/check`).set(admin).expect(200);
      expect(check.body.ok).toBe(true);
      expect(check.body.ranges.length).toBeGreaterThan(0);
    });
  });

  /** How many requests a tenant's Factus has received. */
  async function requestsAt(tenant: TenantUnderTest): Promise<number> {
    return (await new SimulatorControl(tenant.factus.url).counters()).requests;
  }

  /** The numbers of the documents a tenant's own Factus holds. */
  async function documentsAt(tenant: TenantUnderTest): Promise<string[]> {
    const response = await request(service.url).get('/api/v1/invoices').set(tenant.headers);
    const credit = await request(service.url).get('/api/v1/credit-notes').set(tenant.headers);
    return [...response.body.data, ...credit.body.data].map((d: { number: string }) => d.number);
  }
});
