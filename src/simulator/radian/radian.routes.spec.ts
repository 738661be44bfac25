import request from 'supertest';
import { FactusSimulator } from '../factus-simulator';
import { officialBill } from '../bills/testing/bill-payloads';
import { demoAccessToken } from '../testing/demo-token';

// Starting a simulator and logging in can take seconds on a loaded machine.
jest.setTimeout(30_000);

const PERSON = {
  identification_document_code: '13',
  identification: '12345667',
  first_name: 'Pepito',
  last_name: 'Perez',
};

/** The simulator keeps the 034's rules itself (aceptacion-tacita), whatever the client checks. */
describe('Factus simulator: RADIAN events of issued bills and the tacit acceptance', () => {
  // Tuesday 1 December 2026, 10:00 in Bogotá.
  let clock = Date.parse('2026-12-01T15:00:00Z');
  const simulator = new FactusSimulator({ now: () => clock, settings: { rateLimit: 10_000 } });
  let url: string;
  let headers: Record<string, string>;

  beforeAll(async () => {
    url = await simulator.start();
  });
  afterAll(() => simulator.close());
  beforeEach(async () => {
    clock = Date.parse('2026-12-01T15:00:00Z');
    await request(url).post('/__simulator/reset').expect(200);
    headers = { authorization: `Bearer ${await demoAccessToken(url)}`, accept: 'application/json' };
  });

  const issue = async (reference: string, paymentForm: '1' | '2'): Promise<string> => {
    const body = officialBill(reference);
    body.payment_details = [
      {
        payment_form: paymentForm,
        payment_method_code: '42',
        reference_code: 'pago-001',
        amount: '83300',
        ...(paymentForm === '2' ? { due_date: '2027-01-30' } : {}),
      },
    ];
    const created = await request(url).post('/v2/bills/validate').set(headers).send(body);
    expect(created.status).toBe(201);
    return (created.body.data as { number: string }).number;
  };
  /** Moves the clock, and logs in again: the token of ten days ago has expired. */
  const at = async (iso: string) => {
    clock = Date.parse(iso);
    headers = { authorization: `Bearer ${await demoAccessToken(url)}`, accept: 'application/json' };
  };
  const buyer = (number: string, code: string, date?: string) =>
    request(url)
      .post(`/__simulator/bills/${number}/radian/events`)
      .send({ event_code: code, ...(date ? { effective_date: date } : {}) });
  const tacit = (number: string, code = '034', body: object = PERSON) =>
    request(url).post(`/v2/bills/${number}/radian/events/${code}`).set(headers).send(body);

  it('lists the events as eventos-de-facturas names them, and 404 for an unknown bill', async () => {
    const number = await issue('R-1', '2');
    await buyer(number, '030', '2026-11-30').expect(201);
    const listed = await request(url)
      .get(`/v2/bills/${number}/radian/events`)
      .set(headers)
      .expect(200);
    expect(listed.body.data).toEqual([
      {
        number: expect.stringMatching(/^AP\d+$/),
        cude: expect.stringMatching(/^[0-9a-f]{96}$/),
        event_code: '030',
        event_name: 'Acuse de recibo de Factura Electrónica de Venta',
        effective_date: '2026-11-30',
        effective_time: '10:00:00',
      },
    ]);
    await request(url).get('/v2/bills/SETP999/radian/events').set(headers).expect(404);
    // The buyer keeps DIAN's order too.
    expect((await buyer(number, '033').expect(409)).body.message).toContain('(032)');
  });

  it('emits the 034 from the day after the third business day after the 032, not before', async () => {
    const number = await issue('R-2', '2');
    await buyer(number, '030', '2026-12-03').expect(201);
    await buyer(number, '032', '2026-12-04').expect(201); // Friday; Tuesday 8 is a holiday

    await at('2026-12-11T04:59:59Z'); // 23:59:59 of Thursday 10 in Bogotá
    const early = await tacit(number).expect(409);
    expect(early.body.message).toContain('tres (3) días hábiles');

    await at('2026-12-11T05:00:00Z'); // midnight of Friday 11
    const accepted = await tacit(number).expect(201);
    expect(
      (accepted.body.data as Array<{ event_code: string; effective_date: string }>).map((e) => [
        e.event_code,
        e.effective_date,
      ]),
    ).toEqual([
      ['030', '2026-12-03'],
      ['032', '2026-12-04'],
      ['034', '2026-12-11'],
    ]);
    expect((await tacit(number).expect(409)).body.message).toContain('034 ya fue registrado');
  });

  it('refuses cash bills, claimed ones, other event types and a person without names', async () => {
    const cash = await issue('R-3', '1');
    await buyer(cash, '030', '2026-11-02').expect(201);
    await buyer(cash, '032', '2026-11-03').expect(201);
    expect((await tacit(cash).expect(409)).body.message).toContain('forma de pago a crédito');

    const claimed = await issue('R-4', '2');
    await buyer(claimed, '030', '2026-11-02').expect(201);
    await buyer(claimed, '032', '2026-11-03').expect(201);
    await buyer(claimed, '031').expect(201);
    expect((await tacit(claimed).expect(409)).body.message).toContain('reclamo (031)');

    const other = await tacit(claimed, '033', { identification_document_code: '31' }).expect(422);
    expect(Object.keys(other.body.data.errors).sort()).toEqual([
      'dv',
      'event_type',
      'first_name',
      'identification',
      'last_name',
    ]);
    await tacit('SETP999').expect(404);
  });
});
