import request from 'supertest';
import { officialExampleInvoice } from './support/invoice-fixtures';
import { SimulatorControl } from './support/simulator-control';
import { loginAsDemo, PROBLEM_JSON, startTestService, TestService } from './support/test-service';

jest.setTimeout(60_000);

const DAY_MS = 86_400_000;
const bogotaDay = (offsetDays: number) =>
  new Date(Date.now() - 5 * 3_600_000 + offsetDays * DAY_MS).toISOString().slice(0, 10);

const ACCEPTER = {
  identificationDocumentCode: '13',
  identification: '12345667',
  firstName: 'Pepito',
  lastName: 'Perez',
  jobTitle: 'Desarrollador de software',
  organizationDepartment: 'Sistemas',
};

describe('RADIAN events of issued invoices (e2e, against the simulator)', () => {
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

  const issue = async (credit = false): Promise<string> => {
    const example = officialExampleInvoice();
    const body = credit
      ? {
          ...example,
          paymentDetails: [
            {
              paymentForm: '2',
              paymentMethodCode: '42',
              referenceCode: 'p',
              amount: '83300',
              dueDate: '2099-06-30',
            },
          ],
        }
      : example;
    const response = await request(service.url)
      .post('/api/v1/invoices')
      .set(auth)
      .send(body)
      .expect(201);
    return response.body.number as string;
  };
  /** The buyer's act, as DIAN registers it (the simulator's control API plays the buyer). */
  const buyerEvent = (number: string, eventCode: string, effectiveDate?: string) =>
    request(service.simulator.url)
      .post(`/__simulator/bills/${number}/radian/events`)
      .send({ event_code: eventCode, ...(effectiveDate ? { effective_date: effectiveDate } : {}) })
      .expect(201);
  const events = (number: string) =>
    request(service.url).get(`/api/v1/invoices/${number}/events`).set(auth);
  const accept = (number: string, body: object = ACCEPTER) =>
    request(service.url)
      .post(`/api/v1/invoices/${number}/events/tacit-acceptance`)
      .set(auth)
      .send(body);
  const factusCalls = async (pathPart: string, method?: string) =>
    (await sim.requests()).filter(
      (r) => r.path.includes(pathPart) && (!method || r.method === method),
    );

  it('lists the events DIAN registered, and the invoice routes beside it still answer', async () => {
    const number = await issue();
    expect((await events(number).expect(200)).body).toEqual({ data: [] });

    await buyerEvent(number, '030', '2026-11-05');
    await buyerEvent(number, '032', '2026-11-06');
    const listed = (await events(number).expect(200)).body.data;
    expect(listed).toEqual([
      expect.objectContaining({
        code: '030',
        name: 'Acuse de recibo de Factura Electrónica de Venta',
        effectiveDate: '2026-11-05',
        number: expect.stringMatching(/^AP\d+$/),
        cude: expect.stringMatching(/^[0-9a-f]{96}$/),
      }),
      expect.objectContaining({
        code: '032',
        name: 'Recibo del bien y/o prestación del servicio',
        effectiveDate: '2026-11-06',
      }),
    ]);
    expect(listed[0].effectiveTime).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    const [call] = await factusCalls('/radian/events', 'GET');
    expect(call.path).toBe(`/v2/bills/${number}/radian/events`);

    // The invoice's own routes on the same prefix are not shadowed by the events routes.
    const shown = await request(service.url)
      .get(`/api/v1/invoices/${number}`)
      .set(auth)
      .expect(200);
    expect(shown.body.number).toBe(number);
  });

  it('answers 404 INVOICE_NOT_FOUND for an invoice Factus does not have', async () => {
    const response = await events('SETP999999').expect(404).expect('content-type', PROBLEM_JSON);
    expect(response.body.code).toBe('INVOICE_NOT_FOUND');
  });

  it('emits the tacit acceptance of a credit invoice three business days after the receipt (032)', async () => {
    const number = await issue(true);
    await buyerEvent(number, '030', bogotaDay(-20));
    await buyerEvent(number, '032', bogotaDay(-15));
    const response = await accept(number).expect(201);
    expect((response.body.data as Array<{ code: string }>).map((e) => e.code)).toEqual([
      '030',
      '032',
      '034',
    ]);
    expect(response.body.data[2]).toMatchObject({
      name: 'Aceptación tácita',
      effectiveDate: bogotaDay(0),
    });
    const [call] = await factusCalls('/radian/events/', 'POST');
    expect(call.path).toBe(`/v2/bills/${number}/radian/events/034`);
    expect(call.status).toBe(201);

    // A second one is refused locally: the invoice is tacitly accepted already.
    const again = await accept(number).expect(409);
    expect(again.body.code).toBe('RADIAN_EVENT_NOT_ALLOWED');
    expect(again.body.detail).toContain('already tacitly accepted');
    expect(await factusCalls('/radian/events/', 'POST')).toHaveLength(1);
  });

  it("refuses the tacit acceptance locally when DIAN's rules do not allow it, sending nothing", async () => {
    const cash = await issue(false);
    await buyerEvent(cash, '030', bogotaDay(-20));
    await buyerEvent(cash, '032', bogotaDay(-15));
    const notCredit = await accept(cash).expect(409).expect('content-type', PROBLEM_JSON);
    expect(notCredit.body).toMatchObject({ code: 'RADIAN_EVENT_NOT_ALLOWED', eventCode: '034' });
    expect(notCredit.body.detail).toContain('credit invoices');

    const noReceipt = await issue(true);
    expect((await accept(noReceipt).expect(409)).body.detail).toContain('(032)');

    const recent = await issue(true);
    await buyerEvent(recent, '030');
    await buyerEvent(recent, '032');
    const tooEarly = (await accept(recent).expect(409)).body.detail as string;
    expect(tooEarly).toContain('3 business days');
    expect(tooEarly).toMatch(/possible from \d{4}-\d{2}-\d{2}/);

    const claimed = await issue(true);
    await buyerEvent(claimed, '030', bogotaDay(-20));
    await buyerEvent(claimed, '032', bogotaDay(-15));
    await buyerEvent(claimed, '031');
    expect((await accept(claimed).expect(409)).body.detail).toContain('claimed');

    expect(await factusCalls('/radian/events/', 'POST')).toEqual([]);
  });

  it('names each bad field of the person, and 404 for an unknown invoice', async () => {
    const number = await issue(true);
    const response = await accept(number, {
      identificationDocumentCode: '31',
      identification: '900.1',
    }).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = (response.body.errors as Array<{ field: string }>).map((e) => e.field).sort();
    expect(fields).toEqual(['dv', 'firstName', 'identification', 'lastName']);
    await accept('SETP999999').expect(404);

    // Wrong types, over-long text and unknown fields are named too (never a 500).
    const hostile = await accept(number, {
      ...ACCEPTER,
      identification: 12345667,
      jobTitle: 'x'.repeat(101),
      identification_document_code: '13',
    }).expect(400);
    const named = (hostile.body.errors as Array<{ field: string }>).map((e) => e.field).sort();
    expect(named).toEqual(['identification', 'identification_document_code', 'jobTitle']);
    await request(service.url)
      .post(`/api/v1/invoices/${'9'.repeat(101)}/events/tacit-acceptance`)
      .set(auth)
      .send(ACCEPTER)
      .expect(400);
    expect(await factusCalls('/radian/events/', 'POST')).toEqual([]);
  });
});
