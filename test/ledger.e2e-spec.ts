import request from 'supertest';
import { officialExampleInvoice } from './support/invoice-fixtures';
import { aDebitNote, aFullCreditNote } from './support/ledger-notes';
import {
  factusDocuments,
  ledgerRecord,
  pollUntil,
  queueDianOutcome,
  untilState,
} from './support/ledger-polling';
import { resetLedger } from './support/ledger-reset';
import { SimulatorControl } from './support/simulator-control';
import { loginAsDemo, PROBLEM_JSON, startTestService, TestService } from './support/test-service';
import { loginAs, OTHER_USER } from './support/ledger-accounts';

// Real services on PostgreSQL or PGlite: sized for a loaded 2-core machine, not Jest's 5 s.
jest.setTimeout(60_000);

/** Each test runs on the machine's PostgreSQL and on the embedded PGlite (DATABASE_URL empty). */
const STORES: Array<[string, Record<string, string>]> = [
  ['PostgreSQL', {}],
  ['the embedded PGlite', { DATABASE_URL: '' }],
];

/**
 * A worker that wakes often and retries soon, so that outages and follow-ups finish within a
 * test. No retries inside the Factus client: each ledger attempt is one Factus call, so that
 * "the first N calls fail" means N attempts.
 */
const FAST_LEDGER = {
  LEDGER_POLL_MS: '50',
  LEDGER_RETRY_BASE_MS: '100',
  LEDGER_RETRY_MAX_MS: '1000',
  FACTUS_RETRY_MAX: '0',
};

const VALIDATE = 'POST /v2/bills/validate';
const ASYNC = { Prefer: 'respond-async' };

/** The states a record went through, from its history. */
const statesOf = (record: { history?: Array<{ to: string }> }) =>
  (record.history ?? []).map((entry) => entry.to);

describe.each(STORES)('The document ledger on %s (e2e)', (_store, storeEnv) => {
  let service: TestService;
  let sim: SimulatorControl;
  let auth: { Authorization: string };

  beforeAll(async () => {
    service = await startTestService({ env: { ...storeEnv, ...FAST_LEDGER } });
    sim = new SimulatorControl(service.simulator.url);
  });
  afterAll(() => service?.close());
  beforeEach(async () => {
    await sim.reset();
    await resetLedger(service);
    auth = await loginAsDemo(service);
  });

  const create = (body: object, headers: Record<string, string> = {}) =>
    request(service.url).post('/api/v1/invoices').set(auth).set(headers).send(body);
  const validateCalls = async (referenceCode?: string) =>
    (await sim.requests()).filter(
      (r) =>
        r.method === 'POST' &&
        r.path === '/v2/bills/validate' &&
        (referenceCode === undefined || r.referenceCode === referenceCode),
    );
  const follow = (location: string, state: string, timeoutMs?: number) =>
    untilState(service.url, location, auth, state, timeoutMs);

  it('refuses the same reference with another body (409 naming the document), and answers the same body with the same invoice, sent once', async () => {
    const body = officialExampleInvoice();
    const first = await create(body).expect(201);

    const other = { ...body, observation: 'otra factura con la misma referencia' };
    const reused = await create(other).expect(409).expect('content-type', PROBLEM_JSON);
    expect(reused.body).toMatchObject({
      code: 'REFERENCE_CODE_REUSED',
      referenceCode: body.referenceCode,
      state: 'validated',
      number: first.body.number,
    });
    expect(reused.body.errors).toEqual([expect.objectContaining({ field: 'referenceCode' })]);

    const again = await create(body).expect(201);
    expect(again.body.number).toBe(first.body.number);
    expect(again.body.cufe).toBe(first.body.cufe);
    expect(await validateCalls()).toHaveLength(1);
    expect(
      await factusDocuments(service.simulator.url, { reference_code: body.referenceCode }),
    ).toHaveLength(1);
  });

  it('answers ten concurrent identical creates with the one invoice, sent to Factus once', async () => {
    const body = officialExampleInvoice();
    const answers = await Promise.all(Array.from({ length: 10 }, () => create(body)));
    expect(answers.map((answer) => answer.status)).toEqual(Array<number>(10).fill(201));
    expect(new Set(answers.map((answer) => answer.body.number as string)).size).toBe(1);
    expect(await validateCalls()).toHaveLength(1);
  });

  it('accepts a corrected body under the reference of a rejected document: queued again and issued', async () => {
    await queueDianOutcome(service.simulator.url, 'rejected');
    const body = officialExampleInvoice();
    await create(body).expect(422);
    const corrected = await create({ ...body, observation: 'corregida' }).expect(201);
    expect(corrected.body.referenceCode).toBe(body.referenceCode);
    const record = await ledgerRecord(
      service.url,
      `/api/v1/invoices/by-reference/${body.referenceCode}`,
      auth,
    );
    expect(record).toMatchObject({
      state: 'validated',
      number: corrected.body.number,
      attempts: 2,
    });
    expect(statesOf(record)).toEqual([
      'queued',
      'sending',
      'rejected',
      'queued',
      'sending',
      'validated',
    ]);
    expect(
      await factusDocuments(service.simulator.url, { reference_code: body.referenceCode }),
    ).toHaveLength(1);
  });

  it('runs on the store it names (an empty DATABASE_URL is the embedded PGlite)', () => {
    // startTestService makes a fresh PostgreSQL database unless the env names one; loadConfig
    // reads an empty DATABASE_URL as unset, i.e. the embedded PGlite (in memory: no DATA_DIR).
    if (storeEnv.DATABASE_URL === '') {
      expect(service.config.database.url).toBeUndefined();
      expect(service.config.database.dataDir).toBeUndefined();
    } else expect(service.config.database.url).toMatch(/^postgres:\/\/.+\/factus_test_/);
  });

  it('refuses another body under a reference still queued (409, state queued), and answers 404 for a reference never received', async () => {
    await sim.fault({ type: 'status', status: 503, route: VALIDATE, count: 1 });
    const body = officialExampleInvoice();
    const accepted = await create(body, ASYNC).expect(202);
    const reused = await create({ ...body, observation: 'otra' }, ASYNC).expect(409);
    expect(reused.body).toMatchObject({
      code: 'REFERENCE_CODE_REUSED',
      referenceCode: body.referenceCode,
    });
    expect(['queued', 'sending']).toContain(reused.body.state);
    expect(reused.body.number).toBeUndefined();
    await follow(accepted.headers.location, 'validated');
    expect(
      await factusDocuments(service.simulator.url, { reference_code: body.referenceCode }),
    ).toHaveLength(1);

    const unknown = await request(service.url)
      .get('/api/v1/invoices/by-reference/NEVER-RECEIVED-1')
      .set(auth)
      .expect(404)
      .expect('content-type', PROBLEM_JSON);
    expect(unknown.body.code).toBe('DOCUMENT_NOT_RECORDED');
  });

  it('issues credit notes asynchronously too: 202 with a credit-notes Location, then validated with its CUDE', async () => {
    const billNumber = (await create(officialExampleInvoice()).expect(201)).body.number as string;
    const note = aFullCreditNote(billNumber);
    const accepted = await request(service.url)
      .post('/api/v1/credit-notes')
      .set(auth)
      .set(ASYNC)
      .send(note)
      .expect(202);
    const location = `/api/v1/credit-notes/by-reference/${note.referenceCode}`;
    expect(accepted.headers.location).toBe(location);
    expect(accepted.body.documentType).toBe('credit-note');
    const validated = await follow(location, 'validated');
    expect(validated.number).toMatch(/^NC/);
    expect(validated.cude).toMatch(/^[0-9a-f]{96}$/);
    expect(validated.cufe).toBeUndefined();
    expect(validated.links.document).toBe(`/api/v1/credit-notes/${validated.number}`);
  });

  it('answers Prefer: respond-async with 202 at once, and the record it points to turns validated', async () => {
    const body = officialExampleInvoice();
    const accepted = await create(body, ASYNC).expect(202);
    const location = `/api/v1/invoices/by-reference/${body.referenceCode}`;
    expect(accepted.headers.location).toBe(location);
    expect(accepted.headers['preference-applied']).toBe('respond-async');
    expect(['queued', 'sending']).toContain(accepted.body.state);
    expect(accepted.body.referenceCode).toBe(body.referenceCode);

    const validated = await follow(location, 'validated');
    expect(validated.number).toMatch(/^SETP\d+$/);
    expect(validated.cufe).toMatch(/^[0-9a-f]{96}$/);
    expect(validated.links.document).toBe(`/api/v1/invoices/${validated.number}`);
    expect(statesOf(validated)).toEqual(['queued', 'sending', 'validated']);
    const document = await request(service.url)
      .get(validated.links.document!)
      .set(auth)
      .expect(200);
    expect(document.body.cufe).toBe(validated.cufe);
  });

  it('waits out Factus maintenance for an async caller: queued with the outage as lastError, then validated, one document at Factus', async () => {
    await sim.fault({ type: 'status', status: 503, route: VALIDATE, count: 3 });
    const body = officialExampleInvoice();
    const accepted = await create(body, ASYNC).expect(202);
    const location = accepted.headers.location;

    const waiting = await pollUntil(
      () => ledgerRecord(service.url, location, auth),
      (record) => record.state === 'queued' && record.lastError !== undefined,
    );
    const outage = waiting.lastError!.code;
    expect(outage).toMatch(/^FACTUS_/);

    const validated = await follow(location, 'validated');
    expect(validated.attempts).toBe(4);
    expect(validated.lastError).toBeUndefined();
    const retried = (validated.history ?? []).filter(
      (entry) => entry.from === 'sending' && entry.to === 'queued',
    );
    expect(retried).toHaveLength(3);
    for (const entry of retried) expect(entry.reason).toContain(outage);
    // The simulator logs a refused call without its reference: count every create of the test.
    expect(await validateCalls()).toHaveLength(4);
    expect(
      await factusDocuments(service.simulator.url, { reference_code: body.referenceCode }),
    ).toHaveLength(1);
  });

  it('follows a document DIAN left pending until it is validated, without the caller doing anything', async () => {
    await queueDianOutcome(service.simulator.url, 'pending');
    const body = officialExampleInvoice();
    const accepted = await create(body, ASYNC).expect(202);
    const location = accepted.headers.location;

    const pending = await follow(location, 'pending_dian');
    expect(pending.number).toMatch(/^SETP\d+$/);
    const validated = await follow(location, 'validated');
    expect(validated.number).toBe(pending.number);
    expect(statesOf(validated)).toEqual(['queued', 'sending', 'pending_dian', 'validated']);
    expect(
      await factusDocuments(service.simulator.url, { reference_code: body.referenceCode }),
    ).toEqual([expect.objectContaining({ status: 'validated', number: pending.number })]);
  });

  it('deletes a rejected document at Factus (the ledger keeps it), and the next one is issued', async () => {
    await queueDianOutcome(service.simulator.url, 'rejected');
    const rejectedBody = officialExampleInvoice();
    const accepted = await create(rejectedBody, ASYNC).expect(202);
    const rejected = await follow(accepted.headers.location, 'rejected');
    expect(rejected.lastError?.code).toBe('INVOICE_REJECTED');
    expect(rejected.history?.at(-1)?.reason).toMatch(/deleted at Factus/);
    expect(
      await factusDocuments(service.simulator.url, { reference_code: rejectedBody.referenceCode }),
    ).toHaveLength(0);

    const next = officialExampleInvoice();
    const nextAccepted = await create(next, ASYNC).expect(202);
    const validated = await follow(nextAccepted.headers.location, 'validated');
    expect(validated.attempts).toBe(1);
    expect(await validateCalls(next.referenceCode)).toHaveLength(1);
  });

  describe('GET /api/v1/documents', () => {
    const list = (query: Record<string, string | number>, headers = auth) =>
      request(service.url).get('/api/v1/documents').query(query).set(headers);
    const refsOf = (response: request.Response) =>
      (response.body.data as Array<{ referenceCode: string }>).map((r) => r.referenceCode);

    it('pages 25 documents newest first by cursor, filters by state and type, refuses a bad cursor, and shows no other account', async () => {
      const created: string[] = [];
      await queueDianOutcome(service.simulator.url, 'rejected');
      const rejected = officialExampleInvoice();
      await create(rejected).expect(422);
      created.push(rejected.referenceCode);
      const invoice = officialExampleInvoice();
      const billNumber = (await create(invoice).expect(201)).body.number as string;
      created.push(invoice.referenceCode);
      const credit = aFullCreditNote(billNumber);
      await request(service.url).post('/api/v1/credit-notes').set(auth).send(credit).expect(201);
      created.push(credit.referenceCode);
      const debit = aDebitNote(billNumber);
      await request(service.url).post('/api/v1/debit-notes').set(auth).send(debit).expect(201);
      created.push(debit.referenceCode);
      for (let i = 0; i < 21; i += 1) {
        const body = officialExampleInvoice();
        await create(body, ASYNC).expect(202);
        created.push(body.referenceCode);
      }
      await pollUntil(
        () => list({ state: 'validated', limit: 100 }).expect(200),
        (response) => response.body.data.length === 24,
      );

      const pages: string[][] = [];
      let cursor: string | undefined;
      do {
        const page = await list({ limit: 10, ...(cursor ? { cursor } : {}) }).expect(200);
        pages.push(refsOf(page));
        cursor = page.body.nextCursor as string | undefined;
      } while (cursor && pages.length < 5);
      expect(pages.map((page) => page.length)).toEqual([10, 10, 5]);
      expect(pages.flat()).toEqual([...created].reverse());

      expect(refsOf(await list({ state: 'rejected' }).expect(200))).toEqual([
        rejected.referenceCode,
      ]);
      expect(refsOf(await list({ type: 'credit-note' }).expect(200))).toEqual([
        credit.referenceCode,
      ]);
      expect(refsOf(await list({ type: 'debit-note' }).expect(200))).toEqual([debit.referenceCode]);
      const invoices = await list({ type: 'invoice', state: 'validated', limit: 100 }).expect(200);
      expect(refsOf(invoices)).toHaveLength(22);
      expect(refsOf(invoices)).not.toContain(rejected.referenceCode);

      const bad = await list({ cursor: 'not-a-cursor' })
        .expect(400)
        .expect('content-type', PROBLEM_JSON);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);

      // Another Factus user of the simulator (added here: it seeds one) is another account.
      const other = await loginAs(service, OTHER_USER);
      const theirs = officialExampleInvoice();
      await create(theirs).set(other).expect(201);
      expect(refsOf(await list({ limit: 100 }, other).expect(200))).toEqual([theirs.referenceCode]);
      const ours = refsOf(await list({ limit: 100 }).expect(200));
      expect(ours).toHaveLength(25);
      expect(ours).not.toContain(theirs.referenceCode);
    });
  });

  describe('with SYNC_WAIT_MS=300, REJECTED_CLEANUP=keep and LEDGER_PENDING_MAX_AGE_MS=1500', () => {
    let slow: TestService;
    let slowSim: SimulatorControl;
    let slowAuth: { Authorization: string };

    beforeAll(async () => {
      slow = await startTestService({
        env: {
          ...storeEnv,
          ...FAST_LEDGER,
          LEDGER_RETRY_BASE_MS: '300',
          LEDGER_RETRY_MAX_MS: '600',
          SYNC_WAIT_MS: '300',
          REJECTED_CLEANUP: 'keep',
          LEDGER_PENDING_MAX_AGE_MS: '1500',
        },
      });
      slowSim = new SimulatorControl(slow.simulator.url);
    });
    afterAll(() => slow?.close());
    beforeEach(async () => {
      await slowSim.reset();
      await resetLedger(slow);
      slowAuth = await loginAsDemo(slow);
    });
    const slowCreate = (body: object) =>
      request(slow.url).post('/api/v1/invoices').set(slowAuth).send(body);

    it('answers a synchronous create during maintenance with 202 and the record (not 503), and issues it after', async () => {
      await slowSim.fault({ type: 'status', status: 503, route: VALIDATE, count: 3 });
      const body = officialExampleInvoice();
      const accepted = await slowCreate(body).expect(202);
      expect(accepted.headers.location).toBe(`/api/v1/invoices/by-reference/${body.referenceCode}`);
      expect(accepted.headers['preference-applied']).toBeUndefined();
      expect(accepted.body.referenceCode).toBe(body.referenceCode);
      // Waiting for its retry, or already being retried by the worker when the wait ran out.
      expect(['queued', 'sending']).toContain(accepted.body.state);
      expect(accepted.body.lastError.code).toMatch(/^FACTUS_/);

      const validated = await untilState(
        slow.url,
        accepted.headers.location,
        slowAuth,
        'validated',
      );
      expect(validated.attempts).toBe(4);
      expect(
        await factusDocuments(slow.simulator.url, { reference_code: body.referenceCode }),
      ).toHaveLength(1);
    });

    // Found failing on ef5fa2a (claimDue let the newcomers overtake the oldest document's retry).
    it('sends an outage backlog in arrival order: documents that arrive while an older one waits for its retry do not overtake it', async () => {
      // An outage that lasts until the test ends it, so that every newcomer arrives during it
      // however slowly the machine runs (a fixed count of refusals could run out before the last).
      await slowSim.fault({ type: 'status', status: 503, route: VALIDATE, count: 10_000 });
      const bodies = Array.from({ length: 5 }, () => officialExampleInvoice());
      const locationOf = (body: { referenceCode: string }) =>
        `/api/v1/invoices/by-reference/${body.referenceCode}`;
      const asyncCreate = (body: object) =>
        request(slow.url).post('/api/v1/invoices').set(slowAuth).set(ASYNC).send(body).expect(202);
      await asyncCreate(bodies[0]);
      // The oldest waits for its retry: the others arrive meanwhile.
      await pollUntil(
        () => ledgerRecord(slow.url, locationOf(bodies[0]), slowAuth),
        (record) => record.state === 'queued' && record.lastError !== undefined,
      );
      for (const body of bodies.slice(1)) await asyncCreate(body);
      // None of them overtook it: while its retries fail, each newcomer waits, never tried.
      for (const body of bodies.slice(1)) {
        const waiting = await ledgerRecord(slow.url, locationOf(body), slowAuth);
        expect([waiting.state, waiting.attempts]).toEqual(['queued', 0]);
      }
      await request(slow.simulator.url).delete('/__simulator/faults').expect(200);

      const records = await Promise.all(
        bodies.map((body) => untilState(slow.url, locationOf(body), slowAuth, 'validated')),
      );
      // Factus numbers in the order it receives them.
      const numbers = records.map((record) => Number(record.number!.replace(/^\D+/, '')));
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    });

    it('gives a document DIAN never answers up after LEDGER_PENDING_MAX_AGE_MS: failed with DIAN_NO_ANSWER, after following it up', async () => {
      await queueDianOutcome(slow.simulator.url, 'pending', 20);
      const body = officialExampleInvoice();
      const pending = await slowCreate(body).expect(202);
      expect(pending.body.status).toBe('pending');
      const location = `/api/v1/invoices/by-reference/${body.referenceCode}`;
      const failed = await untilState(slow.url, location, slowAuth, 'failed');
      expect(failed.lastError?.code).toBe('DIAN_NO_ANSWER');
      expect(failed.number).toBe(pending.body.number);
      expect(statesOf(failed)).toEqual(['queued', 'sending', 'pending_dian', 'failed']);
      // Followed up (looked up and resent with the same data) before giving up, never duplicated.
      const resends = (await slowSim.requests()).filter(
        (r) => r.path === '/v2/bills/validate' && r.referenceCode === body.referenceCode,
      );
      expect(resends.length).toBeGreaterThan(1);
      expect(
        await factusDocuments(slow.simulator.url, { reference_code: body.referenceCode }),
      ).toHaveLength(1);
    });

    it('keeps a rejected document at Factus: the next one waits blocked (nothing lost) and is issued once the rejected one is deleted', async () => {
      await queueDianOutcome(slow.simulator.url, 'rejected');
      const rejectedBody = officialExampleInvoice();
      const rejected = await slowCreate(rejectedBody).expect(422);
      expect(rejected.body.code).toBe('INVOICE_REJECTED');
      expect(
        await factusDocuments(slow.simulator.url, { reference_code: rejectedBody.referenceCode }),
      ).toEqual([expect.objectContaining({ status: 'rejected' })]);

      const next = officialExampleInvoice();
      const blocked = await slowCreate(next).expect(202);
      const location = blocked.headers.location;
      const waiting = await pollUntil(
        () => ledgerRecord(slow.url, location, slowAuth),
        (record) => record.state === 'queued' && record.attempts >= 2,
      );
      expect(waiting.lastError?.code).toBe('PENDING_DOCUMENT_BLOCKS');
      expect(
        await factusDocuments(slow.simulator.url, { reference_code: next.referenceCode }),
      ).toHaveLength(0);
      // Both are still in the ledger: the rejected one as it was, the blocked one with its request.
      const kept = await ledgerRecord(
        slow.url,
        `/api/v1/invoices/by-reference/${rejectedBody.referenceCode}`,
        slowAuth,
      );
      expect(kept.state).toBe('rejected');

      // Someone deletes the rejected document at Factus: the waiting one goes on its own.
      await request(slow.url)
        .delete(`/api/v1/invoices/by-reference/${rejectedBody.referenceCode}`)
        .set(slowAuth)
        .expect((response) => expect(response.status).toBeLessThan(300));
      const validated = await untilState(slow.url, location, slowAuth, 'validated');
      expect(validated.number).toMatch(/^SETP\d+$/);
      expect(
        await factusDocuments(slow.simulator.url, { reference_code: next.referenceCode }),
      ).toHaveLength(1);
    });
  });
});
