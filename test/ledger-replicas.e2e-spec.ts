import request from 'supertest';
import { FactusSimulator } from '../src/simulator/factus-simulator';
import { officialExampleInvoice } from './support/invoice-fixtures';
import { aFullCreditNote } from './support/ledger-notes';
import { factusDocuments, ledgerRecord, pollUntil } from './support/ledger-polling';
import { SimulatorControl } from './support/simulator-control';
import { createTestDatabase, TestDatabase } from './support/test-database';
import { DEMO_LOGIN, startTestService, TestService } from './support/test-service';

jest.setTimeout(60_000);

/** The sum of a Prometheus counter's series on one replica. */
async function counter(replica: TestService, name: string): Promise<number> {
  const text = (await request(replica.url).get('/metrics').expect(200)).text;
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

const DOCUMENTS = 40;
/** Factus refuses the first creates: those documents wait, and either replica's worker may claim them. */
const OUTAGE_CALLS = 8;

/**
 * PostgreSQL only: replicas share the ledger through one database server. An embedded PGlite
 * (DATABASE_URL unset) lives in memory inside one process, so two replicas could never share it;
 * production refuses to start without DATABASE_URL for that reason.
 */
describe('Two replicas on one PostgreSQL ledger (e2e)', () => {
  let database: TestDatabase;
  let simulator: FactusSimulator;
  const replicas: TestService[] = [];

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    simulator = new FactusSimulator({ settings: { rateLimit: 100_000 } });
    await simulator.start();
    const env = {
      DATABASE_URL: database.url,
      // The service's own Factus session: whichever replica claims a document can send it.
      FACTUS_USERNAME: DEMO_LOGIN.email,
      FACTUS_PASSWORD: DEMO_LOGIN.password,
      LEDGER_POLL_MS: '50',
      LEDGER_RETRY_BASE_MS: '100',
      LEDGER_RETRY_MAX_MS: '500',
      FACTUS_RETRY_MAX: '0',
      // The outage is the ledger's to wait out, not the breaker's (its pause would only slow the test).
      FACTUS_BREAKER_THRESHOLD: '1000',
    };
    // One after the other: the first one migrates the shared database.
    replicas.push(await startTestService({ env, sharedSimulator: simulator }));
    replicas.push(await startTestService({ env, sharedSimulator: simulator }));
  });
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.close()));
    await simulator?.close();
    await database?.drop();
  });

  it('issues 40 asynchronous creates spread across both, through an outage: all validated, each sent to Factus once', async () => {
    const sim = new SimulatorControl(simulator.url);
    await sim.fault({
      type: 'status',
      status: 503,
      route: 'POST /v2/bills/validate',
      count: OUTAGE_CALLS,
    });
    const bodies = Array.from({ length: DOCUMENTS }, () => officialExampleInvoice());
    const accepted = await Promise.all(
      bodies.map((body, i) =>
        request(replicas[i % 2].url)
          .post('/api/v1/invoices')
          .set('Prefer', 'respond-async')
          .send(body),
      ),
    );
    expect(accepted.map((answer) => answer.status)).toEqual(Array<number>(DOCUMENTS).fill(202));

    // Each followed on the other replica: the ledger is one.
    const records = await Promise.all(
      bodies.map((body, i) =>
        pollUntil(
          () =>
            ledgerRecord(
              replicas[(i + 1) % 2].url,
              `/api/v1/invoices/by-reference/${body.referenceCode}`,
              {},
            ),
          (record) => record.state === 'validated',
          45_000,
          100,
        ),
      ),
    );
    expect(new Set(records.map((record) => record.number)).size).toBe(DOCUMENTS);

    const creates = (await sim.requests()).filter(
      (entry) => entry.method === 'POST' && entry.path === '/v2/bills/validate',
    );
    // The refused calls are logged without a reference (Factus never read them).
    expect(creates.filter((entry) => entry.status === 503)).toHaveLength(OUTAGE_CALLS);
    const perReference = new Map<string, number>();
    for (const entry of creates.filter((e) => e.referenceCode))
      perReference.set(entry.referenceCode!, (perReference.get(entry.referenceCode!) ?? 0) + 1);
    expect(perReference.size).toBe(DOCUMENTS);
    expect([...perReference.values()].filter((count) => count !== 1)).toEqual([]);
    expect(creates).toHaveLength(DOCUMENTS + OUTAGE_CALLS);
    expect(await factusDocuments(simulator.url, { kind: 'bill' })).toHaveLength(DOCUMENTS);

    // Both replicas sent documents, and neither took a lease over (nobody died). Every Factus
    // call was one of the attempts the records count, and the replicas' counters hold every one
    // of those (and the DIAN follow-ups besides). Not "attempts = calls": on a loaded machine an
    // attempt can end before it reaches Factus, or a send turn into a follow-up.
    const attempts = await Promise.all(replicas.map((r) => counter(r, 'ledger_attempts_total')));
    for (const count of attempts) expect(count).toBeGreaterThan(0);
    const recorded = records.reduce((sum, record) => sum + record.attempts, 0);
    expect(recorded).toBeGreaterThanOrEqual(DOCUMENTS + OUTAGE_CALLS);
    expect(attempts[0] + attempts[1]).toBeGreaterThanOrEqual(recorded);
    for (const replica of replicas)
      expect(await counter(replica, 'ledger_lease_takeovers_total')).toBe(0);
    console.log(
      `replicas: ${DOCUMENTS} documents validated, ${creates.length} creates at Factus ` +
        `(${OUTAGE_CALLS} refused by the outage), attempts per replica ${attempts.join(' + ')}, ${recorded} on the records`,
    );
  });

  it('serialises credit notes on one invoice across replicas: ten at once split over both, one validated, nine refused', async () => {
    const invoice = await request(replicas[0].url)
      .post('/api/v1/invoices')
      .send(officialExampleInvoice())
      .expect(201);
    const billNumber = invoice.body.number as string;
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        request(replicas[i % 2].url)
          .post('/api/v1/credit-notes')
          .send(aFullCreditNote(billNumber)),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([201, ...Array<number>(9).fill(422)]);
    for (const refused of answers.filter((answer) => answer.status === 422))
      expect(refused.body.code).toBe('CREDIT_EXCEEDS_INVOICE_REMAINDER');
    const notes = (await factusDocuments(simulator.url, { kind: 'credit_note' })).filter(
      (document) => document.bill_number === billNumber,
    );
    expect(notes).toHaveLength(1);
  });
});
