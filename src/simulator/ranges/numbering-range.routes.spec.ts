import request from 'supertest';
import { FactusSimulator } from '../factus-simulator';
import { demoAccessToken } from '../testing/demo-token';

/**
 * The simulator's numbering-range routes as the v2 pages document them
 * (rangos-de-numeracion/facturacion/*): flags 1/0, `/dian` not read as an id, `PATCH …/current`.
 */
describe('Factus simulator: /v2/numbering-ranges', () => {
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
  const get = (path: string) => request(url).get(path).set(auth());
  const patch = (path: string, body?: object) => request(url).patch(path).set(auth()).send(body);

  it('writes is_expired and is_active as 1/0 in the list and the show', async () => {
    const list = (await get('/v2/numbering-ranges').expect(200)).body.data.data as Array<
      Record<string, unknown>
    >;
    expect(list.map((r) => [r.id, r.is_expired, r.is_active])).toEqual([
      [389, 0, 1],
      [390, 1, 0],
      [1776, 0, 1],
      [1777, 0, 1],
      [391, 0, 1],
      [392, 0, 1],
    ]);
    const show = (await get('/v2/numbering-ranges/390').expect(200)).body.data;
    expect(show).toMatchObject({ document: '21', is_expired: 1, is_active: 0 });
  });

  it('answers GET /v2/numbering-ranges/dian with the resolutions DIAN associated to the software', async () => {
    const response = await get('/v2/numbering-ranges/dian').expect(200);
    expect(response.body.status).toBe('OK');
    const rows = response.body.data as Array<Record<string, unknown>>;
    expect(rows[0]).toEqual({
      prefix: 'SETP',
      from: 990000000,
      to: 995000000,
      resolution_number: '18760000001',
      start_date: '2019-01-19',
      end_date: '2030-01-19',
      technical_key: 'fc8eac422eba16e22ffd8c6f94b3f40a6e38162c',
    });
    expect(rows.map((r) => r.prefix)).toEqual(['SETP', 'SETT', 'FEV']);
  });

  it('creates a range from a DIAN association with its numbers, dates and technical key', async () => {
    const created = await request(url)
      .post('/v2/numbering-ranges')
      .set(auth())
      .send({ document: '21', prefix: 'FEV', resolution_number: '18764000000003', current: 1 })
      .expect(201);
    expect(created.body.data).toMatchObject({
      document: '21',
      document_name: 'Factura de Venta',
      prefix: 'FEV',
      from: 1,
      to: 1000000,
      current: 1,
      start_date: '01-01-2025',
      end_date: '01-01-2035',
      technical_key: '9d1c8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d',
      is_expired: 0,
      is_active: 1,
    });
  });

  it('seeds the support-document (24) and adjustment-note (25) ranges as the range pages allow', async () => {
    const support = (await get('/v2/numbering-ranges/391').expect(200)).body.data;
    const notes = (await get('/v2/numbering-ranges/392').expect(200)).body.data;
    // crear-rango-para-documento-soporte: a prefix of at most 4 characters and a resolution.
    expect(support).toMatchObject({
      document: '24',
      prefix: 'SEDS',
      resolution_number: '18760000003',
    });
    expect((support.prefix as string).length).toBeLessThanOrEqual(4);
    expect(notes).toMatchObject({ document: '25', prefix: 'NA', resolution_number: null });
  });

  it('creates a support-document range as the official example does (document 24, prefix DS)', async () => {
    const post = (body: object) => request(url).post('/v2/numbering-ranges').set(auth()).send(body);
    const created = await post({
      document: '24',
      prefix: 'DS',
      resolution_number: '18760000009',
      current: 1,
    }).expect(201);
    expect(created.body.data).toMatchObject({
      document: '24',
      prefix: 'DS',
      resolution_number: '18760000009',
      current: 1,
      technical_key: null,
    });
    const refused = await post({ document: '24', prefix: 'DSOP1', current: 1 }).expect(422);
    expect(Object.keys(refused.body.data.errors as object).sort()).toEqual([
      'prefix',
      'resolution_number',
    ]);
  });

  it('updates the consecutive with PATCH …/:id/current, within the range and past used numbers', async () => {
    const moved = await patch('/v2/numbering-ranges/1776/current', { current: 500 }).expect(200);
    expect(moved.body).toMatchObject({
      status: 'OK',
      message: 'Rango de numeración actualizado con éxito',
      data: { id: 1776, current: 500 },
    });
    expect((await get('/v2/numbering-ranges/1776').expect(200)).body.data.current).toBe(500);

    const missing = await patch('/v2/numbering-ranges/1776/current', {}).expect(422);
    expect(missing.body.data.errors).toEqual({ current: ['El campo current es obligatorio.'] });
    const outside = await patch('/v2/numbering-ranges/1776/current', { current: 0 }).expect(422);
    expect(outside.body.data.errors.current[0]).toContain('debe estar entre 1 y 16000000');
    await patch('/v2/numbering-ranges/4242/current', { current: 5 }).expect(404);
  });
});
