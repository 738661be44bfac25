import request from 'supertest';
import { SimulatorControl } from './support/simulator-control';
import { loginAsDemo, PROBLEM_JSON, startTestService, TestService } from './support/test-service';

const fieldsOf = (body: { errors?: Array<{ field: string }> }) =>
  (body.errors ?? []).map((e) => e.field);

describe('Acquirers (e2e, against the simulator)', () => {
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

  const lookup = (query: Record<string, string>) =>
    request(service.url).get('/api/v1/acquirers').query(query).set(auth);

  it("answers DIAN's name and e-mail for a test identity", async () => {
    const response = await lookup({
      identificationDocumentCode: '13',
      identification: '1399995',
    }).expect(200);
    expect(response.body).toEqual({
      name: 'Nombre Cédula de ciudadanía 5',
      email: 'Mail_Cédula de ciudadanía_5@mail.com',
    });
    const [call] = (await sim.requests()).filter((r) => r.path === '/v2/dian/acquirer');
    expect(call.status).toBe(200);
  });

  it('answers 404 ACQUIRER_NOT_FOUND for an identification DIAN does not know', async () => {
    const response = await lookup({ identificationDocumentCode: '31', identification: '900825759' })
      .expect(404)
      .expect('content-type', PROBLEM_JSON);
    expect(response.body.code).toBe('ACQUIRER_NOT_FOUND');
    expect(response.body.detail).toContain('900825759');
  });

  it('validates the query before asking Factus', async () => {
    const response = await lookup({
      identificationDocumentCode: '99',
      identification: '900.825.759-7',
    }).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const byField = Object.fromEntries(
      (response.body.errors as Array<{ field: string; message: string }>).map((e) => [
        e.field,
        e.message,
      ]),
    );
    expect(byField.identificationDocumentCode).toContain('"99"');
    expect(byField.identificationDocumentCode).toContain('13');
    expect(byField.identification).toMatch(/digits or letters/);

    const missing = await request(service.url).get('/api/v1/acquirers').set(auth).expect(400);
    expect(fieldsOf(missing.body).sort()).toEqual(['identification', 'identificationDocumentCode']);
    await lookup({ identificationDocumentCode: '13', identification: '1'.repeat(21) }).expect(400);
    expect((await sim.requests()).filter((r) => r.path === '/v2/dian/acquirer')).toEqual([]);
  });

  it('requires a Factus token', async () => {
    const response = await request(service.url)
      .get('/api/v1/acquirers')
      .query({ identificationDocumentCode: '13', identification: '1399995' })
      .expect(401);
    expect(response.body.code).toBe('FACTUS_TOKEN_REQUIRED');
  });
});
