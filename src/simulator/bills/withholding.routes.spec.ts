import request from 'supertest';
import { FactusSimulator } from '../factus-simulator';
import { JsonBody, officialBill, selfWithholdingBill } from './testing/bill-payloads';
import { demoAccessToken } from '../testing/demo-token';

/**
 * Self-withholdings (`items.*.withholding_taxes`) over real HTTP, against the v2 docs:
 * facturas/ejemplos/estandar-autorrentenciones (the request), facturas/crear-y-validar and
 * descripcion-de-campos (request fields `code` and `rate`, both strings, rate with at most two
 * decimals; `data.items.*.withholding_taxes` and `data.withholding_taxes` are arrays, empty
 * when nothing is withheld) and tablas-de-referencia (codes 05 and 06). The inner shape of the
 * answered entries is not documented; see item-view.ts and bill-view.ts for the assumption.
 */
describe('Factus simulator: self-withholdings on /v2/bills', () => {
  const simulator = new FactusSimulator({
    now: () => Date.parse('2026-05-13T13:21:49Z'),
    settings: { rateLimit: 10_000 },
  });
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
  const create = (body: JsonBody) => request(url).post('/v2/bills/validate').set(auth()).send(body);
  const withWithholdings = (withholdings: unknown) => {
    const body = selfWithholdingBill('REF-WH-BAD');
    (body.items as JsonBody[])[0].withholding_taxes = withholdings;
    return body;
  };
  const fieldErrors = async (body: JsonBody) =>
    (await create(body).expect(422)).body.data.errors as Record<string, string[]>;

  it('accepts the documented example; the total and the payment stay 1190000.00', async () => {
    const data = (await create(selfWithholdingBill()).expect(201)).body.data;
    expect(data.is_validated).toBe(true);
    expect(data.totals).toMatchObject({
      gross_amount: '1000000.00',
      taxable_amount: '1000000.00',
      tax_amount: '190000.00',
      total: '1190000.00',
    });
    expect(data.payment_details[0].amount).toBe('1190000.00');
  });

  it('answers the withholdings per item and per document, amounts as two-decimal strings', async () => {
    const created = (await create(selfWithholdingBill()).expect(201)).body.data;
    const expectedLine = [
      {
        tribute: { code: '05', name: 'ReteIVA' },
        rates: [{ taxable_amount: '190000.00', tax_amount: '3800.00', rate: '2.00' }],
      },
      {
        tribute: { code: '06', name: 'ReteRenta' },
        rates: [{ taxable_amount: '1000000.00', tax_amount: '40000.00', rate: '4.00' }],
      },
    ];
    expect(created.items[0].withholding_taxes).toEqual(expectedLine);
    expect(created.withholding_taxes).toEqual([
      { tribute: { code: '05', name: 'ReteIVA' }, value: '3800.00' },
      { tribute: { code: '06', name: 'ReteRenta' }, value: '40000.00' },
    ]);
    // The IVA itself is answered as usual, separate from the withholdings.
    expect(created.items[0].taxes).toEqual([
      {
        tribute: { code: '01', name: 'IVA' },
        is_excluded: false,
        rates: [{ taxable_amount: '1000000.00', tax_amount: '190000.00', rate: '19.00' }],
      },
    ]);

    const shown = (await request(url).get(`/v2/bills/${created.number}`).set(auth()).expect(200))
      .body.data;
    expect(shown.items[0].withholding_taxes).toEqual(expectedLine);
    expect(shown.withholding_taxes).toEqual(created.withholding_taxes);
  });

  it('answers empty arrays when nothing is withheld, as the response tables document', async () => {
    const data = (await create(officialBill('REF-NO-WH')).expect(201)).body.data;
    expect(data.withholding_taxes).toEqual([]);
    for (const item of data.items as JsonBody[]) expect(item.withholding_taxes).toEqual([]);
  });

  it('validates code and rate as the field tables document', async () => {
    const p = 'items.0.withholding_taxes';
    expect(
      Object.keys(await fieldErrors(withWithholdings([{ code: '01', rate: '2.00' }]))),
    ).toEqual([`${p}.0.code`]);
    expect(Object.keys(await fieldErrors(withWithholdings([{ code: '05' }])))).toEqual([
      `${p}.0.rate`,
    ]);
    expect(Object.keys(await fieldErrors(withWithholdings([{ rate: '2.00' }])))).toEqual([
      `${p}.0.code`,
    ]);
    expect(
      Object.keys(await fieldErrors(withWithholdings([{ code: '06', rate: '4.125' }]))),
    ).toEqual([`${p}.0.rate`]);
    expect(Object.keys(await fieldErrors(withWithholdings({ code: '05', rate: '2.00' })))).toEqual([
      p,
    ]);
  });
});
