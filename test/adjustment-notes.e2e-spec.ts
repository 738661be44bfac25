import request from 'supertest';
import { resetLedger } from './support/ledger-reset';
import { factusDocuments, queueDianOutcome, untilState } from './support/ledger-polling';
import { SimulatorControl } from './support/simulator-control';
import { registerTenant, startTenantsOnlyService, TenantUnderTest } from './support/tenants';
import { adjustmentNote, officialSupportDocument } from './support/support-document-fixtures';
import { loginAsDemo, PROBLEM_JSON, startTestService, TestService } from './support/test-service';

jest.setTimeout(60_000);

describe('Adjustment notes to support documents (e2e, against the simulator)', () => {
  let service: TestService;
  let sim: SimulatorControl;
  let auth: { Authorization: string };
  let supportDocument: { number: string; cuds: string; referenceCode: string };

  beforeAll(async () => {
    service = await startTestService();
    sim = new SimulatorControl(service.simulator.url);
  });
  afterAll(() => service.close());
  beforeEach(async () => {
    await sim.reset();
    await resetLedger(service, { events: true });
    auth = await loginAsDemo(service);
    // 2 units: 95 200, of which each unit's return is 47 600.
    supportDocument = (
      await request(service.url)
        .post('/api/v1/support-documents')
        .set(auth)
        .send(officialSupportDocument())
        .expect(201)
    ).body;
  });

  const create = (body: object, headers: Record<string, string> = {}) =>
    request(service.url).post('/api/v1/adjustment-notes').set(auth).set(headers).send(body);

  it('adjusts a support document (201, NA number, CUDS), tied to it, and shows it', async () => {
    const body = adjustmentNote(supportDocument.number);
    const created = await create(body).expect(201);
    expect(created.body).toMatchObject({
      status: 'validated',
      supportDocumentNumber: supportDocument.number,
      supportDocumentCuds: supportDocument.cuds,
      correctionConcept: { code: '1' },
      totals: { total: '47600.00' },
      provider: { identification: '2343543' },
    });
    expect(created.body.number).toMatch(/^NA\d+$/);
    expect(created.body.cuds).toMatch(/^[0-9a-f]{96}$/);
    expect(created.body.cuds).not.toBe(supportDocument.cuds);
    const shown = await request(service.url)
      .get(`/api/v1/adjustment-notes/${created.body.number}`)
      .set(auth)
      .expect(200);
    expect(shown.body.supportDocumentNumber).toBe(supportDocument.number);
    const list = await request(service.url).get('/api/v1/adjustment-notes').set(auth).expect(200);
    expect((list.body.data as Array<{ number: string }>).map((row) => row.number)).toEqual([
      created.body.number,
    ]);
    await request(service.url)
      .get(`/api/v1/adjustment-notes/${created.body.number}/pdf`)
      .set(auth)
      .expect(200);
  });

  it('refuses a note over what remains adjustable (422), counting the notes before it', async () => {
    await create(adjustmentNote(supportDocument.number, 1)).expect(201);
    const over = await create(adjustmentNote(supportDocument.number, 2)).expect(422);
    expect(over.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(over.body).toMatchObject({
      code: 'ADJUSTMENT_EXCEEDS_SUPPORT_DOCUMENT_REMAINDER',
      requested: '95200.00',
      remaining: '47600.00',
      documentTotal: '95200.00',
    });
    // What remains can still be adjusted: 47 600, exactly.
    await create(adjustmentNote(supportDocument.number, 1, '2')).expect(201);
    const nothingLeft = await create(adjustmentNote(supportDocument.number, 1)).expect(422);
    expect(nothingLeft.body.remaining).toBe('0.00');
  });

  it('admits concurrent notes on one support document one at a time: at most the total', async () => {
    const answers = await Promise.all(
      [1, 2, 3].map(() => create(adjustmentNote(supportDocument.number, 1))),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 422]);
    const refused = answers.find((a) => a.status === 422);
    expect(refused?.body).toMatchObject({
      code: 'ADJUSTMENT_EXCEEDS_SUPPORT_DOCUMENT_REMAINDER',
      requested: '47600.00',
      remaining: '0.00',
    });
    // Only the two admitted notes reached Factus.
    const sent = (await factusDocuments(service.simulator.url)).filter(
      (d) => d.type === 'adjustment_note',
    );
    expect(sent).toHaveLength(2);
  });

  it('two concurrent notes that each fit but together exceed the remainder: one is refused', async () => {
    // 95 200 in all: 2 units (95 200) and 1 unit (47 600) cannot both be admitted.
    const answers = await Promise.all([
      create(adjustmentNote(supportDocument.number, 2)),
      create(adjustmentNote(supportDocument.number, 1)),
    ]);
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 422)).toHaveLength(1);
    const admitted = answers.find((a) => a.status === 201);
    const refused = answers.find((a) => a.status === 422);
    expect(refused?.body.code).toBe('ADJUSTMENT_EXCEEDS_SUPPORT_DOCUMENT_REMAINDER');
    const admittedTotal = (admitted?.body as { totals: { total: string } }).totals.total;
    // Whichever came first, the other saw what it left.
    expect(refused?.body.remaining).toBe(admittedTotal === '95200.00' ? '0.00' : '47600.00');
  });

  it('replays a note by Idempotency-Key and by reference without counting it twice', async () => {
    const body = adjustmentNote(supportDocument.number, 1);
    const key = { 'Idempotency-Key': `NA-KEY-${body.referenceCode}` };
    const first = await create(body, key).expect(201);
    const byKey = await create(body, key).expect(201);
    const byReference = await create(body).expect(201);
    expect(byKey.body.number).toBe(first.body.number);
    expect(byReference.body.number).toBe(first.body.number);
    // The replays took nothing more: one unit (47 600) is still adjustable, then nothing.
    await create(adjustmentNote(supportDocument.number, 1)).expect(201);
    const none = await create(adjustmentNote(supportDocument.number, 1)).expect(422);
    expect(none.body.remaining).toBe('0.00');
    // And a replay of a note admitted before the remainder ran out is still its 201.
    expect((await create(body).expect(201)).body.number).toBe(first.body.number);
  });

  it('refuses fields the adjustment-note pages do not list (establishment, period, discountAmount)', async () => {
    const body = adjustmentNote(supportDocument.number);
    const response = await create({
      ...body,
      establishment: {
        name: 'Sede norte',
        address: 'calle 1',
        phoneNumber: '3001234567',
        email: 'sede@example.com',
        municipalityCode: '11001',
      },
      items: [{ ...body.items[0], period: { generationMode: '1' }, discountAmount: '0.00' }],
    }).expect(400);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect((response.body.errors as Array<{ field: string }>).map((e) => e.field).sort()).toEqual([
      'establishment',
      'items[0].discountAmount',
      'items[0].period',
    ]);
    // The provider and the lines are checked on a note as on a support document.
    const badParts = await create({
      ...body,
      provider: { ...body.provider, names: '', identificationDocumentCode: '13' },
      items: [{ ...body.items[0], taxes: [{ code: '04', rate: '8.00' }] }],
    }).expect(400);
    expect((badParts.body.errors as Array<{ field: string }>).map((e) => e.field).sort()).toEqual([
      'provider.names',
    ]);
    const badRules = await create({
      ...body,
      provider: { ...body.provider, identificationDocumentCode: '13' },
      items: [{ ...body.items[0], taxes: [{ code: '04', rate: '8.00' }] }],
    }).expect(400);
    expect((badRules.body.errors as Array<{ field: string }>).map((e) => e.field).sort()).toEqual([
      'items[0].taxes[0].code',
      'paymentDetails',
      'provider.identificationDocumentCode',
    ]);
    expect(
      (await sim.requests()).filter((r) => r.path === '/v2/adjustment-notes/validate'),
    ).toHaveLength(0);
  });

  it('answers a rejected note 422; a rejected note takes nothing from the remainder', async () => {
    await queueDianOutcome(service.simulator.url, 'rejected');
    const refusedNote = adjustmentNote(supportDocument.number, 2);
    const rejected = await create(refusedNote).expect(422);
    expect(rejected.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(rejected.body.code).toBe('ADJUSTMENT_NOTE_REJECTED');
    // Deleted at Factus through DELETE /v2/adjustment-notes/reference/:reference_code.
    expect(rejected.body.detail).toMatch(/deleted at Factus/);
    expect(
      await factusDocuments(service.simulator.url, { reference_code: refusedNote.referenceCode }),
    ).toHaveLength(0);
    // The whole 95 200 is still adjustable.
    const fullNote = adjustmentNote(supportDocument.number, 2, '2');
    const full = await create(fullNote).expect(201);
    expect(full.body.totals.total).toBe('95200.00');
    const undeletable = await request(service.url)
      .delete(`/api/v1/adjustment-notes/by-reference/${fullNote.referenceCode}`)
      .set(auth)
      .expect(409);
    expect(undeletable.body.code).toBe('ADJUSTMENT_NOTE_ALREADY_VALIDATED');
  });

  it('refuses a note on a support document DIAN has not validated yet (409)', async () => {
    await queueDianOutcome(service.simulator.url, 'pending');
    const pending = await request(service.url)
      .post('/api/v1/support-documents')
      .set(auth)
      .send(officialSupportDocument())
      .expect(202);
    // DIAN has not answered: 202 with the document as Factus holds it, pending.
    expect(pending.body).toMatchObject({ status: 'pending' });
    const number = pending.body.number as string;
    expect(number).toMatch(/^SEDS/);
    const refused = await create(adjustmentNote(number)).expect(409);
    expect(refused.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(refused.body.code).toBe('REFERENCED_SUPPORT_DOCUMENT_NOT_VALIDATED');
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'supportDocumentNumber' }),
    ]);
    expect(
      (await sim.requests()).filter((r) => r.path === '/v2/adjustment-notes/validate'),
    ).toHaveLength(0);
  });

  it('refuses an unknown support document (404) and a bad concept (400), naming the fields', async () => {
    const missing = await create(adjustmentNote('SEDS999999')).expect(404);
    expect(missing.body.code).toBe('REFERENCED_SUPPORT_DOCUMENT_NOT_FOUND');
    expect(missing.body.errors).toEqual([
      expect.objectContaining({ field: 'supportDocumentNumber' }),
    ]);
    const badConcept = await create(adjustmentNote(supportDocument.number, 1, '6')).expect(400);
    expect((badConcept.body.errors as Array<{ field: string }>).map((e) => e.field)).toEqual([
      'correctionConceptCode',
    ]);
    // A support-document range (24) is not an adjustment-note range (25); 392 is.
    const wrongRange = await create({
      ...adjustmentNote(supportDocument.number),
      numberingRangeId: 391,
    }).expect(400);
    expect((wrongRange.body.errors as Array<{ field: string }>).map((e) => e.field)).toEqual([
      'numberingRangeId',
    ]);
    const inRange = await create({
      ...adjustmentNote(supportDocument.number),
      numberingRangeId: 392,
    }).expect(201);
    expect(inRange.body.number).toMatch(/^NA\d+$/);
    const { supportDocumentNumber: _n, ...withoutReference } = adjustmentNote(
      supportDocument.number,
    );
    const noReference = await create(withoutReference).expect(400);
    expect((noReference.body.errors as Array<{ field: string }>).map((e) => e.field)).toContain(
      'supportDocumentNumber',
    );
  });

  it('answers Prefer: respond-async with 202, follows by reference to validated, with its event', async () => {
    const body = adjustmentNote(supportDocument.number);
    const accepted = await create(body, { Prefer: 'respond-async' }).expect(202);
    const location = `/api/v1/adjustment-notes/by-reference/${body.referenceCode}`;
    expect(accepted.headers.location).toBe(location);
    const validated = await untilState(service.url, location, auth, 'validated');
    expect(validated.number).toMatch(/^NA/);
    const events = await request(service.url)
      .get('/api/v1/events')
      .query({ type: 'adjustment_note.validated' })
      .set(auth)
      .expect(200);
    const { cuds } = validated as { cuds?: string };
    expect(cuds).toMatch(/^[0-9a-f]{96}$/);
    expect(cuds).not.toBe(supportDocument.cuds);
    expect(events.body.data).toEqual([
      expect.objectContaining({
        type: 'adjustment_note.validated',
        data: expect.objectContaining({
          referenceCode: body.referenceCode,
          documentType: 'adjustment-note',
          number: validated.number,
          cuds,
        }),
      }),
    ]);
  });
});

/**
 * Two tenants, each with its own Factus: their support documents carry the same first number
 * (SEDS984000001), yet one tenant can neither see nor adjust the other's, and each one's
 * remainder counts only its own notes (the ledger's lock and notes are per account).
 */
describe('Adjustment notes across tenants (e2e)', () => {
  let service: TestService;
  let a: TenantUnderTest;
  let b: TenantUnderTest;

  beforeAll(async () => {
    const started = await startTenantsOnlyService({ env: { LEDGER_POLL_MS: '50' } });
    service = started.service;
    a = await registerTenant(service, started.admin, 'Tenant A S.A.S.');
    b = await registerTenant(service, started.admin, 'Tenant B S.A.S.');
  });
  afterAll(async () => {
    await service?.close();
    await a?.factus.close();
    await b?.factus.close();
  });

  const api = () => request(service.url);

  it('keeps support documents, their notes and their remainders to each tenant', async () => {
    const ours = officialSupportDocument();
    const issued = await api().post('/api/v1/support-documents').set(a.headers).send(ours);
    expect(issued.status).toBe(201);
    const number = issued.body.number as string;

    // B names A's support document: as if it did not exist.
    await api().get(`/api/v1/support-documents/${number}`).set(b.headers).expect(404);
    await api()
      .get(`/api/v1/support-documents/by-reference/${ours.referenceCode}`)
      .set(b.headers)
      .expect(404);
    const foreign = await api()
      .post('/api/v1/adjustment-notes')
      .set(b.headers)
      .send(adjustmentNote(number, 2))
      .expect(404);
    expect(foreign.body.code).toBe('REFERENCED_SUPPORT_DOCUMENT_NOT_FOUND');

    // B's own first support document has the same number; each adjusts all of its own.
    const theirs = await api()
      .post('/api/v1/support-documents')
      .set(b.headers)
      .send(officialSupportDocument())
      .expect(201);
    expect(theirs.body.number).toBe(number);
    const [noteA, noteB] = await Promise.all([
      api().post('/api/v1/adjustment-notes').set(a.headers).send(adjustmentNote(number, 2)),
      api().post('/api/v1/adjustment-notes').set(b.headers).send(adjustmentNote(number, 2)),
    ]);
    expect([noteA.status, noteB.status]).toEqual([201, 201]);
    expect(noteA.body.supportDocumentCuds).toBe(issued.body.cuds);
    expect(noteB.body.supportDocumentCuds).toBe(theirs.body.cuds);
    // And then nothing is left on either.
    for (const tenant of [a, b]) {
      const over = await api()
        .post('/api/v1/adjustment-notes')
        .set(tenant.headers)
        .send(adjustmentNote(number, 1))
        .expect(422);
      expect(over.body.remaining).toBe('0.00');
    }
  });
});
