import request from 'supertest';
import { officialExampleInvoice } from './support/invoice-fixtures';
import { SimulatorControl } from './support/simulator-control';
import { registerTenant, startTenantsOnlyService, TenantUnderTest } from './support/tenants';
import type { TestService } from './support/test-service';

// Real services on PostgreSQL and two Factus simulators: sized for a loaded 2-core machine.
jest.setTimeout(120_000);

/** Tenant A's budget: far below its backlog, so that the backlog cannot drain during the test. */
const A_BUDGET = 20;
/** Tenant A's burst. */
const BURST = 200;
/** At most this many of A's POSTs in flight at once. */
const POST_CONCURRENCY = 10;
/** Generous: B's one invoice needs a handful of B's own requests, far under B's own budget. */
const B_LATENCY_BOUND_MS = 15_000;

/**
 * Fair share (issue 17): tenant A's burst, held back by A's own rate budget, does not delay tenant
 * B's single invoice. A posts BURST invoices asynchronously; B then posts one synchronously and
 * gets it validated while A's queue is still far from drained, and neither Factus sees the
 * other's requests nor more than its tenant's budget.
 */
describe('Tenants: fair share between tenants (e2e)', () => {
  let service: TestService;
  let a: TenantUnderTest;
  let b: TenantUnderTest;

  beforeAll(async () => {
    // The default window (FACTUS_RATE_WINDOW_MS, 60 s) outlasts the test: A's budget is 20 in all.
    const started = await startTenantsOnlyService({ env: { LEDGER_POLL_MS: '50' } });
    service = started.service;
    a = await registerTenant(service, started.admin, 'Tenant A S.A.S.', { rateLimit: A_BUDGET });
    b = await registerTenant(service, started.admin, 'Tenant B S.A.S.');
  });

  afterAll(async () => {
    await service?.close();
    await a?.factus.close();
    await b?.factus.close();
  });

  const api = () => request(service.url);

  it("sends tenant B's invoice while tenant A's burst waits for A's budget", async () => {
    const references = Array.from({ length: BURST }, (_, i) => `BURST-A-${i}-${Date.now()}`);
    const statuses = await inBatches(references, POST_CONCURRENCY, async (reference) => {
      const response = await api()
        .post('/api/v1/invoices')
        .set(a.headers)
        .set('Prefer', 'respond-async')
        .send(officialExampleInvoice(reference));
      return response.status;
    });
    expect(statuses.filter((status) => status !== 202)).toEqual([]);

    const invoiceOfB = officialExampleInvoice();
    const started = Date.now();
    const answer = await api().post('/api/v1/invoices').set(b.headers).send(invoiceOfB);
    const latencyMs = Date.now() - started;
    const queuedAtA = await countIn(a, 'queued');
    const sendingAtA = await countIn(a, 'sending');
    const sentByA = await new SimulatorControl(a.factus.url).counters();

    console.log(
      `fair share: B latency ${latencyMs} ms; A queued ${queuedAtA}, sending ${sendingAtA} of ${BURST}; ` +
        `A's Factus requests ${sentByA.requests} (budget ${A_BUDGET})`,
    );
    expect({ status: answer.status, code: answer.body.code }).toEqual({
      status: 201,
      code: undefined,
    });
    expect(answer.body.status).toBe('validated');
    expect(latencyMs).toBeLessThan(B_LATENCY_BOUND_MS);
    // A's backlog is still there: B did not wait for it to drain.
    expect(queuedAtA).toBeGreaterThan(0);
    // A's Factus never saw more than A's budget in the window (which the test does not outlast).
    expect(sentByA.requests).toBeLessThanOrEqual(A_BUDGET);

    // Each Factus saw only its own tenant's documents.
    const atB = await factusReferences(b);
    expect(atB).toEqual([invoiceOfB.referenceCode]);
    const atA = await factusReferences(a);
    expect(atA).not.toContain(invoiceOfB.referenceCode);
    expect(atA.every((reference) => reference.startsWith('BURST-A-'))).toBe(true);
  });

  /** How many of a tenant's documents are in `state` (sending: waiting for its budget). */
  async function countIn(tenant: TenantUnderTest, state: 'queued' | 'sending'): Promise<number> {
    let count = 0;
    let cursor: string | undefined;
    do {
      const page = await api()
        .get('/api/v1/documents')
        .query({ state, limit: 100, ...(cursor ? { cursor } : {}) })
        .set(tenant.headers)
        .expect(200);
      count += (page.body.data as unknown[]).length;
      cursor = page.body.nextCursor as string | undefined;
    } while (cursor);
    return count;
  }

  /** The references of the documents a tenant's own Factus holds. */
  async function factusReferences(tenant: TenantUnderTest): Promise<string[]> {
    const response = await request(tenant.factus.url).get('/__simulator/documents').expect(200);
    return (response.body.data as Array<{ reference_code: string }>).map((d) => d.reference_code);
  }
});

/** Runs `work` over `items`, at most `concurrency` at a time; results in the order of `items`. */
async function inBatches<T, R>(
  items: T[],
  concurrency: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return results;
}
