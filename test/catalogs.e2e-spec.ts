import request from 'supertest';
import { SimulatorControl } from './support/simulator-control';
import { startTestService, TestService } from './support/test-service';

const PROBLEM = /^application\/problem\+json/;

describe('Catalogs (e2e)', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(() => service.close());

  const get = (path: string) => request(service.url).get(`/api/v1/catalogs${path}`);

  it('lists every catalogue with its size and link, cacheable, without a Factus token', async () => {
    const response = await get('').expect(200);
    expect(response.body.data).toHaveLength(19);
    expect(response.body.data).toEqual(
      expect.arrayContaining([
        {
          name: 'municipalities',
          description: expect.stringContaining('DIVIPOLA'),
          count: 1122,
          href: '/api/v1/catalogs/municipalities',
        },
        expect.objectContaining({ name: 'numbering-range-document-types', count: 6 }),
      ]),
    );
    expect(response.headers['cache-control']).toBe('public, max-age=86400');
    expect(response.headers.etag).toMatch(/^".+"$/);
    await get('').set('If-None-Match', response.headers.etag).expect(304);
  });

  it('finds Bogotá searching "bogota" and "Bogotá": same answer, same ETag', async () => {
    const plain = await get('/municipalities').query({ search: 'bogota' }).expect(200);
    expect(plain.body.name).toBe('municipalities');
    expect(plain.body.data[0]).toEqual({
      code: '11001',
      name: 'Bogotá, D.c.',
      department: { code: '11', name: 'Bogota- D.c.' },
    });
    const accented = await get('/municipalities').query({ search: 'Bogotá' }).expect(200);
    expect(accented.body).toEqual(plain.body);
    expect(accented.headers.etag).toBe(plain.headers.etag);
  });

  it('answers 304 to If-None-Match, 200 with a new ETag to another search', async () => {
    const first = await get('/unit-measures').query({ search: 'kilogramo' }).expect(200);
    expect((first.body.data as Array<{ code: string }>).map((e) => e.code)).toContain('KGM');
    const again = await get('/unit-measures')
      .query({ search: 'kilogramo' })
      .set('If-None-Match', first.headers.etag)
      .expect(304);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.text).toBe('');
    const other = await get('/unit-measures')
      .query({ search: 'metro' })
      .set('If-None-Match', first.headers.etag)
      .expect(200);
    expect(other.headers.etag).not.toBe(first.headers.etag);
  });

  it('serves a whole small table, entries as code and name', async () => {
    const response = await get('/payment-forms').expect(200);
    expect(response.body).toEqual({
      name: 'payment-forms',
      data: [
        { code: '1', name: 'Pago de contado' },
        { code: '2', name: 'Pago a crédito' },
      ],
    });
  });

  it('answers 404 CATALOG_NOT_FOUND listing the valid names', async () => {
    const response = await get('/units').expect(404).expect('content-type', PROBLEM);
    expect(response.body.code).toBe('CATALOG_NOT_FOUND');
    expect(response.body.detail).toContain('unit-measures');
    expect(response.body.catalogs).toContain('municipalities');
  });

  it('refuses an over-long search or an unknown parameter with 400', async () => {
    const response = await get('/countries')
      .query({ search: 'x'.repeat(101), page: 2 })
      .expect(400);
    expect((response.body.errors as Array<{ field: string }>).map((e) => e.field).sort()).toEqual([
      'page',
      'search',
    ]);
  });

  it('never calls Factus', async () => {
    const sim = new SimulatorControl(service.simulator.url);
    await sim.reset();
    await get('/countries').query({ search: 'colombia' }).expect(200);
    expect(await sim.requests()).toEqual([]);
  });
});
