import request from 'supertest';
import { resetLedger } from './support/ledger-reset';
import { untilState } from './support/ledger-polling';
import { SimulatorControl } from './support/simulator-control';
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
    expect(events.body.data).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({
          referenceCode: body.referenceCode,
          documentType: 'adjustment-note',
        }),
      }),
    ]);
  });
});
