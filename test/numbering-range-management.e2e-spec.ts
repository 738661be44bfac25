import request from 'supertest';
import { officialExampleInvoice } from './support/invoice-fixtures';
import { SimulatorControl } from './support/simulator-control';
import { loginAsDemo, PROBLEM_JSON, startTestService, TestService } from './support/test-service';

/**
 * Managing numbering ranges through /api/v1/numbering-ranges, as Factus v2 documents the calls
 * (rangos-de-numeracion/facturacion/*), and the list staying true after the service issues.
 */
describe('Numbering range management (e2e, against the simulator)', () => {
  let service: TestService;
  let sim: SimulatorControl;
  let auth: { Authorization: string };

  beforeEach(async () => {
    service = await startTestService();
    sim = new SimulatorControl(service.simulator.url);
    auth = await loginAsDemo(service);
  });
  afterEach(() => service.close());

  const api = () => request(service.url);
  const path = (...rest: Array<string | number>) =>
    ['/api/v1/numbering-ranges', ...rest.map(String)].join('/');
  const list = (query: Record<string, string> = {}) =>
    api().get(path()).query(query).set(auth).expect(200);
  const calls = async (method: string, route: string) =>
    (await sim.requests()).filter((r) => r.method === method && r.path === route);
  const withoutRange = () => {
    const { numberingRangeId: _omit, ...body } = officialExampleInvoice();
    return body;
  };

  it('documents every numbering-range call in the OpenAPI document', async () => {
    const { paths } = (await api().get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const methods = (route: string) => Object.keys(paths[route] ?? {}).sort();
    expect(methods('/api/v1/numbering-ranges')).toEqual(['get', 'post']);
    expect(methods('/api/v1/numbering-ranges/dian')).toEqual(['get']);
    expect(methods('/api/v1/numbering-ranges/{id}')).toEqual(['delete', 'get']);
    expect(methods('/api/v1/numbering-ranges/{id}/current')).toEqual(['patch']);
    expect(methods('/api/v1/numbering-ranges/{id}/toggle-status')).toEqual(['patch']);
    const parameters = (
      paths['/api/v1/numbering-ranges'].get as {
        parameters: Array<{ name: string; schema: { type: string; enum?: string[] } }>;
      }
    ).parameters;
    expect(parameters.find((p) => p.name === 'active')?.schema).toMatchObject({
      type: 'string',
      enum: ['true', 'false', '1', '0'],
    });
  });

  it('lists the resolutions DIAN associated to the software (GET /dian is not read as an id)', async () => {
    const response = await api().get(path('dian')).set(auth).expect(200);
    expect(response.body.data[0]).toEqual({
      prefix: 'SETP',
      from: 990000000,
      to: 995000000,
      resolutionNumber: '18760000001',
      startDate: '2019-01-19',
      endDate: '2030-01-19',
      technicalKey: 'fc8eac422eba16e22ffd8c6f94b3f40a6e38162c',
    });
    expect(await calls('GET', '/v2/numbering-ranges/dian')).toHaveLength(1);
  });

  it('creates a range from a DIAN resolution, usable by the next invoice at once', async () => {
    await list(); // cached before the change
    const created = await api()
      .post(path())
      .set(auth)
      .send({ document: '21', prefix: 'FEV', resolutionNumber: '18764000000003', current: 1 })
      .expect(201);
    expect(created.headers.location).toBe(path(created.body.id));
    expect(created.body).toMatchObject({
      document: '21',
      documentName: 'Factura de Venta',
      prefix: 'FEV',
      from: 1,
      to: 1000000,
      current: 1,
      startDate: '2025-01-01',
      endDate: '2035-01-01',
      isActive: true,
      isExpired: false,
    });
    const invoice = await api()
      .post('/api/v1/invoices')
      .set(auth)
      .send({ ...officialExampleInvoice(), numberingRangeId: created.body.id })
      .expect(201);
    expect(invoice.body.number).toBe('FEV1');
    // The change dropped the cached copy: the range check saw the new range on its first look.
    expect(await calls('GET', '/v2/numbering-ranges')).toHaveLength(2);
  });

  it('refuses a bad create locally (400, nothing sent) and relays Factus refusals (422)', async () => {
    const local = await api()
      .post(path())
      .set(auth)
      .send({ document: '21', prefix: 'TOOLONG', current: -1 })
      .expect(400)
      .expect('content-type', PROBLEM_JSON);
    expect((local.body.errors as Array<{ field: string }>).map((e) => e.field).sort()).toEqual([
      'current',
      'prefix',
      'resolutionNumber',
    ]);
    expect(await calls('POST', '/v2/numbering-ranges')).toHaveLength(0);

    const taken = await api()
      .post(path())
      .set(auth)
      .send({ document: '21', prefix: 'SETP', resolutionNumber: '18760000001', current: 1 })
      .expect(422);
    expect(taken.body.code).toBe('FACTUS_VALIDATION_FAILED');
    expect(taken.body.errors).toEqual([
      { field: 'prefix', message: 'El campo prefix ya ha sido registrado.' },
    ]);
  });

  it('sets the next number, and the list shows it at once', async () => {
    await list();
    const moved = await api()
      .patch(path(1776, 'current'))
      .set(auth)
      .send({ current: 40 })
      .expect(200);
    expect(moved.body).toMatchObject({ id: 1776, current: 40 });
    const listed = (await list({ document: '22' })).body.data[0];
    expect(listed.current).toBe(40);
    await api().patch(path(1776, 'current')).set(auth).send({}).expect(400);
    const outside = await api()
      .patch(path(1776, 'current'))
      .set(auth)
      .send({ current: 0 })
      .expect(422);
    expect(outside.body.errors[0].field).toBe('current');
    await api().patch(path(4242, 'current')).set(auth).send({ current: 5 }).expect(404);
  });

  it('toggles a range off and on; the range check follows', async () => {
    const off = await api().patch(path(389, 'toggle-status')).set(auth).expect(200);
    expect(off.body).toMatchObject({ id: 389, isActive: false });
    const refused = await api().post('/api/v1/invoices').set(auth).send(withoutRange()).expect(400);
    expect(refused.body.errors[0].message).toMatch(/no active invoice numbering range/);
    const on = await api().patch(path(389, 'toggle-status')).set(auth).expect(200);
    expect(on.body.isActive).toBe(true);
    await api().post('/api/v1/invoices').set(auth).send(withoutRange()).expect(201);
    // A toggle is never resent: exactly one Factus call each.
    expect(await calls('PATCH', '/v2/numbering-ranges/389/toggle-status')).toHaveLength(2);
  });

  it('deletes an unused range (204), refuses a used one (409), answers 404 for an unknown one', async () => {
    await api().delete(path(1777)).set(auth).expect(204);
    await api().get(path(1777)).set(auth).expect(404);
    await api().post('/api/v1/invoices').set(auth).send(officialExampleInvoice()).expect(201);
    const used = await api().delete(path(389)).set(auth).expect(409);
    expect(used.body.code).toBe('NUMBERING_RANGE_CONFLICT');
    const missing = await api().delete(path(4242)).set(auth).expect(404);
    expect(missing.body.code).toBe('NUMBERING_RANGE_NOT_FOUND');
  });

  it('accepts active and expired as 1/0 as well as true/false', async () => {
    const ids = async (query: Record<string, string>) =>
      ((await list(query)).body.data as Array<{ id: number }>).map((r) => r.id);
    expect(await ids({ document: '21', active: '1' })).toEqual([389]);
    expect(await ids({ document: '21', active: '0' })).toEqual([390]);
    expect(await ids({ expired: '1' })).toEqual([390]);
    expect(await ids({ active: 'true', expired: '0' })).toEqual([389, 1776, 1777, 391, 392]);
    await api().get(path()).query({ active: '2' }).set(auth).expect(400);
  });

  it('after issuing, the list agrees with the show, at one Factus list per burst', async () => {
    await list();
    for (let issued = 0; issued < 3; issued += 1) {
      await api().post('/api/v1/invoices').set(auth).send(withoutRange()).expect(201);
    }
    const listed = (await list({ document: '21', active: 'true' })).body.data[0].current;
    const shown = (await api().get(path(389)).set(auth).expect(200)).body.current;
    expect(listed).toBe(990000004);
    expect(listed).toBe(shown);
    // One list before the invoices, one after them; none per invoice.
    expect(await calls('GET', '/v2/numbering-ranges')).toHaveLength(2);
    expect(await calls('POST', '/v2/bills/validate')).toHaveLength(3);
  });
});
