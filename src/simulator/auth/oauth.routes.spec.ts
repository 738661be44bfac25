import request from 'supertest';
import { SIMULATOR_DEMO_ACCOUNT } from '../demo-account';
import { FactusSimulator } from '../factus-simulator';

/** `POST /oauth/token` with the body encodings autenticacion/auth.md and refresh-token.md use. */
describe('Factus simulator: POST /oauth/token', () => {
  const simulator = new FactusSimulator({ settings: { rateLimit: 10_000 } });
  let url: string;

  beforeAll(async () => {
    url = await simulator.start();
  });
  afterAll(() => simulator.close());
  beforeEach(() => request(url).post('/__simulator/reset').expect(200));

  const client = {
    client_id: SIMULATOR_DEMO_ACCOUNT.clientId,
    client_secret: SIMULATOR_DEMO_ACCOUNT.clientSecret,
  };
  const password = {
    grant_type: 'password',
    ...client,
    username: SIMULATOR_DEMO_ACCOUNT.email,
    password: SIMULATOR_DEMO_ACCOUNT.password,
  };
  const multipart = (fields: Record<string, string>) => {
    let req = request(url).post('/oauth/token').set('accept', 'application/json');
    for (const [name, value] of Object.entries(fields)) req = req.field(name, value);
    return req;
  };

  it('grants a token to a multipart form-data body, answering JSON', async () => {
    const response = await multipart(password).expect(200).expect('content-type', /json/);
    expect(response.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
  });

  it('refreshes with a multipart body and the Authorization header refresh-token.md lists', async () => {
    const first = (await request(url).post('/oauth/token').type('form').send(password).expect(200))
      .body as { access_token: string; refresh_token: string };
    const refreshed = await multipart({
      grant_type: 'refresh_token',
      ...client,
      refresh_token: first.refresh_token,
    })
      .set('authorization', `Bearer ${first.access_token}`)
      .expect(200);
    expect(refreshed.body.refresh_token).not.toBe(first.refresh_token);
  });

  it('answers a multipart body without the grant as Passport does: 400 invalid_request', async () => {
    const response = await multipart({ ...client }).expect(400);
    expect(response.body.error).toBe('invalid_request');
  });
});
