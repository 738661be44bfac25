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
    const blank = await put({ ...DOCS_UPDATE, surnames: '   ' }).expect(422);
    expect(blank.body.data.errors).toEqual({
      surnames: ['El campo surnames es obligatorio cuando legal_organization_code es 2.'],
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

  describe('POST /v2/companies/logo', () => {
    const PNG = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('rest of a png'),
    ]);
    const upload = (field: string, content: Buffer, filename = 'logo.png') =>
      request(url).post('/v2/companies/logo').set(auth()).attach(field, content, filename);

    it('stores a PNG (whatever its name), serves it at url_logo, and GET shows the new url', async () => {
      const answer = await upload('image', PNG, 'logo.txt').expect(200);
      const urlLogo = answer.body.data.url_logo as string;
      expect(urlLogo).toMatch(/\/storage\/images\/logos\/[0-9a-f]{40}\.png$/);
      const shown = await request(url).get('/v2/companies').set(auth()).expect(200);
      expect(shown.body.data.url_logo).toBe(urlLogo);
      const served = await request(url).get(new URL(urlLogo).pathname).expect(200);
      expect(served.headers['content-type']).toBe('image/png');
      expect(Buffer.from(served.body as Buffer)).toEqual(PNG);
    });

    it('refuses what is not a PNG or JPEG by its bytes, even named .png', async () => {
      const refused = await upload('image', Buffer.from('GIF89a...'), 'logo.png').expect(422);
      expect(refused.body.data.errors).toEqual({
        image: ['El campo image debe ser un archivo de tipo: png, jpg, jpeg.'],
      });
    });

    it('refuses a missing image and one over 2048 kilobytes', async () => {
      const missing = await upload('logo', PNG).expect(422);
      expect(missing.body.data.errors).toEqual({ image: ['El campo image es obligatorio.'] });
      const big = Buffer.concat([PNG, Buffer.alloc(2048 * 1024)]);
      const tooBig = await upload('image', big).expect(422);
      expect(tooBig.body.data.errors.image).toEqual([
        'El campo image no debe ser mayor que 2048 kilobytes.',
      ]);
    });
  });
});
