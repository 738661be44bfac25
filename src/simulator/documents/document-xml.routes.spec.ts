import request from 'supertest';
import { FactusSimulator } from '../factus-simulator';
import { officialBill } from '../bills/testing/bill-payloads';
import { officialCreditNote } from '../bills/testing/note-payloads';
import { demoAccessToken } from '../testing/demo-token';

/** `GET /v2/documents/:trackId/download-xml` over real HTTP: any kind, by CUFE or CUDE. */
describe('Factus simulator: XML by track id', () => {
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
  const xmlOf = (trackId: string) =>
    request(url).get(`/v2/documents/${trackId}/download-xml`).set(auth());
  const decoded = (body: { data: { xml_base_64_encoded: string } }) =>
    Buffer.from(body.data.xml_base_64_encoded, 'base64').toString('utf8');

  it('answers the XML of an invoice by its CUFE and of a credit note by its CUDE', async () => {
    const bill = await request(url)
      .post('/v2/bills/validate')
      .set(auth())
      .send(officialBill('XML-1'))
      .expect(201);
    const { cufe, number } = bill.body.data as { cufe: string; number: string };
    const byCufe = await xmlOf(cufe).expect(200);
    expect(byCufe.body.status).toBe('OK');
    expect(byCufe.body.data.file_name).toMatch(/^fv0901724254000\d{2}00000001$/);
    expect(decoded(byCufe.body)).toContain(`<cbc:UUID`);
    expect(decoded(byCufe.body)).toContain(cufe);

    const note = await request(url)
      .post('/v2/credit-notes/validate')
      .set(auth())
      .send(officialCreditNote('XML-NC-1', number))
      .expect(201);
    const cude = (note.body.data as { cude: string }).cude;
    const byCude = await xmlOf(cude.toUpperCase()).expect(200);
    expect(byCude.body.data.file_name).toMatch(/^nc/);
    expect(decoded(byCude.body)).toContain(cude);
  });

  it('answers 404 for an unknown track id, 409 for a document DIAN has not validated', async () => {
    const unknown = await xmlOf('ab'.repeat(48)).expect(404);
    expect(unknown.body).toEqual({ status: 'Not Found', message: 'Documento no encontrado' });

    await request(url).post('/__simulator/dian/outcomes').send({ outcome: 'pending' }).expect(201);
    const pending = await request(url)
      .post('/v2/bills/validate')
      .set(auth())
      .send(officialBill('XML-PENDING'))
      .expect(201);
    const refused = await xmlOf((pending.body.data as { cufe: string }).cufe).expect(409);
    expect(refused.body.message).toMatch(/no ha sido validado/);
  });

  it('requires the bearer token', async () => {
    await request(url)
      .get(`/v2/documents/${'ab'.repeat(48)}/download-xml`)
      .expect(401);
  });
});
