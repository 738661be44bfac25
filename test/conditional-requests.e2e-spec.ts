import request from 'supertest';
import { officialExampleInvoice } from './support/invoice-fixtures';
import { loginAsDemo, startTestService, TestService } from './support/test-service';

/**
 * Every route that sends an ETag answers If-None-Match the same way (RFC 9110 §13.1.2, weak
 * comparison): catalogues and document files alike. A copy held under `W/"…"` (what a proxy that
 * compresses hands back) is still current.
 */
describe('Conditional requests (e2e, against the simulator)', () => {
  let service: TestService;
  let auth: { Authorization: string } = { Authorization: '' };

  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(() => service.close());

  const get = (path: string, ifNoneMatch?: string) => {
    const call = request(service.url).get(path).set(auth).buffer(true);
    return ifNoneMatch === undefined ? call : call.set('If-None-Match', ifNoneMatch);
  };

  /** The same conditional answers, route by route (the route is in each assertion's value). */
  const expectWeakConditionalGets = async (paths: string[]) => {
    for (const path of paths) {
      const etag = (await get(path).expect(200)).headers.etag;
      expect({ path, etag }).toEqual({ path, etag: expect.stringMatching(/^"[^"]+"$/) });
      for (const held of [etag, `W/${etag}`, `"stale", W/${etag}`, '*']) {
        const again = await get(path, held);
        expect({ path, held, status: again.status }).toEqual({ path, held, status: 304 });
        expect(again.headers.etag).toBe(etag);
      }
      const other = await get(path, '"stale", W/"older"');
      expect({ path, status: other.status }).toEqual({ path, status: 200 });
    }
  };

  it('catalogues: 304 to the tag, its weak form, a list holding it and *; 200 to another', () =>
    expectWeakConditionalGets(['/api/v1/catalogs', '/api/v1/catalogs/taxes']));

  describe('document files', () => {
    let number: string;

    beforeAll(async () => {
      auth = await loginAsDemo(service);
      const issued = await request(service.url)
        .post('/api/v1/invoices')
        .set(auth)
        .send(officialExampleInvoice())
        .expect(201);
      number = issued.body.number as string;
    });

    it('PDF and XML: the same answers as the catalogues, weak tags included', () =>
      expectWeakConditionalGets([
        `/api/v1/invoices/${number}/pdf`,
        `/api/v1/invoices/${number}/xml`,
      ]));

    it('names the download with an RFC 6266 ASCII filename', async () => {
      const pdf = await get(`/api/v1/invoices/${number}/pdf`).expect(200);
      expect(pdf.headers['content-disposition']).toMatch(
        /^attachment; filename="fv[\x20-\x7e]+\.pdf"$/,
      );
    });
  });
});
