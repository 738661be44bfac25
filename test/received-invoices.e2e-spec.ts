import { createHash } from 'node:crypto';
import request from 'supertest';
import { loginAs, OTHER_USER } from './support/ledger-accounts';
import { SimulatorControl } from './support/simulator-control';
import { loginAsDemo, PROBLEM_JSON, startTestService, TestService } from './support/test-service';

jest.setTimeout(60_000);

/** A well-formed CUFE (a SHA-384 in hex); the simulator derives the supplier's invoice from it. */
const cufeOf = (seed: string) => createHash('sha384').update(seed).digest('hex');
/** A CUFE starting with 000000 is one the simulator's DIAN does not know. */
const UNKNOWN_CUFE = '000000' + cufeOf('unknown').slice(6);

const BUYER = {
  identificationDocumentCode: '13',
  identification: '1234566778',
  firstName: 'Pepito',
  lastName: 'Perez',
  jobTitle: 'Jefe de compras',
  organizationDepartment: 'Compras',
};

type Problem = { code: string; detail: string; errors?: Array<{ field: string; message: string }> };

describe('Received invoices (e2e, against the simulator)', () => {
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

  const upload = (cufe: string) =>
    request(service.url).post('/api/v1/received-invoices').set(auth).send({ cufe });
  const list = (query: Record<string, string> = {}) =>
    request(service.url).get('/api/v1/received-invoices').query(query).set(auth);
  const emit = (id: string, eventType: string, body: object = BUYER) =>
    request(service.url)
      .post(`/api/v1/received-invoices/${id}/events/${eventType}`)
      .set(auth)
      .send(body);
  const patches = async () =>
    (await sim.requests()).filter(
      (r) => r.method === 'PATCH' && r.path.startsWith('/v2/receptions/'),
    );
  const codes = (body: { data: Array<{ code: string }> }) => body.data.map((e) => e.code);
  const ids = (body: { data: Array<{ id: string }> }) => body.data.map((r) => r.id);
  const fields = (body: Problem) => (body.errors ?? []).map((e) => e.field).sort();

  it('uploads a supplier invoice by its CUFE, once', async () => {
    const cufe = cufeOf('supplier-1');
    const created = await upload(cufe.toUpperCase()).expect(201);
    expect(created.body).toMatchObject({
      cufe,
      number: expect.stringMatching(/^FEV\d+$/),
      supplier: { identificationDocumentCode: '31', nit: expect.stringMatching(/^\d{9}$/) },
      hasClaim: false,
      isNegotiableInstrument: false,
      events: [],
    });
    expect(created.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.body.total).toMatch(/^\d+\.\d{2}$/);
    expect(created.body.issueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [call] = (await sim.requests()).filter((r) => r.path === '/v2/receptions/upload');
    expect(call.status).toBe(201);

    const again = await upload(cufe).expect(409).expect('content-type', PROBLEM_JSON);
    expect((again.body as Problem).code).toBe('RECEIVED_INVOICE_ALREADY_UPLOADED');
  });

  it('answers 404 for a CUFE DIAN does not know, and 400 for one that is not a CUFE', async () => {
    const unknown = await upload(UNKNOWN_CUFE).expect(404);
    expect((unknown.body as Problem).code).toBe('RECEIVED_INVOICE_NOT_FOUND');
    expect((unknown.body as Problem).detail).toContain('CUFE');

    const bad = await upload('SETP990000001').expect(400);
    expect(fields(bad.body as Problem)).toEqual(['cufe']);
    const missing = await request(service.url)
      .post('/api/v1/received-invoices')
      .set(auth)
      .send({})
      .expect(400);
    expect(fields(missing.body as Problem)).toEqual(['cufe']);
    expect((await sim.requests()).filter((r) => r.path === '/v2/receptions/upload')).toHaveLength(
      1,
    );
  });

  it('lists with the documented filters', async () => {
    const first = (await upload(cufeOf('supplier-a')).expect(201)).body;
    const second = (await upload(cufeOf('supplier-b')).expect(201)).body;

    const all = await list().expect(200);
    expect(ids(all.body)).toEqual([second.id, first.id]);
    expect(all.body.pagination).toMatchObject({ page: 1, total: 2, lastPage: 1, hasMore: false });

    const byNit = await list({ supplierNit: first.supplier.nit }).expect(200);
    expect(ids(byNit.body)).toEqual([first.id]);
    const byCufe = await list({ cufe: (second.cufe as string).toUpperCase() }).expect(200);
    expect(ids(byCufe.body)).toEqual([second.id]);
    const byId = await list({ id: first.id }).expect(200);
    expect(byId.body.data).toHaveLength(1);
    expect(byId.body.data[0]).toMatchObject({ number: first.number, completedEvents: false });

    for (const type of ['030', '032', '033']) await emit(first.id, type).expect(201);
    const done = await list({ completedEvents: 'true' }).expect(200);
    expect(ids(done.body)).toEqual([first.id]);
    const pending = await list({ completedEvents: 'false' }).expect(200);
    expect(ids(pending.body)).toEqual([second.id]);
    const listCall = (await sim.requests()).filter((r) => r.path === '/v2/receptions/bills').pop();
    expect(listCall?.status).toBe(200);

    const bad = await list({ issueDate: '20-11-2026', completedEvents: 'maybe', cufe: 'x' }).expect(
      400,
    );
    expect(fields(bad.body as Problem)).toEqual(['completedEvents', 'cufe', 'issueDate']);
  });

  it("emits the buyer's events in DIAN's order, refusing the others before Factus is asked", async () => {
    const { id } = (await upload(cufeOf('supplier-events')).expect(201)).body as { id: string };

    const early = await emit(id, '032').expect(409).expect('content-type', PROBLEM_JSON);
    expect(early.body).toMatchObject({ code: 'RADIAN_EVENT_NOT_ALLOWED', eventCode: '032' });
    expect((early.body as Problem).detail).toContain('(030) must be emitted before event 032');

    const acknowledged = await emit(id, '030').set('Idempotency-Key', `ack-${id}`).expect(201);
    // A retry with the same key answers the same events; DIAN is not asked twice.
    const replay = await emit(id, '030').set('Idempotency-Key', `ack-${id}`).expect(201);
    expect(replay.body).toEqual(acknowledged.body);
    expect(codes(acknowledged.body)).toEqual(['030']);
    expect(acknowledged.body.data[0]).toMatchObject({
      name: 'Acuse de recibo de Factura Electrónica de Venta',
      personIdentification: '1234566778',
      personNames: 'Pepito Perez',
    });
    expect((await emit(id, '033').expect(409)).body.detail).toContain('(032)');
    expect((await emit(id, '030').expect(409)).body.detail).toContain('already has event 030');
    expect(codes((await emit(id, '032').expect(201)).body)).toEqual(['030', '032']);

    const noConcept = await emit(id, '031').expect(400);
    expect(fields(noConcept.body as Problem)).toEqual(['claimConceptCode']);
    const claimed = await emit(id, '031', { ...BUYER, claimConceptCode: '02' }).expect(201);
    expect(codes(claimed.body)).toEqual(['030', '032', '031']);
    const [row] = (await list({ id }).expect(200)).body.data;
    expect(row).toMatchObject({
      hasClaim: true,
      claimConcept: { code: '02', name: 'Mercancía no entregada totalmente' },
      completedEvents: true,
    });
    expect((await emit(id, '033').expect(409)).body.detail).toContain('claimed (031)');

    // Only the three accepted events reached Factus.
    expect((await patches()).map((r) => r.path.split('/').pop())).toEqual(['030', '032', '031']);
  });

  it('validates the event type, the claim concept and the person, naming each field', async () => {
    const { id } = (await upload(cufeOf('supplier-validation')).expect(201)).body as { id: string };
    const tacit = await emit(id, '034').expect(400);
    expect((tacit.body as Problem).errors?.[0]).toMatchObject({ field: 'eventType' });
    expect((tacit.body as Problem).errors?.[0].message).toContain('issuer');
    expect(fields((await emit(id, '035').expect(400)).body as Problem)).toEqual(['eventType']);
    expect(
      fields(
        (await emit(id, '030', { ...BUYER, claimConceptCode: '01' }).expect(400)).body as Problem,
      ),
    ).toEqual(['claimConceptCode']);
    const person = await emit(id, '031', {
      identificationDocumentCode: '31',
      identification: '900123456',
      claimConceptCode: '05',
    }).expect(400);
    expect(fields(person.body as Problem)).toEqual([
      'claimConceptCode',
      'dv',
      'firstName',
      'lastName',
    ]);

    const unknown = await emit('9d86ea7f-b561-407c-8407-477abd1b53f7', '030').expect(404);
    expect((unknown.body as Problem).code).toBe('RECEIVED_INVOICE_NOT_FOUND');
    expect(await patches()).toEqual([]);
  });

  it('refuses hostile input with 400 naming each bad field (path, body, query), never reaching Factus', async () => {
    const { id } = (await upload(cufeOf('supplier-hostile')).expect(201)).body as { id: string };

    // Both path parameters at once, whatever the body.
    const path = await emit('x'.repeat(65), '099', {})
      .expect(400)
      .expect('content-type', PROBLEM_JSON);
    expect(fields(path.body as Problem)).toEqual(['eventType', 'id']);
    expect(fields((await emit('a.b', '030').expect(400)).body as Problem)).toEqual(['id']);

    // Wrong types, a blank and an over-long name, an unknown field.
    const body = await emit(id, '030', {
      identificationDocumentCode: 13,
      identification: 1234566778,
      firstName: 'P'.repeat(101),
      lastName: '   ',
      signature: 'x',
    }).expect(400);
    expect((body.body as Problem).code).toBe('VALIDATION_FAILED');
    expect(fields(body.body as Problem)).toEqual([
      'firstName',
      'identification',
      'identificationDocumentCode',
      'lastName',
      'signature',
    ]);
    const messages = Object.fromEntries(
      ((body.body as Problem).errors ?? []).map((e) => [e.field, e.message]),
    );
    expect(messages.signature).toBe('signature is not a known field');
    expect(messages.lastName).toBe('lastName must not be blank');

    const query = await list({
      page: '0',
      supplierNit: '900-123',
      issueDate: '2026-02-30',
      id: 'a b',
      number: '<script>',
      sort: 'id',
    }).expect(400);
    expect(fields(query.body as Problem)).toEqual([
      'id',
      'issueDate',
      'number',
      'page',
      'sort',
      'supplierNit',
    ]);

    for (const cufe of [12345, 'a'.repeat(5000), ['a'.repeat(96)]]) {
      const bad = await request(service.url)
        .post('/api/v1/received-invoices')
        .set(auth)
        .send({ cufe })
        .expect(400);
      expect(fields(bad.body as Problem)).toEqual(['cufe']);
    }
    expect(await patches()).toEqual([]);
    expect((await sim.requests()).filter((r) => r.path === '/v2/receptions/upload')).toHaveLength(
      1,
    );

    // The Factus example's empty dv with a cédula is no check digit: accepted.
    expect(codes((await emit(id, '030', { ...BUYER, dv: '' }).expect(201)).body)).toEqual(['030']);
  });

  it("keeps an Idempotency-Key to its account: another account's request with it is its own", async () => {
    const { id } = (await upload(cufeOf('supplier-keys')).expect(201)).body as { id: string };
    const key = `ack-${id}`;
    await emit(id, '030').set('Idempotency-Key', key).expect(201);
    // The simulator seats every user in one company, so the other account sees the same invoice:
    // with our key it must not get our answer replayed, but DIAN's verdict on its own request.
    const other = await loginAs(service, OTHER_USER);
    const theirs = await request(service.url)
      .post(`/api/v1/received-invoices/${id}/events/030`)
      .set(other)
      .set('Idempotency-Key', key)
      .send(BUYER)
      .expect(409);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect((theirs.body as Problem).code).toBe('RADIAN_EVENT_NOT_ALLOWED');
    expect(await patches()).toHaveLength(1);
  });
});
