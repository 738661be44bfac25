import request from 'supertest';
import { FactusSimulator } from '../factus-simulator';
import { demoAccessToken } from '../testing/demo-token';

// Starting a simulator and logging in can take seconds on a loaded machine.
jest.setTimeout(30_000);

const CUFE = 'ab'.repeat(48);
const PERSON = {
  identification_document_code: '13',
  identification: '1234566778',
  first_name: 'Pepito',
  last_name: 'Perez',
};

/** The simulator's reception routes keep DIAN's rules themselves, whatever the client checks. */
describe('Factus simulator: reception of supplier invoices', () => {
  const simulator = new FactusSimulator({ settings: { rateLimit: 10_000 } });
  let url: string;
  let token: string;

  beforeAll(async () => {
    url = await simulator.start();
  });
  afterAll(() => simulator.close());
  beforeEach(async () => {
    await request(url).post('/__simulator/reset').expect(200);
    token = await demoAccessToken(url);
  });

  const auth = () => ({ authorization: `Bearer ${token}`, accept: 'application/json' });
  const upload = (trackId: unknown) =>
    request(url).post('/v2/receptions/upload').set(auth()).send({ track_id: trackId });
  const emit = (id: string, code: string, body: object = PERSON) =>
    request(url).patch(`/v2/receptions/bills/${id}/radian/events/${code}`).set(auth()).send(body);

  it('derives the same supplier invoice from the same CUFE, and refuses malformed track ids', async () => {
    const first = (await upload(CUFE).expect(201)).body.data;
    await request(url).post('/__simulator/reset').expect(200);
    token = await demoAccessToken(url);
    const second = (await upload(CUFE).expect(201)).body.data;
    for (const key of [
      'number',
      'company_nit',
      'company_dv',
      'total',
      'payment_form',
      'issue_date',
    ])
      expect(second[key]).toEqual(first[key]);
    expect(first.total).toMatch(/^\d+\.\d{2}$/);
    const bad = await upload('abc').expect(422);
    expect(Object.keys(bad.body.data.errors)).toEqual(['track_id']);
    await upload(undefined).expect(422);
  });

  it("refuses events out of DIAN's order with 409, and the 034 and a claim without concept with 422", async () => {
    const { id } = (await upload(CUFE).expect(201)).body.data as { id: string };
    expect((await emit(id, '033').expect(409)).body.message).toContain('(030)');
    await emit(id, '030').expect(200);
    await emit(id, '030').expect(409);
    await emit(id, '032').expect(200);
    const tacit = await emit(id, '034').expect(422);
    expect(tacit.body.data.errors.event_type[0]).toBe('Este evento no puede ser emitido por ti.');
    const claim = await emit(id, '031').expect(422);
    expect(Object.keys(claim.body.data.errors)).toEqual(['claim_concept_code']);
    const nit = await emit(id, '033', { ...PERSON, identification_document_code: '31' }).expect(
      422,
    );
    expect(Object.keys(nit.body.data.errors)).toEqual(['dv']);
    const accepted = await emit(id, '033').expect(200);
    expect((accepted.body.data as Array<{ code: string }>).map((e) => e.code)).toEqual([
      '030',
      '032',
      '033',
    ]);
    await emit(id, '031', { ...PERSON, claim_concept_code: '01' }).expect(409);
    await emit('no-such-id', '030').expect(404);
  });
});

describe('Factus simulator: the supplier tacitly accepts a received invoice after the term', () => {
  // Tuesday 1 December 2026, 10:00 in Bogotá.
  let clock = Date.parse('2026-12-01T15:00:00Z');
  const simulator = new FactusSimulator({ now: () => clock, settings: { rateLimit: 10_000 } });
  let url: string;

  beforeAll(async () => {
    url = await simulator.start();
  });
  afterAll(() => simulator.close());

  const auth = async () => ({
    authorization: `Bearer ${await demoAccessToken(url)}`,
    accept: 'application/json',
  });
  const rowOf = async (id: string) =>
    (
      (
        await request(url)
          .get(`/v2/receptions/bills?filter[id]=${id}`)
          .set(await auth())
          .expect(200)
      ).body.data.data as Array<{
        events: Array<{ code: string; effective_date: string }>;
        completed_events: boolean;
      }>
    )[0];

  it('registers the 034 once three business days passed after the 032 without 031 or 033', async () => {
    const headers = await auth();
    const { id } = (
      await request(url)
        .post('/v2/receptions/upload')
        .set(headers)
        .send({ track_id: 'cd'.repeat(48) })
        .expect(201)
    ).body.data as { id: string };
    for (const code of ['030', '032'])
      await request(url)
        .patch(`/v2/receptions/bills/${id}/radian/events/${code}`)
        .set(headers)
        .send(PERSON)
        .expect(200);

    // Wed 2, Thu 3, Fri 4 are the three business days: on Friday the term still runs.
    clock = Date.parse('2026-12-04T15:00:00Z');
    expect((await rowOf(id)).events.map((e) => e.code)).toEqual(['030', '032']);

    clock = Date.parse('2026-12-05T15:00:00Z');
    const row = await rowOf(id);
    expect(row.events.map((e) => e.code)).toEqual(['030', '032', '034']);
    expect(row.events[2].effective_date).toBe('2026-12-05');
    expect(row.completed_events).toBe(true);
    const late = await request(url)
      .patch(`/v2/receptions/bills/${id}/radian/events/033`)
      .set(await auth())
      .send(PERSON)
      .expect(409);
    expect(late.body.message).toContain('(034)');
  });
});
