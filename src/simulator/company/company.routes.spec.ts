import request from 'supertest';
import { FactusSimulator } from '../factus-simulator';
import { demoAccessToken } from '../testing/demo-token';

/** The docs' example body of v2 empresas/actualizar, with a table code for responsibilities. */
const DOCS_UPDATE = {
  legal_organization_code: '2',
  company: null,
  names: 'Alan',
  surnames: 'Turing',
  responsibilities: 'R-99-PN',
  economic_activity: '6920',
  email: 'alanturing@enigmasas.com',
  address: 'calle 100 #50-80',
  trade_name: null,
  registration_code: null,
  phone: '0987654321',
  municipality_code: '68872',
  tribute_code: 'ZZ',
};

describe('Factus simulator: PUT /v2/companies', () => {
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
  const put = (body: unknown) =>
    request(url)
      .put('/v2/companies')
      .set(auth())
      .send(body as object);

  it('changes the company to the docs example, and GET shows it', async () => {
    const answer = await put(DOCS_UPDATE).expect(200);
    expect(answer.body.status).toBe('OK');
    const shown = await request(url).get('/v2/companies').set(auth()).expect(200);
    expect(shown.body.data).toEqual(answer.body.data);
    expect(shown.body.data).toMatchObject({
      nit: '901724254',
      company: '',
      names: 'Alan',
      surnames: 'Turing',
      graphic_representation_name: 'Alan Turing',
      trade_name: '',
      registration_code: '',
      economic_activity: 6920,
      phone: '0987654321',
      email: 'alanturing@enigmasas.com',
      address: 'calle 100 #50-80',
      tribute: { code: 'ZZ', name: 'No aplica' },
      legal_organization: { code: '2', name: 'Persona Natural' },
      municipality: { code: '68872', name: 'Villanueva' },
      responsibilities: [{ code: 'R-99-PN', name: 'No responsable' }],
    });
    expect(shown.body.data.updated_at).not.toBe(shown.body.data.created_at);
  });

  it('keeps what is left out, and a reset brings the seeded company back', async () => {
    await put({
      legal_organization_code: '1',
      company: 'NUEVA S.A.S.',
      municipality_code: '11001',
    }).expect(200);
    const shown = (await request(url).get('/v2/companies').set(auth()).expect(200)).body.data;
    expect(shown).toMatchObject({
      company: 'NUEVA S.A.S.',
      trade_name: 'Demo Simulador',
      municipality: { code: '11001' },
      responsibilities: [{ code: 'O-13', name: 'Gran contribuyente' }],
    });
    await request(url).post('/__simulator/reset').expect(200);
    token = await demoAccessToken(url);
    const seeded = (await request(url).get('/v2/companies').set(auth()).expect(200)).body.data;
    expect(seeded.company).toBe('EMPRESA DEMO SIMULADOR S.A.S.');
  });

  it('answers 422 in Laravel style naming each bad field', async () => {
    const refused = await put({
      legal_organization_code: '2',
      tribute_code: 'XX',
      email: 'nope',
    }).expect(422);
    expect(refused.body.data.errors).toEqual({
      municipality_code: ['El campo municipality_code es obligatorio.'],
      tribute_code: ['El campo tribute_code es inválido.'],
      names: ['El campo names es obligatorio cuando legal_organization_code es 2.'],
      surnames: ['El campo surnames es obligatorio cuando legal_organization_code es 2.'],
      email: ['El campo email debe ser una dirección de correo válida.'],
    });
    const empty = await put({}).expect(422);
    expect(Object.keys(empty.body.data.errors as object)).toEqual([
      'legal_organization_code',
      'municipality_code',
    ]);
    const company = (await request(url).get('/v2/companies').set(auth()).expect(200)).body.data;
    expect(company.company).toBe('EMPRESA DEMO SIMULADOR S.A.S.');
  });

  it('requires the bearer token', async () => {
    await request(url).put('/v2/companies').send(DOCS_UPDATE).expect(401);
  });
});
